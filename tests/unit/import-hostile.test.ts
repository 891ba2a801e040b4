import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { beforeEach, describe, expect, it } from 'vitest';
import { CsvFormatError, decodeCsv } from '../../src/import/csv-rows.ts';
import { importNotes, type ImportReport } from '../../src/import/import-notes.ts';
import { readMinisterChoices } from '../../src/import/minister-choices.ts';
import { formatRowProblem } from '../../src/import/note-from-row.ts';
import { SAFE_NESTING, sectionBody } from '../../src/import/note-text.ts';
import { readFrontMatter, writeFrontMatter } from '../../src/lib/front-matter.ts';
import { latestDate } from '../../src/schemas/fields.ts';
import { filesIn, newContentFolder } from '../support/content-folders.ts';

/**
 * The importer under hostile and careless input: one fixture in
 * tests/fixtures/open-data/hostile/ per way a file can be wrong, and what the
 * importer must do with it. Nothing may be lost, half-written or silently
 * changed.
 */
const HOSTILE = 'tests/fixtures/open-data/hostile';
const FIXTURE = 'tests/fixtures/open-data/qpnotes.csv';
const ministers = readMinisterChoices();

let content: string;
beforeEach(() => {
  content = newContentFolder('hostile');
});

const importFile = (file: string, skipInvalid = false): ImportReport =>
  importNotes({ csv: decodeCsv(readFileSync(file)), contentDir: content, ministers, skipInvalid });
const problems = (report: ImportReport) => report.problems.map(formatRowProblem);
const cli = (...args: string[]) => spawnSync('node', ['scripts/import.ts', ...args, '--content', content], { encoding: 'utf8' });

describe('dates', () => {
  it('accepts a year below 1000, and refuses an impossible, a zero-year, a future and a timed date', () => {
    const report = importFile(join(HOSTILE, 'dates.csv'));
    expect(problems(report)).toEqual([
      `row 2 (line 3, TEST-2024-QP-201) → date_received: "9999-12-31" is in the future: expected a date no later than ${latestDate()}`,
      'row 3 (line 4, TEST-2024-QP-202) → date_received: "0000-01-01" is not a day of the calendar: expected a date as YYYY-MM-DD, e.g. 2023-12-12',
      'row 4 (line 5, TEST-2024-QP-203) → date_received: "2023-02-30" is not a day of the calendar: expected a date as YYYY-MM-DD, e.g. 2023-12-12',
      'row 5 (line 6, TEST-2024-QP-204) → date_received: expected a date as YYYY-MM-DD, e.g. 2023-12-12; got "2023-12-12T23:30:00-05:00"',
    ]);
    expect(report.skippedRows).toEqual([2, 3, 4, 5]);
  });

  it('keeps 0099-06-01 as written', () => {
    importFile(join(HOSTILE, 'dates.csv'), true);
    expect(readFrontMatter(readFileSync(join(content, 'qp-notes/test-2024-qp-200.md'), 'utf8')).data['date_received']).toBe('0099-06-01');
  });
});

describe('a reference number that gives the URL of another note', () => {
  it('in a later run, is refused, naming both reference numbers, and the first note is kept', () => {
    importFile(join(HOSTILE, 'slug-first.csv'));
    const before = readFileSync(join(content, 'qp-notes/ps-2024-qp-1.md'), 'utf8');
    const report = importFile(join(HOSTILE, 'slug-second.csv'));
    expect(problems(report)).toEqual([
      `row 1 (line 2, ps 2024 qp 1) → reference_number: gives the URL slug "ps-2024-qp-1" of ${join(content, 'qp-notes/ps-2024-qp-1.md')}, which holds reference number "PS-2024-QP-1"; a note is never replaced by one with another reference number`,
      `row 1 (line 2, ps 2024 qp 1) → reference_number: gives the URL slug "ps-2024-qp-1" of ${join(content, 'qp-notes-fr/ps-2024-qp-1.md')}, which holds reference number "PS-2024-QP-1"; a note is never replaced by one with another reference number`,
    ]);
    expect(report.outcome).toBeUndefined();
    expect(readFileSync(join(content, 'qp-notes/ps-2024-qp-1.md'), 'utf8')).toBe(before);
    expect(before).toContain('The first note, which must not be lost.');
  });
});

