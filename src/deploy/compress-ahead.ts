import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PRECOMPRESSED_CACHE_DIR } from '../lib/build-cache.ts';
import type { CompressAheadRequest } from './compress-worker.ts';

/**
 * The project root, as Astro resolved it (src/integrations/project-root.ts):
 * the worker is loaded from the source, since this module runs bundled.
 */
const PROJECT_ROOT = import.meta.env['PROJECT_ROOT'] as string;

/** Pages sent and not yet compressed, at most: past it, pages are left to precompress() rather than kept waiting in memory. */
const MAX_WAITING = 256;

let worker: Worker | undefined;
let failed = false;
let waiting = 0;

function compressor(): Worker {
  if (!worker) {
    worker = new Worker(new URL('src/deploy/compress-worker.ts', pathToFileURL(`${PROJECT_ROOT}/`)), {
      workerData: { cacheDir: resolve(PRECOMPRESSED_CACHE_DIR) },
    });
    // The build does not wait for it: what it has not done when Astro ends, precompress() does.
    worker.unref();
    worker.on('message', (done: number) => (waiting -= done));
    // A worker that failed or ended answers nothing more: stop sending, rather than count pages it will never take.
    worker.on('error', () => (failed = true));
    worker.on('exit', () => (failed = true));
  }
  return worker;
}

/**
 * Compresses a page while the build renders the next one. Astro renders
 * pages one at a time, on one thread, and a machine's other core waits: a
 * worker thread makes each page's Brotli and gzip copies there, into the
 * cache precompress() takes them from (src/deploy/precompress.ts), by the
 * digest of the page as written, so that precompress() has only to place
 * them.
 */
export function compressAhead(body: Uint8Array): void {
  if (failed || waiting >= MAX_WAITING) return;
  waiting += 1;
  const request: CompressAheadRequest = { body };
  compressor().postMessage(request);
}
