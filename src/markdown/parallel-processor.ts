import { availableParallelism } from 'node:os';
import type { MarkdownProcessor, MarkdownRenderer, MarkdownRenderResult } from '@astrojs/markdown-remark';
import Tinypool from 'tinypool';
import type { RenderOutcome, RenderRequest } from './render-worker.ts';

interface Options {
  /** The worker module, which renders with the site's unified pipeline (src/markdown/render-worker.ts). */
  worker: URL;
  /** Threads to render on. Default: one per core. */
  threads?: number;
}

/**
 * Documents sent to a worker at once. A task has a cost of its own on both
 * sides (a message each way, the pool's bookkeeping, the worker's reading of
 * its memory use), which on one document at a time was a sixth of a large
 * build's content sync.
 */
const BATCH = 8;

/** How long an idle worker waits for another document before it ends; held through page rendering, it would only take memory. */
const IDLE_MS = 2000;

/**
 * A Markdown processor for `markdown.processor` that renders documents on
 * every core, through a Tinypool of worker threads. Markdown parsing is most
 * of a large build's content sync, and it runs on one thread otherwise; the
 * HTML is that of Astro's unified() with the options of
 * src/markdown/options.ts, by a pipeline that leaves out the steps the site's
 * bodies have no use for (src/markdown/render-worker.ts). Workers start with
 * the first document and end when the documents stop coming.
 */
export function parallelUnified({ worker, threads = availableParallelism() }: Options): MarkdownProcessor {
  let renderer: MarkdownRenderer | undefined;
  return {
    name: 'unified-parallel',
    options: {},
    // Astro keeps the renderer it is given only once this returns, so every document loaded before then asks for one:
    // a pool each, 64 at the start of a large build, whose workers all load the pipeline at once. One serves them all.
    createRenderer: async () => (renderer ??= createPool()),
  };

  function createPool(): MarkdownRenderer {
    const pool = new Tinypool({
      filename: worker.href,
      minThreads: 0,
      maxThreads: Math.max(1, threads),
      idleTimeout: IDLE_MS,
    });
    interface Waiting {
      request: RenderRequest;
      resolve: (result: MarkdownRenderResult) => void;
      reject: (error: Error) => void;
    }
    let waiting: Waiting[] = [];
    // Documents asked for in one turn of the event loop go together, in batches of BATCH.
    const send = () => {
      const batch = waiting;
      waiting = [];
      for (let start = 0; start < batch.length; start += BATCH) {
        const part = batch.slice(start, start + BATCH);
        pool.run(part.map((one) => one.request)).then(
          (outcomes: RenderOutcome[]) =>
            outcomes.forEach((outcome, i) => ('rendered' in outcome ? part[i]!.resolve(outcome.rendered) : part[i]!.reject(new Error(outcome.failed)))),
          (error: Error) => part.forEach((one) => one.reject(error)),
        );
      }
    };
    return {
      render: (content, options = {}) =>
        new Promise((resolve, reject) => {
          if (waiting.length === 0) setImmediate(send);
          waiting.push({ request: { content, frontmatter: options.frontmatter ?? {}, fileURL: options.fileURL?.href }, resolve, reject });
        }),
    };
  }
}