describe('reference numbers that could fail a write', () => {
  it('a reserved name, a lookalike letter and an invisible character are refused before anything is written', () => {
    const report = importFile(join(HOSTILE, 'reference-numbers.csv'));
    expect(problems(report)).toEqual([
      'row 2 (line 3, CON) → reference_number: gives the file name con.md, a name Windows reserves: expected a reference number such as PS-2023-QP-1--MPS-003',
      'row 3 (line 4, PS-2024-QР-1) → reference_number: contains "Р" (U+0420): expected ASCII letters, digits and punctuation only, e.g. PS-2023-QP-1--MPS-003',
      'row 4 (line 5, PS-2024-QP-\u200b2) → reference_number: contains "\u200b" (U+200B): expected ASCII letters, digits and punctuation only, e.g. PS-2023-QP-1--MPS-003',
    ]);
    expect(filesIn(content)).toEqual([]);
  });

  it('a 251-character reference number is kept whole, in a file whose name is bounded', () => {
    const report = importFile(join(HOSTILE, 'reference-numbers.csv'), true);
    expect(report.outcome?.ok).toBe(true);
    const [english] = filesIn(join(content, 'qp-notes'));
    expect(english!.length).toBeLessThanOrEqual(83);
    expect(readFrontMatter(readFileSync(join(content, 'qp-notes', english!), 'utf8')).data['reference_number']).toBe(`PS-2024-QP-${'1234567890'.repeat(24)}`);
  });

  it('when a write still fails, says exactly which files were written before it', () => {
    // A file where the French folder should be: the English notes can be written, the first French one cannot.
    writeFileSync(join(content, 'qp-notes-fr'), 'not a folder');
    const result = cli(FIXTURE);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Could not write ${join(content, 'qp-notes-fr/test-2024-qp-001.md')}`);
    expect(result.stderr).toContain(`1 file was written before it:\n  - ${join(content, 'qp-notes/test-2024-qp-001.md')}`);
    expect(result.stderr).not.toContain('Nothing was written');
    expect(filesIn(content)).toEqual(['qp-notes-fr', 'qp-notes/test-2024-qp-001.md']);
  });
});

describe('links', () => {
  it('refuses every URL that would run code, in every Markdown form, and keeps http, https, mailto and relative links', () => {
    const report = importFile(join(HOSTILE, 'unsafe-links.csv'));
    const refused = (row: number, line: number, url: string) =>
      `row ${row} (line ${line}, TEST-2024-QP-30${row}) → response_en: links to ${JSON.stringify(url)}: expected an http, https or mailto URL, or a relative one`;
    expect(problems(report)).toEqual([
      refused(1, 2, 'javascript:alert(1)'),
      refused(2, 3, 'javascript:alert(1)'),
      refused(3, 6, 'javascript:alert(1)'),
      refused(4, 7, 'javascript:alert(1)'),
      refused(5, 8, 'JaVaScRiPt:alert(1)'),
      refused(6, 9, 'data:text/html;base64,PHNjcmlwdD4='),
      refused(7, 10, 'vbscript:msgbox(1)'),
      refused(8, 11, 'java\tscript:alert(1)'),
    ]);
    expect(report.skippedRows).not.toContain(9);
  });
});

describe('headings inside a field', () => {
  it('lowers setext and ATX headings, in lists and quotes too, leaving only the sections at level 2', () => {
    importFile(join(HOSTILE, 'setext-headings.csv'));
    const { body } = readFrontMatter(readFileSync(join(content, 'qp-notes/test-2024-qp-400.md'), 'utf8'));
    const headings: string[] = [];
    visit(fromMarkdown(body), 'heading', (node: Heading) => {
      headings.push(`${node.depth} ${body.slice(node.position!.start.offset!, node.position!.end.offset!)}`);
    });
    expect(headings).toEqual(['2 ## Suggested Response', '2 ## Background', '3 ### Fake', '3 ### Suggested Response', '3 ### Inside', '3 ### Quoted']);
  });
});

describe('a field nested deeper than the Markdown parser follows', () => {
  it('is refused, naming its row and column, whatever else the field holds, and nothing is written', () => {
    // Ten thousand quotation marks, one inside the other: twice what the parser's stack takes.
    const deep = `${'> '.repeat(10_000)}words`;
    const header =
      'reference_number,title_en,title_fr,minister,question_en,question_fr,date_received,response_en,response_fr,background_en,background_fr,additional_information_en,additional_information_fr,owner_org,owner_org_title';
    const row = (reference: string, question: string, background: string) =>
      `${reference},A note,Une note,PM,"${question}",,2024-02-01,A response.,Une réponse.,"${background}",Un contexte.,,,ps-sp,Public Safety Canada | Sécurité publique Canada`;
    const csv = [
      header,
      row('TEST-2024-QP-501', '', deep),
      row('TEST-2024-QP-502', deep, 'A background.'),
      row('TEST-2024-QP-503', '', `# A heading\n\n${deep}`),
      row('TEST-2024-QP-504', '', `[a link](https://example.org)\n\n${deep}`),
      row('TEST-2024-QP-505', '', 'A background.'),
    ].join('\n');
    const report = importNotes({ csv, contentDir: content, ministers, skipInvalid: false });
    const refused = (row: number, line: number, column: string) =>
      `row ${row} (line ${line}, TEST-2024-QP-50${row}) → ${column}: could not be read as Markdown (Maximum call stack size exceeded): expected Markdown nested less deeply`;
    expect(problems(report)).toEqual([
      refused(1, 2, 'background_en'),
      refused(2, 3, 'question_en'),
      refused(3, 4, 'background_en'),
      refused(4, 7, 'background_en'),
    ]);
    expect(report.outcome).toBeUndefined();
    expect(filesIn(content)).toEqual([]);
  });

  // A field with fewer marks than SAFE_NESTING is not parsed for its depth: nesting that deep, in any form, must be read.
  it.each([
    ['quotation marks', (n: number) => `${'> '.repeat(n)}words`],
    ['bullets', (n: number) => `${'- '.repeat(n)}words`],
    ['numbers', (n: number) => `${'1. '.repeat(n)}words`],
    ['quotes in lists', (n: number) => `${'- > '.repeat(n / 2)}words`],
    ['emphasis', (n: number) => `${'*'.repeat(n)}words${'*'.repeat(n)}`],
    ['links', (n: number) => `${'['.repeat(n)}words${'](https://example.org)'.repeat(n)}`],
    ['a heading below lists', (n: number) => `${'- '.repeat(n)}# words`],
  ])('nested SAFE_NESTING deep in %s, is read', (_, field) => {
    expect(sectionBody(field(SAFE_NESTING))).toContain('words');
  });
});

