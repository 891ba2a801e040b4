/**
 * A worker thread that renders Markdown with the site's unified pipeline, for
 * src/markdown/parallel-processor.ts: each task is one document, and its
 * result is the document's HTML and metadata.
 */
import { unified, type AstroMarkdownOptions, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import Tinypool from 'tinypool';
import { markdownOptions } from './options.ts';

export interface RenderRequest {
  content: string;
  frontmatter: Record<string, unknown>;
  fileURL: string | undefined;
}

const renderer = await unified(markdownOptions).createRenderer(Tinypool.workerData as AstroMarkdownOptions);

export default function render({ content, frontmatter, fileURL }: RenderRequest): Promise<MarkdownRenderResult> {
  return renderer.render(content, { frontmatter, ...(fileURL && { fileURL: new URL(fileURL) }) });
}
