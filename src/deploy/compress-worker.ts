/**
 * The thread src/deploy/compress-ahead.ts sends pages to: each message is one
 * page's bytes, whose compressed copies are made in the cache, one page at a
 * time, and answered with 1 so that the sender knows how many still wait.
 */
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cacheCompressedCopiesSync } from './precompress.ts';

export interface CompressAheadRequest {
  /** The page's bytes, as the build writes them. */
  body: Uint8Array;
}

const { cacheDir } = workerData as { cacheDir: string };
mkdirSync(cacheDir, { recursive: true });

parentPort!.on('message', ({ body }: CompressAheadRequest) => {
  try {
    // Named as a page, for the levels pages are compressed at.
    cacheCompressedCopiesSync(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'page.html', cacheDir);
  } catch {
    // Only a head start: precompress() makes what this did not, and reports what fails.
  }
  parentPort!.postMessage(1);
});
