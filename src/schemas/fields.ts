import { z } from 'astro/zod';

/**
 * Field builders shared by every document type. Each message tells the author
 * what the field expects, so a build error reads as an instruction.
 */

/** Non-empty single-line text; `example` is shown when the field is missing. */
export function text(example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is required: expected text, e.g. ${example}`
          : `expected text, e.g. ${example}`,
    })
    .trim()
    .min(1, { error: `must not be empty: expected text, e.g. ${example}` })
    .refine((value) => !/[\r\n]/.test(value), { error: 'expected a single line of text' });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written YYYY-MM-DD, kept as that string so that no time zone
 * can shift it. YAML reads an unquoted date as a Date, which is accepted too.
 */
export function isoDate(example: string) {
  const expected = `expected a date as YYYY-MM-DD, e.g. ${example}`;
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: (issue) => (issue.input === undefined ? `is required: ${expected}` : expected) })
      .refine(isCalendarDate, { error: (issue) => `${expected}; got ${JSON.stringify(issue.input)}` }),
  );
}

/** Lowercase words joined by single hyphens, as used in URLs. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where the words of a document come from: the original text kept beside the
 * Markdown file, and any whole lines of it that are page furniture rather than
 * the document (dropped lines are listed so that the omission is on record).
 */
export const provenance = z.strictObject(
  {
    /** File name of the original text, in the same folder as the Markdown file. */
    source: z
      .string({ error: 'expected the file name of the original text, e.g. note.source.txt' })
      .regex(/^[\w.-]+\.source\.txt$/, { error: 'expected a file name ending in .source.txt, in the same folder' }),
    /** Exact lines of the original that are not part of the document (e.g. "close" buttons). Default: none. */
    page_junk: z.array(z.string().min(1)).default([]),
  },
  { error: 'expected { source: FILE.source.txt, page_junk: [lines] }' },
);

export type Provenance = z.infer<typeof provenance>;

/** Languages a document can be written in; a note's French copy says `lang: fr-CA`. */
export const LANGUAGES = ['en-CA', 'fr-CA'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Marks a document written by the open data importer, with the codes it was
 * imported under. The importer rewrites only files that carry it, so a
 * document written by hand is never overwritten.
 */
export const openDataOrigin = z.strictObject(
  {
    /** The publishing organization's code in the data set (owner_org), e.g. ps-sp. */
    owner_org: text('ps-sp'),
    /** The minister's code in the data set's choices, e.g. Dominic LeBlanc. */
    minister: text('Dominic LeBlanc'),
  },
  { error: 'expected { owner_org: CODE, minister: CODE }, as written by npm run import' },
);
