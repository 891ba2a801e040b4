import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { beforeEach, describe, expect, it } from 'vitest';
import { CsvFormatError, readCsvRows } from '../../src/import/csv-rows.ts';
import { importNotes } from '../../src/import/import-notes.ts';
import { readMinisterChoices } from '../../src/import/minister-choices.ts';
import { formatRowProblem } from '../../src/import/note-from-row.ts';
import { readFrontMatter } from '../../src/lib/front-matter.ts';
import { qpNoteFrSchema, qpNoteSchema } from '../../src/schemas/qp-note.ts';
import { filesIn, newContentFolder } from '../support/content-folders.ts';

const FIXTURE = 'tests/fixtures/open-data/qpnotes.csv';
const INVALID = 'tests/fixtures/open-data/invalid';
const ministers = readMinisterChoices();

let content: string;
beforeEach(() => {
  content = newContentFolder('import');
});

const run = (csvFile: string, skipInvalid = false) => importNotes({ csv: readFileSync(csvFile, 'utf8'), contentDir: content, ministers, skipInvalid });
const read = (path: string) => readFileSync(join(content, path), 'utf8');

describe('reading the published CSV', () => {
  it('handles a byte-order mark, CRLF line ends and quoted fields that span lines', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows = readCsvRows(text);
    expect(rows.map((r) => r.values.reference_number)).toEqual(['TEST-2024-QP-001', 'TEST-2024-QP-002', 'TEST-2023-QP-003']);
    expect(rows[0]!.values.title_en).toBe('Bail reform, firearms and border security');
    expect(rows[0]!.values.response_en.split('\n').length).toBeGreaterThan(3);
    expect(rows.map((r) => r.line)).toEqual([2, 19, 20]);
  });

  it('stops on a file without the data set’s columns, naming the missing ones', () => {
    expect(() => readCsvRows('reference_number,title_en\nA,B\n')).toThrow(CsvFormatError);
    expect(() => readCsvRows('reference_number,title_en\nA,B\n')).toThrow(/missing columns title_fr, minister, question_en/);
  });
});

