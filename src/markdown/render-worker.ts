/**
 * A worker thread that renders Markdown with the site's unified pipeline, for
 * src/markdown/parallel-processor.ts. Each message is one document; each
 * answer carries its HTML and metadata, or the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './options.ts';

export interface RenderRequest {
  id: number;
  content: string;
  frontmatter: Record<string, unknown>;
  fileURL: string | undefined;
}

const renderer = await unified(markdownOptions).createRenderer(workerData);

parentPort!.on('message', async ({ id, content, frontmatter, fileURL }: RenderRequest) => {
  try {
    const result = await renderer.render(content, { frontmatter, ...(fileURL && { fileURL: new URL(fileURL) }) });
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
