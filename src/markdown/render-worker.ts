/**
 * A worker thread that renders Markdown with the site's unified pipeline, for
 * src/markdown/parallel-processor.ts: each task is a batch of documents, and
 * its result each one's HTML and metadata, or why it failed. The metadata
 * carries the document's sections (src/lib/document-data.ts), read from its
 * tree here (src/plugins/rehype-collect-sections.ts) rather than from its HTML
 * on the thread that waits for it.
 */
import { unified, type AstroMarkdownOptions, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import Tinypool from 'tinypool';
import type { DocumentSection } from '../lib/document-data.ts';
import rehypeCollectSections from '../plugins/rehype-collect-sections.ts';
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

const renderer = await unified({ ...markdownOptions, rehypePlugins: [...markdownOptions.rehypePlugins, [rehypeCollectSections, { collect }]] }).createRenderer(
  Tinypool.workerData as AstroMarkdownOptions,
);

async function renderOne({ content, frontmatter, fileURL }: RenderRequest): Promise<RenderOutcome> {
  try {
    collected = undefined;
    const { code, metadata } = await renderer.render(content, { frontmatter, ...(fileURL && { fileURL: new URL(fileURL) }) });
    if (!collected) throw new Error('the pipeline gave no sections');
    const withSections: MarkdownRenderResult['metadata'] & { sections: DocumentSection[] } = { ...metadata, sections: collected };
    return { rendered: { code, metadata: withSections } };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

export default async function render(batch: RenderRequest[]): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = [];
  for (const request of batch) outcomes.push(await renderOne(request));
  return outcomes;
}