describe('importing the fixture', () => {
  it('writes an English note per row and a French one where the row has French', () => {
    const report = run(FIXTURE);
    expect(report.problems).toEqual([]);
    expect(filesIn(content)).toEqual([
      'qp-notes-fr/test-2023-qp-003.md',
      'qp-notes-fr/test-2024-qp-001.md',
      'qp-notes/test-2023-qp-003.md',
      'qp-notes/test-2024-qp-001.md',
      'qp-notes/test-2024-qp-002.md',
    ]);
  });

  it('writes files the site’s own schemas accept', () => {
    run(FIXTURE);
    for (const file of filesIn(content)) {
      const { data: frontmatter } = readFrontMatter(read(file));
      const schema = file.startsWith('qp-notes-fr/') ? qpNoteFrSchema : qpNoteSchema;
      expect(schema.safeParse(frontmatter).success, file).toBe(true);
    }
  });

  it('keeps every word of every text field, in its section', () => {
    run(FIXTURE);
    const rows = readCsvRows(readFileSync(FIXTURE, 'utf8'));
    const words = (text: string) =>
      text
        .replace(/^[*-] /gm, '')
        .replace(/^#+ /gm, '')
        .replace(/\s+/g, ' ')
        .trim();
    for (const { values } of rows) {
      const slug = values.reference_number.toLowerCase();
      const english = words(read(`qp-notes/${slug}.md`));
      for (const column of ['question_en', 'response_en', 'background_en', 'additional_information_en'] as const) {
        for (const paragraph of values[column].split(/\r?\n\s*\r?\n/).filter((p) => p.trim())) expect(english).toContain(words(paragraph));
      }
      expect(readFrontMatter(read(`qp-notes/${slug}.md`)).data['title']).toBe(values.title_en);
    }
  });

  it('lays out sections as the site expects, French included, and lowers headings inside a field', () => {
    run(FIXTURE);
    const english = read('qp-notes/test-2023-qp-003.md');
    expect(english).toMatch(/## Issue\/Question\n\nIs federal funding/);
    expect(english).toContain('## Background\n\n### Key facts');
    expect(english).toContain('### Funding levels');
    const french = read('qp-notes-fr/test-2023-qp-003.md');
    expect(french).toContain('lang: fr-CA');
    expect(french).toContain('## Réponse suggérée\n\n- L’aide juridique');
    expect(french).toContain('organization: Ministère de la Justice Canada');
    expect(french).toContain('minister: Ministre de la Justice');
  });

  it('leaves out an empty optional field rather than writing an empty section', () => {
    run(FIXTURE);
    const note = read('qp-notes/test-2024-qp-001.md');
    expect(note).not.toContain('## Additional Information');
    expect(read('qp-notes/test-2024-qp-002.md')).not.toContain('## Issue/Question');
  });

  it('changes nothing when run again on the same file', () => {
    run(FIXTURE);
    const before = filesIn(content).map((file) => [file, statSync(join(content, file)).mtimeMs, read(file)]);
    const again = run(FIXTURE);
    expect(again.writes.every((w) => w.kind === 'unchanged')).toBe(true);
    expect(filesIn(content).map((file) => [file, statSync(join(content, file)).mtimeMs, read(file)])).toEqual(before);
  });

  it('updates a note whose row changed, and reports where its words changed', () => {
    run(FIXTURE);
    const changed = join(content, 'changed.csv');
    writeFileSync(changed, readFileSync(FIXTURE, 'utf8').replace('Funding levels are reviewed each year.', 'Funding levels are reviewed every two years.'));
    const report = run(changed);
    const updates = report.writes.filter((w) => w.kind === 'update');
    expect(updates.map((w) => w.note.path)).toEqual(['qp-notes/test-2023-qp-003.md']);
    expect(updates[0]!.kind === 'update' && updates[0]!.words).toEqual(['Background']);
    expect(read('qp-notes/test-2023-qp-003.md')).toContain('reviewed every two years');
  });

  it('never overwrites a note written by hand, and writes nothing else either', () => {
    mkdirSync(join(content, 'qp-notes'));
    const handWritten = '---\nreference_number: TEST-2024-QP-001\n---\nWritten by hand.\n';
    writeFileSync(join(content, 'qp-notes/test-2024-qp-001.md'), handWritten);
    const report = run(FIXTURE);
    expect(report.outcome).toBeUndefined();
    expect(report.problems.map(formatRowProblem)).toEqual([
      `row 1 (line 2, TEST-2024-QP-001) → reference_number: ${join(content, 'qp-notes/test-2024-qp-001.md')} exists and was not written by the importer; a note written by hand is never overwritten`,
    ]);
    expect(read('qp-notes/test-2024-qp-001.md')).toBe(handWritten);
    expect(filesIn(content)).toEqual(['qp-notes/test-2024-qp-001.md']);
  });
});

/** Each bad-row fixture: one valid row, then the bad one; the exact problem the importer must print. */
const BAD_ROWS = [
  { file: 'missing-reference.csv', problem: 'row 2 (line 3) → reference_number: must not be empty: expected text, e.g. PS-2023-QP-1--MPS-003' },
  { file: 'comma-in-reference.csv', problem: 'row 2 (line 3, TEST-2024-QP-101,A) → reference_number: must not contain a comma (the open data set forbids it)' },
  {
    file: 'bad-date.csv',
    problem: 'row 2 (line 3, TEST-2024-QP-102) → date_received: "2024-02-30" is not a day of the calendar: expected a date as YYYY-MM-DD, e.g. 2023-12-12',
  },
  { file: 'missing-response.csv', problem: 'row 2 (line 3, TEST-2024-QP-103) → response_en: is required: expected the Suggested Response text' },
];

describe('invalid rows', () => {
  for (const { file, problem } of BAD_ROWS) {
    it(`${file}: names the row, reference, field and what was expected, and writes nothing`, () => {
      const report = run(join(INVALID, file));
      expect(report.problems.map(formatRowProblem)).toEqual([problem]);
      expect(report.outcome).toBeUndefined();
      expect(filesIn(content)).toEqual([]);
    });
  }

  it('with --skip-invalid, writes the valid rows and lists the skipped ones', () => {
    const report = run(join(INVALID, 'bad-date.csv'), true);
    expect(report.skippedRows).toEqual([2]);
    expect(filesIn(content)).toEqual(['qp-notes-fr/test-2024-qp-100.md', 'qp-notes/test-2024-qp-100.md']);
  });

  it('the command prints each problem, says nothing was written, and exits non-zero', () => {
    const result = spawnSync('node', ['scripts/import.ts', join(INVALID, 'missing-response.csv'), '--content', content], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(BAD_ROWS[3]!.problem);
    expect(result.stderr).toContain('Nothing was written.');
    expect(filesIn(content)).toEqual([]);
  });

  it('the command imports the fixture and reports what it wrote', () => {
    const result = spawnSync('node', ['scripts/import.ts', FIXTURE, '--content', content], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 rows read.');
    expect(result.stdout).toContain('5 notes created, 0 updated, 0 unchanged');
  });
});

describe('the minister choices list', () => {
  it('gives an office code its title, and the name of whoever held the office on the note’s date', () => {
    run(FIXTURE);
    // TEST-2024-QP-002 is for "PM", dated 2024-01-09: Justin Trudeau's term, which the list has not ended.
    const { frontmatter } = parseFrontmatter(read('qp-notes/test-2024-qp-002.md'));
    expect(frontmatter['minister']).toBe('Prime Minister');
    expect(frontmatter['minister_name']).toBe('Trudeau, Justin (Right Hon.)');
  });

  it('gives a minister code its title, in each language, and the code as the name', () => {
    run(FIXTURE);
    expect(parseFrontmatter(read('qp-notes/test-2024-qp-001.md')).frontmatter).toMatchObject({
      minister: 'Minister of Public Safety and Emergency Preparedness',
      minister_name: 'Bill Blair',
    });
    expect(parseFrontmatter(read('qp-notes-fr/test-2024-qp-001.md')).frontmatter).toMatchObject({
      minister: 'Ministre de la Sécurité publique et de la Protection civile',
      minister_name: 'Bill Blair',
    });
  });

  it('imports a code it does not know as the minister’s name, with no title, and warns once per code', () => {
    const csv = readFileSync(FIXTURE, 'utf8').replace(',Bill Blair,', ',Nobody,').replace(',David Lametti,', ',Nobody,');
    const report = importNotes({ csv, contentDir: content, ministers, skipInvalid: false });
    expect(report.problems).toEqual([]);
    expect(report.unknownMinisters).toEqual([{ code: 'Nobody', rows: [1, 3] }]);
    const { frontmatter } = parseFrontmatter(read('qp-notes/test-2024-qp-001.md'));
    expect(frontmatter['minister_name']).toBe('Nobody');
    expect(frontmatter).not.toHaveProperty('minister');
  });

  it('with --strict, refuses a code it does not know', () => {
    const csv = readFileSync(FIXTURE, 'utf8').replace(',Bill Blair,', ',Nobody,');
    const report = importNotes({ csv, contentDir: content, ministers, skipInvalid: false, strict: true });
    expect(report.problems.map(formatRowProblem)).toEqual([
      'row 1 (line 2, TEST-2024-QP-001) → minister: "Nobody" is not in the data set\'s choices list (content/data/minister-choices/); without --strict it is imported as the minister\'s name, with no title',
    ]);
    expect(filesIn(content)).toEqual([]);
  });
});
