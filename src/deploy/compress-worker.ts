/**
 * The thread src/deploy/compress-ahead.ts sends pages to: each message is one
 * page's text, whose compressed copies are made in the cache, one page at a
 * time, and answered with 1 so that the sender knows how many still wait.
 */
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cacheCompressedCopiesSync } from './precompress.ts';

export interface CompressAheadRequest {
  body: string;
  /** The file's extension, which sets its quality. */
  kind: 'html' | 'json';
}

const { cacheDir } = workerData as { cacheDir: string };
mkdirSync(cacheDir, { recursive: true });

parentPort!.on('message', ({ body, kind }: CompressAheadRequest) => {
  try {
    cacheCompressedCopiesSync(Buffer.from(body), `page.${kind}`, cacheDir);
  } catch {
    // Only a head start: precompress() makes what this did not, and reports what fails.
  }
  parentPort!.postMessage(1);
});
