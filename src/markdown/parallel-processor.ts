import { availableParallelism } from 'node:os';
import type { AstroMarkdownOptions, MarkdownProcessor } from '@astrojs/markdown-remark';
import Tinypool from 'tinypool';
import type { RenderRequest } from './render-worker.ts';

interface Options {
  /** The worker module, which renders with the site's unified pipeline (src/markdown/render-worker.ts). */
  worker: URL;
  /** Threads to render on. Default: one per core. */
  threads?: number;
}

/** How long an idle worker waits for another document before it ends; held through page rendering, it would only take memory. */
const IDLE_MS = 2000;

/**
 * The shared settings a worker is sent: those that survive a structured clone.
 * GFM and smart punctuation are the processor's own options (src/markdown/options.ts).
 */
function cloneable({ syntaxHighlight, image }: AstroMarkdownOptions): AstroMarkdownOptions {
  return { ...(syntaxHighlight !== undefined && { syntaxHighlight }), ...(image && { image }) };
}

/**
 * A Markdown processor for `markdown.processor` that renders documents on
 * every core, through a Tinypool of worker threads. Markdown parsing is most
 * of a large build's content sync, and it runs on one thread otherwise; the
 * output is the same as unified()'s, since each worker runs the pipeline of
 * src/markdown/options.ts. Workers start with the first document and end when
 * the documents stop coming.
 */
export function parallelUnified({ worker, threads = availableParallelism() }: Options): MarkdownProcessor {
  return {
    name: 'unified-parallel',
    options: {},
    async createRenderer(shared) {
      const pool = new Tinypool({
        filename: worker.href,
        minThreads: 0,
        maxThreads: Math.max(1, threads),
        idleTimeout: IDLE_MS,
        workerData: cloneable(shared),
      });
      return {
        render: (content, options = {}) => {
          const request: RenderRequest = { content, frontmatter: options.frontmatter ?? {}, fileURL: options.fileURL?.href };
          return pool.run(request);
        },
      };
    },
  };
}
