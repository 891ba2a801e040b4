/**
 * Writes one batch of documents' .json files, in a worker thread of
 * src/build/document-data-files.ts, with their compressed copies made in the
 * cache precompress() takes them from, as each file is written. A file an
 * earlier build wrote from the same inputs is linked from the build cache
 * rather than made again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRecord } from '../content/document-records.ts';
import { renderedOf } from '../content/rendered-documents.ts';
import { cacheCompressedCopiesSync } from '../deploy/precompress.ts';
import { writeAtomically } from '../lib/atomic-write.ts';
import { documentDataFile } from '../lib/document-data-file.ts';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import { fileDigest } from '../lib/file-digest.ts';
import { linkOrCopySync } from '../lib/hard-links.ts';

/** One document of a batch: its record, and the file's name in the cache that an earlier build left for its inputs, if any. */
export interface DataFileInput {
  record: Pick<DocumentRecord, 'id' | 'digest' | 'data'>;
  /** Names every input of the file's bytes (src/build/document-data-files.ts). */
  key: string;
  /** The digest of the bytes an earlier build wrote for `key`, kept in the cache's file name. */
  cachedDigest?: string;
}

export interface DataFilesRequest {
  collection: Collection;
  inputs: readonly DataFileInput[];
  /** The project root its content sync ran in, whose build cache holds the rendered bodies. */
  root: string;
  /** The built site. */
  site: string;
  /** Where precompress() finds compressed copies by digest. */
  copiesDir: string;
  /** Where the files are kept by their inputs, for the next build. */
  filesDir: string;
}

/** A file's name in the cache: its inputs' key and the digest of its bytes, which are checked against it when it is taken. */
const cachedFileName = (key: string, digest: string) => `${key}.${digest}.json`;
const CACHED_NAME = /^([0-9a-f]{64})\.([0-9a-f]{64})\.json$/;

/** The key and digest a cached file's name gives; undefined for any other name. */
export function cachedFileParts(name: string): { key: string; digest: string } | undefined {
  const [, key, digest] = CACHED_NAME.exec(name) ?? [];
  return key && digest ? { key, digest } : undefined;
}

/** The bytes the cache holds for `key`, when they are whole: a file a power cut cut short no longer has its digest. */
function cachedBytes(filesDir: string, key: string, digest: string): Buffer | undefined {
  try {
    const bytes = readFileSync(join(filesDir, cachedFileName(key, digest)));
    return fileDigest(bytes) === digest ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the batch's files; returns each file's path below the site, its digest (src/lib/file-digest.ts) and its name in the cache. */
export default function writeDataFiles({ collection, inputs, root, site, copiesDir, filesDir }: DataFilesRequest): [string, string, string][] {
  return inputs.map(({ record, key, cachedDigest }) => {
    const file = `${DOCUMENT_TYPES[collection].path}/${record.id}.json`;
    const taken = cachedDigest === undefined ? undefined : cachedBytes(filesDir, key, cachedDigest);
    const bytes = taken ?? Buffer.from(documentDataFile(collection, record, renderedOf(root, { collection, id: record.id, digest: record.digest }).sections));
    const digest = taken ? cachedDigest! : fileDigest(bytes);
    const name = cachedFileName(key, digest);
    // Not flushed to the disk: a cached file is checked against its digest when taken.
    if (!taken) writeAtomically(join(filesDir, name), bytes, { durable: false });
    linkOrCopySync(join(filesDir, name), join(site, file));
    cacheCompressedCopiesSync(bytes, file, copiesDir, digest);
    return [file, digest, name];
  });
}
