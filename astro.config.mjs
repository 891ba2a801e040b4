// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeReadableHeadingIds from './src/plugins/rehype-readable-heading-ids.ts';
import rehypeBlockIds from './src/plugins/rehype-block-ids.ts';
import rehypeSelfLinks from './src/plugins/rehype-self-links.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://briefing-room.example.ca',
  trailingSlash: 'always',
  integrations: [pagefind()],
  markdown: {
    processor: unified({
      // The copies must keep the source's characters: "--" stays two hyphens, quotes stay as typed.
      smartypants: false,
      // Order matters: heading ids are final before blocks are numbered by section and links are added.
      rehypePlugins: [rehypeSlug, rehypeReadableHeadingIds, rehypeBlockIds, rehypeSelfLinks],
    }),
  },
});
