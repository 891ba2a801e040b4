import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import Tinypool from 'tinypool';
import { readDocumentRecords } from '../content/document-records.ts';
import { removeStaleTemporaryFiles } from '../lib/atomic-write.ts';
import { BUILD_CACHE_DIR } from '../lib/build-cache.ts';
import { DEPLOYMENT } from '../lib/deployment.ts';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import { cachedFileParts, type DataFileInput, type DataFilesRequest } from './document-data-writer.ts';

/** Documents a worker is given at a time: enough that a batch's message costs little beside its files. */
const BATCH = 1000;

/** Where the files are kept for the next build, in the build cache (src/lib/build-cache.ts). */
const FILES_DIR = 'document-data-files';

/**
 * Names everything a document's file is made of: where the site is published,
 * the checks its record passed (src/content/validation-fingerprint.ts, every
 * file of src/, the writing code among them), its collection and id, and its
 * record's digest (its text and the pipeline that rendered its sections).
 * The front matter comes from the text under those checks, so the key names
 * it too.
 */
function inputKey(validation: string, collection: Collection, record: { id: string; digest: string }): string {
  return createHash('sha256').update([DEPLOYMENT.site, DEPLOYMENT.base, validation, collection, record.id, record.digest].join('\u0000')).digest('hex');
}

/** The cached files by key, with the digest each one's name gives, after the temporary files of a killed build are removed. */
function cachedFiles(filesDir: string): Map<string, string> {
  mkdirSync(filesDir, { recursive: true });
  removeStaleTemporaryFiles(filesDir);
  const cached = new Map<string, string>();
  for (const name of readdirSync(filesDir)) {
    const parts = cachedFileParts(name);
    if (parts) cached.set(parts.key, parts.digest);
  }
  return cached;
}

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
 * other text than its record is an error, as it is for its page.
 *
 * Each file is kept in the build cache by a key of its inputs, and a file
 * whose inputs are unchanged since the last build is linked from there
 * rather than written again: after one new note, every other file. Files no
 * document of this build has are removed from the cache. Returns the digest
 * of each file written, by path below the site, for precompress().
 */
export async function writeDocumentDataFiles(site: string, root: string, copiesDir: string): Promise<Map<string, string>> {
  mkdirSync(copiesDir, { recursive: true });
  const filesDir = resolve(root, BUILD_CACHE_DIR, FILES_DIR);
  const cached = cachedFiles(filesDir);
  const requests: DataFilesRequest[] = [];
  for (const collection of Object.keys(DOCUMENT_TYPES) as Collection[]) {
    mkdirSync(join(site, DOCUMENT_TYPES[collection].path), { recursive: true });
    const { validation, records } = readDocumentRecords(root, collection);
    const inputs = [...records.values()].map(({ id, digest, data }): DataFileInput => {
      const key = inputKey(validation, collection, { id, digest });
      const cachedDigest = cached.get(key);
      // The front matter goes with a cached file too: one whose bytes fail their digest is written again from it.
      return { record: { id, digest, data }, key, ...(cachedDigest !== undefined && { cachedDigest }) };
    });
    for (let start = 0; start < inputs.length; start += BATCH) {
      requests.push({ collection, inputs: inputs.slice(start, start + BATCH), root, site, copiesDir, filesDir });
    }
  }
  const pool = new Tinypool({ filename: new URL('./document-data-writer.ts', import.meta.url).href, maxThreads: availableParallelism() });
  let written: [string, string, string][];
  try {
    written = (await Promise.all(requests.map((request): Promise<[string, string, string][]> => pool.run(request)))).flat();
  } finally {
    await pool.destroy();
  }
  const kept = new Set(written.map(([, , name]) => name));
  for (const name of readdirSync(filesDir)) {
    if (!kept.has(name)) rmSync(join(filesDir, name), { force: true });
  }
  return new Map(written.map(([file, digest]) => [file, digest]));
}