describe('values YAML would read as another type', () => {
  const tricky = [
    '2024-03-18',
    '0b101',
    '0o17',
    '0x1F',
    '1e3',
    '.inf',
    'yes',
    'no',
    'on',
    'null',
    '~',
    '12:30',
    '2023-12-12T23:30:00-05:00',
    '#x',
    'a: b',
    '- x',
    '[a]',
    '{a}',
    '*ref',
    '&anchor',
    '!tag',
    '%x',
    '@x',
    '"quoted"',
    "it's",
    '  leading',
    'trailing ',
    'é',
  ];

  it('reads back as the same string through the site’s reader and Astro’s', () => {
    const data = Object.fromEntries(tricky.map((value, i) => [`k${i}`, value]));
    const file = `---\n${writeFrontMatter(data)}---\n`;
    expect(readFrontMatter(file).data).toEqual(data);
    expect(parseFrontmatter(file).frontmatter).toEqual(data);
  });

  it('an imported title 2024-03-18 and reference number 0b101 are written so that they read back as written', () => {
    importFile('tests/fixtures/open-data/edge-cases.csv');
    const text = readFileSync(join(content, 'qp-notes/0b101.md'), 'utf8');
    expect(readFrontMatter(text).data).toMatchObject({ reference_number: '0b101', title: '2024-03-18', date_received: '2020-06-01' });
    expect(parseFrontmatter(text).frontmatter).toMatchObject({ reference_number: '0b101', title: '2024-03-18', date_received: '2020-06-01' });
  });
});

