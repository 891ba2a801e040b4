import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions, MarkdownProcessor, MarkdownRenderOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { RenderRequest } from './render-worker.ts';

interface Options {
  /** The worker module, which renders with the site's unified pipeline (src/markdown/render-worker.ts). */
  worker: URL;
  /** Threads to render on. Default: one per core. */
  threads?: number;
}

/** How long the workers wait for another document before they end; the next one starts them again. */
const IDLE_MS = 2000;

type Reply = { id: number; result: MarkdownRenderResult; error?: undefined } | { id: number; error: string; result?: undefined };

/**
 * The shared settings a worker is sent: those that survive a structured clone.
 * GFM and smart punctuation are the processor's own options (src/markdown/options.ts).
 */
function cloneable({ syntaxHighlight, image }: AstroMarkdownOptions): AstroMarkdownOptions {
  return { ...(syntaxHighlight !== undefined && { syntaxHighlight }), ...(image && { image }) };
}

/**
 * Hands documents to worker threads, each running the same unified pipeline,
 * and gives each document back in order of its own request. Workers start on
 * the first document, and hold the process open only while they have work.
 */
class RenderPool {
  #workers: { worker: Worker; jobs: number }[] = [];
  #idleTimer: NodeJS.Timeout | undefined;
  readonly #pending = new Map<
    number,
    { resolve: (result: MarkdownRenderResult) => void; reject: (error: Error) => void; slot: { worker: Worker; jobs: number } }
  >();
  #nextId = 0;

  constructor(
    readonly module: URL,
    readonly threads: number,
    readonly shared: AstroMarkdownOptions,
  ) {}

  #slot() {
    if (this.#workers.length < this.threads) {
      const worker = new Worker(this.module, { workerData: this.shared });
      const slot = { worker, jobs: 0 };
      worker.on('message', (reply: Reply) => this.#settle(reply));
      worker.on('error', (error) => {
        for (const [id, job] of this.#pending) if (job.slot === slot) this.#fail(id, error);
      });
      worker.unref();
      this.#workers.push(slot);
      return slot;
    }
    return this.#workers.reduce((least, slot) => (slot.jobs < least.jobs ? slot : least));
  }

  render(content: string, options: MarkdownRenderOptions = {}): Promise<MarkdownRenderResult> {
    clearTimeout(this.#idleTimer);
    const slot = this.#slot();
    const id = this.#nextId++;
    const request: RenderRequest = { id, content, frontmatter: options.frontmatter ?? {}, fileURL: options.fileURL?.href };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, slot });
      if (slot.jobs++ === 0) slot.worker.ref();
      slot.worker.postMessage(request);
    });
  }

  #release(id: number) {
    const job = this.#pending.get(id);
    if (!job) return undefined;
    this.#pending.delete(id);
    if (--job.slot.jobs === 0) job.slot.worker.unref();
    if (this.#pending.size === 0) this.#idleTimer = setTimeout(() => this.#stop(), IDLE_MS).unref();
    return job;
  }

  /** Ends the workers once the content is loaded: held through page rendering, they would only take memory. */
  #stop() {
    const workers = this.#workers;
    this.#workers = [];
    for (const { worker } of workers) void worker.terminate();
  }

  #settle(reply: Reply) {
    const job = this.#release(reply.id);
    if (reply.error !== undefined) job?.reject(new Error(reply.error));
    else job?.resolve(reply.result);
  }

  #fail(id: number, error: Error) {
    this.#release(id)?.reject(error);
  }
}

/**
 * A Markdown processor for `markdown.processor` that renders documents on
 * every core. Markdown parsing is most of a large build's content sync, and
 * it runs on one thread otherwise; the output is the same as unified()'s,
 * since each worker runs the pipeline of src/markdown/options.ts.
 */
export function parallelUnified({ worker, threads = availableParallelism() }: Options): MarkdownProcessor {
  return {
    name: 'unified-parallel',
    options: {},
    async createRenderer(shared) {
      const pool = new RenderPool(worker, Math.max(1, threads), cloneable(shared));
      return { render: (content, options) => pool.render(content, options) };
    },
  };
}
