import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentRecords, writeDocumentRecords, type DocumentRecord } from '../../src/content/document-records.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/build-cache.ts';

const ROOT = resolve('tests/.tmp/document-records');
const FILE = join(ROOT, BUILD_CACHE_DIR, 'document-records', 'notes.json');
const RECORDS: DocumentRecord[] = [
  {
    id: 'a-note',
    digest: 'abc123',
    filePath: 'content/qp-notes/a-note.md',
    data: { title: '“Quoted” title, with a } and a " and 𝕏', summary: 'Ligne française : « oui »', terms: [], open_data: { owner_org: 'ps' } },
  },
  { id: 'b-note', digest: 'def456', filePath: 'content/qp-notes/b-note.md', data: { title: 'Second', terms: ['imve'] } },
];

describe("a collection's validated front matter kept in the build cache", () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it('is read back exactly as written, by id', () => {
    writeDocumentRecords(ROOT, 'notes', RECORDS);
    const read = readDocumentRecords(ROOT, 'notes');
    expect([...read.keys()]).toEqual(['a-note', 'b-note']);
    expect([...read.values()]).toEqual(RECORDS);
  });

  it('missing, or cut short as a power cut can leave it, is an error naming the file, never an empty collection', () => {
    writeDocumentRecords(ROOT, 'notes', RECORDS);
    const whole = readFileSync(FILE);
    writeFileSync(FILE, whole.subarray(0, whole.length - 3));
    expect(() => readDocumentRecords(ROOT, 'notes')).toThrow(`${FILE}: the validated front matter of notes cannot be read`);
    rmSync(FILE);
    expect(() => readDocumentRecords(ROOT, 'notes')).toThrow(/cannot be read .*; build again/);
  });

  it('written again after a writer was killed halfway, leaves no temporary file of the killed one behind', () => {
    writeDocumentRecords(ROOT, 'notes', RECORDS);
    const gone = spawnSync('node', ['-e', '']).pid!;
    const left = join(ROOT, BUILD_CACHE_DIR, 'document-records', `.notes.json.${gone}.tmp`);
    writeFileSync(left, '[{"id":"a-no');
    writeDocumentRecords(ROOT, 'notes', RECORDS);
    expect(existsSync(left)).toBe(false);
    expect([...readDocumentRecords(ROOT, 'notes').values()]).toEqual(RECORDS);
  });
});
