/**
 * A worker thread that renders Markdown for src/markdown/parallel-processor.ts:
 * each task is a batch of documents, and its result each one's HTML and
 * metadata, or why it failed. The metadata carries the document's headings
 * and its sections (src/lib/document-data.ts), read from its tree here
 * (src/plugins/rehype-collect-sections.ts) rather than from its HTML on the
 * thread that waits for it.
 *
 * The pipeline is the one Astro's unified() processor assembles for the
 * options of src/markdown/options.ts (CommonMark and GFM, the site's rehype
 * plugins, heading ids), less the steps that have nothing to do here:
 * rehype-raw, which parses the whole tree again to read raw HTML that
 * rehype-drop-raw-html has already removed (about a seventh of a worker's
 * time; src/plugins/rehype-parsed-attribute-values.ts gives attributes the
 * values its parse would), and the collection of images for Astro's image service, whose
 * placeholders a body kept in the build cache would never have resolved; an
 * image stays the <img> its Markdown wrote. The headings are listed as Astro's
 * rehypeHeadingIds lists them, by a plugin that walks the tree at less cost
 * (src/plugins/rehype-list-headings.ts). GFM's syntax is taken by need
 * (src/markdown/gfm-by-need.ts): a document with no occasion for a literal
 * link or a table is parsed without trying for them, which halves a plain
 * note's time here.
 * tests/unit/parallel-processor.test.ts renders the site's documents and
 * every fixture both ways and compares the HTML.
 */
import type { MarkdownHeading, MarkdownRenderResult } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { DocumentSection } from '../lib/document-data.ts';
import rehypeCollectSections from '../plugins/rehype-collect-sections.ts';
import rehypeListHeadings from '../plugins/rehype-list-headings.ts';
import rehypeParsedAttributeValues from '../plugins/rehype-parsed-attribute-values.ts';
import { gfmPartsFor, remarkGfmParts, type GfmParts } from './gfm-by-need.ts';
import { markdownOptions } from './options.ts';

export interface RenderRequest {
  content: string;
  frontmatter: Record<string, unknown>;
  fileURL: string | undefined;
}

export type RenderOutcome = { rendered: MarkdownRenderResult } | { failed: string };

/** The sections of the document being rendered: a worker renders one at a time. */
let collected: DocumentSection[] | undefined;
const collect = (sections: DocumentSection[]) => {
  collected = sections;
};

const pipelineWith = (parts: GfmParts) =>
  unified()
    .use(remarkParse)
    .use(remarkGfmParts, parts)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(markdownOptions.rehypePlugins as PluggableList)
    .use(rehypeListHeadings)
    .use(rehypeParsedAttributeValues)
    .use(rehypeCollectSections, { collect })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();

/** One pipeline for each combination of GFM's parts, made when a document first needs it. */
const pipelines = new Map<string, ReturnType<typeof pipelineWith>>();
function pipelineFor(content: string) {
  const parts = gfmPartsFor(content);
  const key = `${parts.literalLinks} ${parts.tables}`;
  let pipeline = pipelines.get(key);
  if (!pipeline) pipelines.set(key, (pipeline = pipelineWith(parts)));
  return pipeline;
}

async function renderOne({ content, frontmatter, fileURL }: RenderRequest): Promise<RenderOutcome> {
  try {
    collected = undefined;
    // Where Astro's processor keeps the front matter, which the plugins read the document's language from.
    const file = await pipelineFor(content).process({ value: content, ...(fileURL && { path: new URL(fileURL) }), data: { astro: { frontmatter } } });
    if (!collected) throw new Error('the pipeline gave no sections');
    const headings = ((file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? []) as MarkdownHeading[];
    const metadata: MarkdownRenderResult['metadata'] & { sections: DocumentSection[] } = {
      headings,
      localImagePaths: [],
      remoteImagePaths: [],
      frontmatter,
      sections: collected,
    };
    return { rendered: { code: String(file.value), metadata } };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

export default async function render(batch: RenderRequest[]): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = [];
  for (const request of batch) outcomes.push(await renderOne(request));
  return outcomes;
}
