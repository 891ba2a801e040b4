import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, problemsFromIssues } from '../../src/content/content-problems.ts';
import { readFrontMatter } from '../../src/lib/front-matter.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { qpNoteSchema } from '../../src/schemas/qp-note.ts';
import { INVALID_CASES } from '../fixtures/content/invalid-cases.ts';

const FIXTURES = 'tests/fixtures/content';
const SCHEMAS = { notes: qpNoteSchema, articles: articleSchema } as const;
const FOLDERS = { notes: 'qp-notes', articles: 'articles' } as const;

function frontmatterOf(file: string): Record<string, unknown> {
  return readFrontMatter(readFileSync(file, 'utf8')).data;
}

function problemLines(collection: keyof typeof SCHEMAS, file: string): string[] {
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(frontmatterOf(file));
  return result.success ? [] : problemsFromIssues(file, result.error.issues, Object.keys(schema.shape)).map(formatProblem);
}

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

describe('valid documents', () => {
  for (const collection of ['notes', 'articles'] as const) {
    const files = [...markdownFiles(join(FIXTURES, 'valid', FOLDERS[collection])), ...markdownFiles(join('content', FOLDERS[collection]))];

    it(`has ${collection} to check`, () => {
      expect(files.length).toBeGreaterThan(1);
    });

    for (const file of files) {
      it(`accepts ${file}`, () => {
        expect(problemLines(collection, file)).toEqual([]);
      });
    }
  }

  it('keeps dates as the YYYY-MM-DD string the author wrote', () => {
    const data = qpNoteSchema.parse(frontmatterOf(join(FIXTURES, 'valid/qp-notes/minimal.md')));
    expect(data.date_received).toBe('2024-01-15');
  });

  it('defaults an omitted page_junk list to empty', () => {
    const data = articleSchema.parse({ ...frontmatterOf(join(FIXTURES, 'valid/articles/minimal.md')), provenance: { source: 'a.source.txt' } });
    expect(data.provenance?.page_junk).toEqual([]);
  });
});

describe('invalid documents are rejected with an instruction naming file and field', () => {
  for (const { name, collection, schemaOnly, problems } of INVALID_CASES) {
    const files = markdownFiles(join(FIXTURES, name, FOLDERS[collection]));
    if (schemaOnly) {
      it(name, () => {
        expect(files.flatMap((file) => problemLines(collection, file))).toEqual(problems);
      });
    } else {
      it(`${name} passes the schema, so the loader must catch it`, () => {
        expect(files.flatMap((file) => problemLines(collection, file))).toEqual([]);
      });
    }
  }

  it('rejects a date that is not on the calendar', () => {
    const result = qpNoteSchema.shape.date_received.safeParse('2023-02-30');
    expect(result.error?.issues[0]?.message).toBe('"2023-02-30" is not a day of the calendar: expected a date as YYYY-MM-DD, e.g. 2023-12-12');
  });

  it('rejects a title that runs over several lines', () => {
    const result = qpNoteSchema.shape.title.safeParse('Line one\nline two');
    expect(result.error?.issues[0]?.message).toBe('expected a single line of text');
  });
});

describe('problems print safely', () => {
  it('escape control and bidirectional characters that a value carries into its message', () => {
    const result = qpNoteSchema.pick({ date_received: true }).safeParse({ date_received: '2023\u202e-01-01\u009b2J' });
    const line = problemsFromIssues('content/qp-notes/x.md', result.error!.issues, []).map(formatProblem)[0]!;
    expect(line).toBe('content/qp-notes/x.md → date_received: expected a date as YYYY-MM-DD, e.g. 2023-12-12; got "2023\\u{202e}-01-01\\u{9b}2J"');
  });

  it('refuse control, bidirectional and invisible-only text in any field', () => {
    const message = (value: string) => qpNoteSchema.shape.title.safeParse(value).error?.issues.map((issue) => issue.message);
    expect(message('Bell\u0007')).toEqual(['contains the control character U+0007: expected printable text']);
    expect(message('abc\u202etxt')).toEqual([
      'contains the bidirectional control U+202E, which makes text display in another order than it is stored: remove it',
    ]);
    expect(message('\u200b\u2060')).toEqual([
      'has no visible characters: expected text, e.g. Report from the Criminal Intelligence Service Canada (CISC) re: …',
    ]);
    expect(message('Réforme du café')).toBeUndefined();
  });
});
