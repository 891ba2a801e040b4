import type { Language } from '../schemas/fields.ts';

const FORMATS: Record<Language, Intl.DateTimeFormat> = {
  'en-CA': new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  'fr-CA': new Intl.DateTimeFormat('fr-CA', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

/**
 * "2023-12-12" → "Dec 12, 2023", the style of the Government of Canada's
 * Question Period note pages; in French, "12 déc. 2023", with the first of
 * the month written "1er", as French typography has it and Intl does not.
 * The date is a calendar day, so it is formatted in UTC, where no time zone
 * can move it to the day before.
 */
export function formatIsoDate(isoDate: string, lang: Language = 'en-CA'): string {
  const key = `${lang} ${isoDate}`;
  let formatted = FORMATTED.get(key);
  if (formatted === undefined) {
    formatted = format(isoDate, lang);
    FORMATTED.set(key, formatted);
  }
  return formatted;
}

/** Dates as formatted so far: a build formats the same few thousand days hundreds of thousands of times, on every listing, card and pager. */
const FORMATTED = new Map<string, string>();

function format(isoDate: string, lang: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return FORMATS[lang]
    .formatToParts(date)
    .map(({ type, value }) => (lang === 'fr-CA' && type === 'day' && value === '1' ? '1er' : value))
    .join('');
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
