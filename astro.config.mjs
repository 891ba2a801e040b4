// @ts-check
import { defineConfig } from 'astro/config';
import { parallelUnified } from './src/markdown/parallel-processor.ts';
import { DEPLOYMENT } from './src/lib/deployment.ts';
import { BUILD_CACHE_DIR } from './src/lib/build-cache.ts';
import projectRoot from './src/integrations/project-root.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import onDemandModules from './src/integrations/on-demand-modules.ts';

export default defineConfig({
  // SITE_URL and BASE_PATH, checked (src/lib/deployment.ts): the pages and the Markdown workers read the same two.
  site: DEPLOYMENT.site,
  base: DEPLOYMENT.base,
  trailingSlash: 'always',
  cacheDir: BUILD_CACHE_DIR,
  // The search index and the compressed copies are made after Astro exits (scripts/build.ts), so that its memory is freed first.
  integrations: [projectRoot(), onDemandModules(), securityHeaders()],
  build: {
    // Pages are rendered while earlier ones are written to disk, rather than one at a time. Each page is two
    // writes (the site and the incremental cache), and with 4 at once the page thread often waits on them:
    // 16 took a cold 10,000-note build's pages from 67 s to 51 s; 64 did no better.
    concurrency: 16,
  },
  experimental: {
    // A page whose route code and cacheKey (src/lib/page-key.ts) are unchanged is copied from the previous build, not rendered.
    incrementalBuild: true,
  },
  security: {
    // Astro hashes every inline script and style into each page's policy; nothing else may run.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search core in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Documents carry no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // unified() with the plugins of src/markdown/options.ts, run on every core.
    processor: parallelUnified({ worker: new URL('./src/markdown/render-worker.ts', import.meta.url) }),
  },
});
