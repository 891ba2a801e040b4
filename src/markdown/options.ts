import type { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { DATA_FILES } from '../consts.ts';
import rehypeDropRawHtml from '../plugins/rehype-drop-raw-html.ts';
import rehypeReadableHeadingIds from '../plugins/rehype-readable-heading-ids.ts';
import rehypeBlockIds from '../plugins/rehype-block-ids.ts';
import rehypeSelfLinks from '../plugins/rehype-self-links.ts';
import rehypeGlossaryTerms from '../plugins/rehype-glossary-terms.ts';

/**
 * How every document's Markdown becomes HTML, as options of Astro's unified()
 * processor: the render workers (src/markdown/render-worker.ts) run these
 * plugins, and the tests render with unified() itself to check that the
 * workers' HTML is the same.
 */
export const markdownOptions = {
  // The copies must keep the source's characters: "--" stays two hyphens, quotes stay as typed.
  smartypants: false,
  // Order matters: heading ids are final before blocks are numbered by section and links are added.
  rehypePlugins: [
    rehypeDropRawHtml,
    rehypeSlug,
    rehypeReadableHeadingIds,
    rehypeBlockIds,
    rehypeSelfLinks,
    [rehypeGlossaryTerms, { file: DATA_FILES.glossary }],
  ],
} satisfies Parameters<typeof unified>[0];
