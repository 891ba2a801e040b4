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
    // Pages are rendered while earlier ones are written to disk, rather than one at a time.
    concurrency: 4,
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
