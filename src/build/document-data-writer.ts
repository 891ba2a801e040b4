/**
 * Writes one batch of documents' .json files, in a worker thread of
 * src/build/document-data-files.ts, with their compressed copies made in the
 * cache precompress() takes them from, as each file is written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRecord } from '../content/document-records.ts';
import { renderedOf } from '../content/rendered-documents.ts';
import { cacheCompressedCopiesSync } from '../deploy/precompress.ts';
import { documentDataFile } from '../lib/document-data-file.ts';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import { fileDigest } from '../lib/file-digest.ts';

export interface DataFilesRequest {
  collection: Collection;
  records: readonly Pick<DocumentRecord, 'id' | 'digest' | 'data'>[];
  /** The project root its content sync ran in, whose build cache holds the rendered bodies. */
  root: string;
  /** The built site. */
  site: string;
  /** Where precompress() finds compressed copies by digest. */
  copiesDir: string;
}

/** Writes the batch's files; returns each file's path below the site and its digest (src/lib/file-digest.ts). */
export default function writeDataFiles({ collection, records, root, site, copiesDir }: DataFilesRequest): [string, string][] {
  return records.map((record) => {
    const { sections } = renderedOf(root, { collection, id: record.id, digest: record.digest });
    const file = `${DOCUMENT_TYPES[collection].path}/${record.id}.json`;
    const bytes = Buffer.from(documentDataFile(collection, record, sections));
    const digest = fileDigest(bytes);
    writeFileSync(join(site, file), bytes);
    cacheCompressedCopiesSync(bytes, file, copiesDir, digest);
    return [file, digest];
  });
}
