import { z } from 'astro/zod';
import { codePoint, forbiddenCharacters, hasVisibleCharacter } from '../lib/characters.ts';
import { urlSlug } from '../lib/slug.ts';

/**
 * Field builders shared by every document type. Each message tells the author
 * what the field expects, so a build error reads as an instruction.
 */

/** Non-empty single-line text with something visible in it; `example` is shown when the field is missing. */
export function text(example: string) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `is required: expected text, e.g. ${example}` : `expected text, e.g. ${example}`),
    })
    .trim()
    .min(1, { error: `must not be empty: expected text, e.g. ${example}`, abort: true })
    .refine((value) => !/[\r\n]/.test(value), { error: 'expected a single line of text', abort: true })
    .superRefine((value, context) => {
      const problem = forbiddenCharacters(value, { multiline: false });
      if (problem) context.addIssue({ code: 'custom', message: problem, input: value, continue: false });
      else if (!hasVisibleCharacter(value))
        context.addIssue({ code: 'custom', message: `has no visible characters: expected text, e.g. ${example}`, input: value, continue: false });
    });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether year, month and day name a day of the proleptic Gregorian calendar; years 1 to 9999. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The latest date a document can carry: tomorrow in UTC, which is today somewhere in the world. */
export function latestDate(now = new Date()): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A calendar date written YYYY-MM-DD, kept as that string so that no time zone
 * can shift it. It is checked as written: front matter is read without YAML
 * timestamps (src/lib/front-matter.ts), so 2023-02-30 is refused rather than
 * rolled over to March 2. Years run from 0001; a date after today is refused,
 * since no document is received or published in the future.
 */
export function isoDate(example: string) {
  const expected = `expected a date as YYYY-MM-DD, e.g. ${example}`;
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required: ${expected}` : `${expected}; got ${JSON.stringify(issue.input)}`) })
    .superRefine((value, context) => {
      const match = ISO_DATE.exec(value);
      const fail = (message: string) => context.addIssue({ code: 'custom', message, input: value });
      if (!match) return fail(`${expected}; got ${JSON.stringify(value)}`);
      const [, year, month, day] = match.map(Number) as [number, number, number, number];
      if (!isCalendarDay(year, month, day)) return fail(`${JSON.stringify(value)} is not a day of the calendar: ${expected}`);
      const latest = latestDate();
      if (value > latest) return fail(`${JSON.stringify(value)} is in the future: expected a date no later than ${latest}`);
      return undefined;
    });
}

/** File names Windows reserves whatever their extension: a note named after one could not be checked out there. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A note's reference number, e.g. PS-2023-QP-1--MPS-003. It names the note's
 * file and URL, so it is held to what every file system and reader can tell
 * apart: printable ASCII (no lookalike letters from other scripts, no
 * invisible characters) and no comma, which the open data set forbids.
 */
export const referenceNumber = text('PS-2023-QP-1--MPS-003').superRefine((value, context) => {
  const fail = (message: string) => context.addIssue({ code: 'custom', message, input: value });
  const foreign = /[^\x20-\x7E]/u.exec(value)?.[0];
  if (foreign)
    return fail(`contains ${JSON.stringify(foreign)} (${codePoint(foreign)}): expected ASCII letters, digits and punctuation only, e.g. PS-2023-QP-1--MPS-003`);
  if (value.includes(',')) return fail('must not contain a comma (the open data set forbids it)');
  const slug = urlSlug(value);
  if (!slug) return fail('expected letters or digits, e.g. PS-2023-QP-1--MPS-003');
  if (RESERVED_NAMES.test(slug))
    return fail(`gives the file name ${slug}.md, a name Windows reserves: expected a reference number such as PS-2023-QP-1--MPS-003`);
  return undefined;
});

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
