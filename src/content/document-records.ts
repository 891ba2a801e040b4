import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BUILD_CACHE_DIR } from '../lib/build-cache.ts';
import { removeStaleTemporaryFiles, writeAtomically } from '../lib/atomic-write.ts';

/**
 * Each collection's validated front matter lives in one file of the build
 * cache, not in the content store. Astro inlines the store into a module of
 * the page bundle, as one JSON string: at 100,000 documents the bundler's and
 * the module's copies of it were the build's largest use of memory. The store
 * keeps each document's id and digest; the pages read its fields from here
 * (src/data/entries.ts). The fields are plain JSON (strings, numbers, lists,
 * booleans), so they are read back exactly as validated. The file also
 * says which checks validated them (src/content/validation-fingerprint.ts):
 * the next sync takes the record of a file whose text has not changed since,
 * under the same checks, rather than reading and validating it again.
 */
const RECORDS_DIR = 'document-records';

/** One document as its loader validated it. */
export interface DocumentRecord {
  id: string;
  /** The digest of its text and pipeline, as the content store records it. */
  digest: string;
  /** Its file, relative to the project root, for errors that name it. */
  filePath: string;
  data: Record<string, unknown>;
  /** Its slug field and `follows` as written, which the checks across files compare. */
  written: { slug?: string; follows?: string };
}

interface RecordsFile {
  /** The checks the records passed (src/content/validation-fingerprint.ts). */
  validation: string;
  records: readonly DocumentRecord[];
}

const fileOf = (root: string, collection: string) => resolve(root, BUILD_CACHE_DIR, RECORDS_DIR, `${collection}.json`);

/** Replaces a collection's records, whole: a reader sees the last sync's or this one's, never part of each. */
export function writeDocumentRecords(root: string, collection: string, validation: string, records: readonly DocumentRecord[]): void {
  const file = fileOf(root, collection);
  // A build killed while writing leaves its temporary file, as large as the records: the next one's write removes it.
  removeStaleTemporaryFiles(dirname(file));
  writeAtomically(file, JSON.stringify({ validation, records } satisfies RecordsFile), { durable: false });
}

const readRecordsFile = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as RecordsFile;

/**
 * A collection's records by id, as its last sync wrote them, and the checks
 * they passed; a missing or unreadable file is an error that says to build
 * again.
 */
export function readDocumentRecords(root: string, collection: string): { validation: string; records: Map<string, DocumentRecord> } {
  const file = fileOf(root, collection);
  let written: RecordsFile;
  try {
    written = readRecordsFile(file);
    if (!Array.isArray(written.records)) throw new Error('no list of records');
    // What the records were validated under also keys what is made from them (src/build/document-data-files.ts).
    if (typeof written.validation !== 'string') throw new Error('no record of the checks they passed');
  } catch (error) {
    throw new Error(`${file}: the validated front matter of ${collection} cannot be read (${(error as Error).message}); build again`, { cause: error });
  }
  return { validation: written.validation, records: new Map(written.records.map((record) => [record.id, record])) };
}

/**
 * A collection's records by file, as a sync under the same checks
 * (`validation`) wrote them; none when there is no such sync to go by, since
 * every file is then validated anyway.
 */
export function readValidatedRecords(root: string, collection: string, validation: string): Map<string, DocumentRecord> {
  try {
    const written = readRecordsFile(fileOf(root, collection));
    if (written.validation === validation && Array.isArray(written.records)) return new Map(written.records.map((record) => [record.filePath, record]));
  } catch {
    // Missing or cut short: no shortcut.
  }
  return new Map();
}
