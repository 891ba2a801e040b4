import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Tinypool from 'tinypool';
import { readDocumentRecords } from '../content/document-records.ts';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import type { DataFilesRequest } from './document-data-writer.ts';

/** Documents a worker is given at a time: enough that a batch's message costs little beside its files. */
const BATCH = 1000;

/**
 * Writes the .json file beside every document page of a built site
 * (NOTE-OR-ARTICLE.json, src/lib/document-data-file.ts), once Astro has exited
 * (scripts/build.ts), from what its content sync left in the build cache under
 * `root`: each collection's validated front matter
 * (src/content/document-records.ts) and each document's rendered sections
 * (src/content/rendered-documents.ts). As Astro routes they were half of a
 * build's pages, each costing Astro's page thread nearly what a page costs;
 * here each is a read, a write and its compressed copies, on every core
 * (src/build/document-data-writer.ts), before the search index is made. A document whose rendered body is of
 * other text than its record is an error, as it is for its page. Returns the
 * digest of each file written, by path below the site, for precompress().
 */
export async function writeDocumentDataFiles(site: string, root: string, copiesDir: string): Promise<Map<string, string>> {
  mkdirSync(copiesDir, { recursive: true });
  const requests: DataFilesRequest[] = [];
  for (const collection of Object.keys(DOCUMENT_TYPES) as Collection[]) {
    mkdirSync(join(site, DOCUMENT_TYPES[collection].path), { recursive: true });
    const records = [...readDocumentRecords(root, collection).values()].map(({ id, digest, data }) => ({ id, digest, data }));
    for (let start = 0; start < records.length; start += BATCH) {
      requests.push({ collection, records: records.slice(start, start + BATCH), root, site, copiesDir });
    }
  }
  const pool = new Tinypool({ filename: new URL('./document-data-writer.ts', import.meta.url).href, maxThreads: availableParallelism() });
  try {
    const written: [string, string][][] = await Promise.all(requests.map((request) => pool.run(request)));
    return new Map(written.flat());
  } finally {
    await pool.destroy();
  }
}
