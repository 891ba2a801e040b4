// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeDropRawHtml from './src/plugins/rehype-drop-raw-html.ts';
import rehypeReadableHeadingIds from './src/plugins/rehype-readable-heading-ids.ts';
import rehypeBlockIds from './src/plugins/rehype-block-ids.ts';
import rehypeSelfLinks from './src/plugins/rehype-self-links.ts';
import rehypeGlossaryTerms from './src/plugins/rehype-glossary-terms.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import searchUi from './src/integrations/search-ui.ts';

export default defineConfig({
  site: 'https://briefing-room.example.ca',
  trailingSlash: 'always',
  integrations: [pagefind(), searchUi(), securityHeaders()],
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
    processor: unified({
      // The copies must keep the source's characters: "--" stays two hyphens, quotes stay as typed.
      smartypants: false,
      // Order matters: heading ids are final before blocks are numbered by section and links are added.
      rehypePlugins: [rehypeDropRawHtml, rehypeSlug, rehypeReadableHeadingIds, rehypeBlockIds, rehypeSelfLinks, [rehypeGlossaryTerms, { file: 'content/data/glossary.yaml' }]],
    }),
  },
});
