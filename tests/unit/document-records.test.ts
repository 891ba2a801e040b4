import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentRecords, readValidatedRecords, writeDocumentRecords, type DocumentRecord } from '../../src/content/document-records.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/build-cache.ts';

const ROOT = resolve('tests/.tmp/document-records');
const FILE = join(ROOT, BUILD_CACHE_DIR, 'document-records', 'notes.json');
const RECORDS: DocumentRecord[] = [
  {
    id: 'a-note',
    digest: 'abc123',
    filePath: 'content/qp-notes/a-note.md',
    data: { title: '“Quoted” title, with a } and a " and 𝕏', summary: 'Ligne française : « oui »', terms: [], open_data: { owner_org: 'ps' } },
    written: { slug: ' A-NOTE ' },
  },
  {
    id: 'b-note',
    digest: 'def456',
    filePath: 'content/qp-notes/b-note.md',
    data: { title: 'Second', terms: ['imve'] },
    written: { slug: 'B-NOTE', follows: 'A-NOTE' },
  },
];
/** The checks the records passed (src/content/validation-fingerprint.ts). */
const CHECKS = 'checks-1';

describe("a collection's validated front matter kept in the build cache", () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it('is read back exactly as written, by id', () => {
    writeDocumentRecords(ROOT, 'notes', CHECKS, RECORDS);
    const { validation, records: read } = readDocumentRecords(ROOT, 'notes');
    expect(validation).toBe(CHECKS);
    expect([...read.keys()]).toEqual(['a-note', 'b-note']);
    expect([...read.values()]).toEqual(RECORDS);
  });

  it('missing, or cut short as a power cut can leave it, is an error naming the file, never an empty collection', () => {
    writeDocumentRecords(ROOT, 'notes', CHECKS, RECORDS);
    const whole = readFileSync(FILE);
    writeFileSync(FILE, whole.subarray(0, whole.length - 3));
    expect(() => readDocumentRecords(ROOT, 'notes')).toThrow(`${FILE}: the validated front matter of notes cannot be read`);
    // As an earlier version wrote it: the records alone.
    writeFileSync(FILE, JSON.stringify(RECORDS));
    expect(() => readDocumentRecords(ROOT, 'notes')).toThrow(`${FILE}: the validated front matter of notes cannot be read (no list of records); build again`);
    // Without the checks they passed, which key the .json files made from them.
    writeFileSync(FILE, JSON.stringify({ records: RECORDS }));
    expect(() => readDocumentRecords(ROOT, 'notes')).toThrow(
      `${FILE}: the validated front matter of notes cannot be read (no record of the checks they passed); build again`,
    );
    rmSync(FILE);
    expect(() => readDocumentRecords(ROOT, 'notes')).toThrow(/cannot be read .*; build again/);
  });

  it('written again after a writer was killed halfway, leaves no temporary file of the killed one behind', () => {
    writeDocumentRecords(ROOT, 'notes', CHECKS, RECORDS);
    const gone = spawnSync('node', ['-e', '']).pid!;
    const left = join(ROOT, BUILD_CACHE_DIR, 'document-records', `.notes.json.${gone}.tmp`);
    writeFileSync(left, '[{"id":"a-no');
    writeDocumentRecords(ROOT, 'notes', CHECKS, RECORDS);
    expect(existsSync(left)).toBe(false);
    expect([...readDocumentRecords(ROOT, 'notes').records.values()]).toEqual(RECORDS);
  });

  it('stand for their files in the next sync only under the same checks: under others, or cut short, there are none to go by', () => {
    writeDocumentRecords(ROOT, 'notes', CHECKS, RECORDS);
    expect([...readValidatedRecords(ROOT, 'notes', CHECKS)]).toEqual(RECORDS.map((record) => [record.filePath, record]));
    expect(readValidatedRecords(ROOT, 'notes', 'checks-2').size).toBe(0);
    const whole = readFileSync(FILE);
    writeFileSync(FILE, whole.subarray(0, whole.length - 3));
    expect(readValidatedRecords(ROOT, 'notes', CHECKS).size).toBe(0);
    writeFileSync(FILE, JSON.stringify(RECORDS));
    expect(readValidatedRecords(ROOT, 'notes', CHECKS).size).toBe(0);
    rmSync(FILE);
    expect(readValidatedRecords(ROOT, 'notes', CHECKS).size).toBe(0);
  });
});