describe('organization titles', () => {
  it('one with more than one " | ", or an empty side, is refused rather than losing a part', () => {
    expect(problems(importFile(join(HOSTILE, 'organization-titles.csv')))).toEqual([
      'row 1 (line 2, TEST-2024-QP-800) → owner_org_title: expected the English title, " | ", then the French one, e.g. Public Safety Canada | Sécurité publique Canada; a part would be lost',
      'row 2 (line 3, TEST-2024-QP-801) → owner_org_title: expected the English title, " | ", then the French one, e.g. Public Safety Canada | Sécurité publique Canada; a part would be lost',
    ]);
  });
});

describe('encoding and columns', () => {
  it('a Latin-1 file is refused, naming the first line that is not UTF-8', () => {
    expect(() => decodeCsv(readFileSync(join(HOSTILE, 'latin1.csv')))).toThrow(
      new CsvFormatError(
        'line 2 is not UTF-8: expected UTF-8 text, as the data set is published; save the file again as "CSV UTF-8" (it may be Latin-1 or Windows-1252)',
      ),
    );
  });

  it('a UTF-16 file is named as UTF-16', () => {
    const result = cli(join(HOSTILE, 'utf16.csv'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is UTF-16 text: expected UTF-8, as the data set is published; save it again as "CSV UTF-8"');
    expect(filesIn(content)).toEqual([]);
  });

  it('a column given twice is refused, naming it and where', () => {
    const result = cli(join(HOSTILE, 'duplicate-column.csv'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('column reference_number appears 2 times (columns 1 and 16): expected each column once');
  });
});

describe('control and bidirectional characters', () => {
  it('are refused in every field, and escaped in every message', () => {
    const result = cli(join(HOSTILE, 'control-characters.csv'));
    expect(result.status).toBe(1);
    // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('  - '))).toEqual([
      '  - row 1 (line 2, TEST-\\u{1b}[2J\\u{1b}[31mRED) → reference_number: contains the control character U+001B: expected printable text',
      '  - row 2 (line 3, TEST-2024-QP-501) → title_en: contains the control character U+0000: expected printable text',
      '  - row 3 (line 4, TEST-2024-QP-502) → title_en: contains the control character U+0007: expected printable text',
      '  - row 4 (line 5, TEST-2024-QP-503) → title_en: contains the bidirectional control U+202E, which makes text display in another order than it is stored: remove it',
      '  - row 5 (line 6, TEST-2024-QP-504) → title_en: has no visible characters: expected text, e.g. Report from the Criminal Intelligence Service Canada (CISC) re: …',
      '  - row 6 (line 7, TEST-2024-QP-505) → response_en: contains the control character U+001B: expected printable text',
    ]);
  });
});

describe('interrupted runs and hand-written notes', () => {
  it('removes the temporary file a killed run left, and says so', () => {
    // The id of a process that has ended, so that the file is certainly a leftover.
    const ended = spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    mkdirSync(join(content, 'qp-notes'));
    const leftover = join(content, `qp-notes/.test-2024-qp-001.md.${ended}.tmp`);
    writeFileSync(leftover, '---\nreference_number: TEST-2024-QP-001\n---\nhalf a no');
    const result = cli(FIXTURE);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Removed ${leftover}, left by an interrupted run.`);
    expect(filesIn(content).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('finds a hand-written note whose reference number is a folded YAML scalar', () => {
    mkdirSync(join(content, 'qp-notes'));
    writeFileSync(join(content, 'qp-notes/by-hand.md'), '---\nreference_number: >-\n  TEST-2024-QP-001\ntitle: Written by hand\n---\nText.\n');
    const report = importFile(FIXTURE);
    expect(problems(report)).toEqual([
      `row 1 (line 2, TEST-2024-QP-001) → reference_number: ${join(content, 'qp-notes/by-hand.md')} already has this reference number; a note written by hand is never overwritten`,
    ]);
    expect(filesIn(content)).toEqual(['qp-notes/by-hand.md']);
  });
});
