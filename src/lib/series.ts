/**
 * Notes on the same issue, re-issued package after package, form a series:
 * the same publishing organization and the same title once normalized, or a
 * note that says which note it follows (`follows`). Series are found by
 * grouping on a key and joining the `follows` links, so the work grows with
 * the number of notes, never with their pairs.
 */

/** What a note contributes to finding its series. */
export interface SeriesCandidate {
  /** Unique within its language, e.g. the note's id. */
  id: string;
  /** The note's reference number, which `follows` names. */
  referenceNumber: string;
  organization: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Reference number of the note this one follows, where a note says so. */
  follows?: string | undefined;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
].join('|');
const SEASONS = 'spring|summer|fall|autumn|winter|printemps|ete|automne|hiver';

/**
 * A date or period label ending a title, after the title's punctuation is
 * gone: "2024-06-10", "June 2024", "June 10, 2024", "10 juin 2024", "Fall
 * 2024", "Q2 2024", "2023-24", or a bare year. A title that is only such a
 * label keeps it.
 */
const TRAILING_LABEL = new RegExp(
  [
    String.raw`\d{4} \d{2} \d{2}`,
    String.raw`(?:\d{1,2}(?:er)? )?(?:${MONTHS})(?: \d{1,2})? \d{4}`,
    String.raw`(?:${SEASONS}) \d{4}`,
    String.raw`q[1-4] \d{4}`,
    String.raw`\d{4}(?: \d{2}(?:\d{2})?)?`,
  ]
    .map((label) => `(?: (?:${label}))`)
    .join('|') + '$',
);

/**
 * A title as a series compares it: case, accents, spacing, punctuation and
 * dashes ignored, and a trailing date or period label dropped. Letters and
 * digits are kept in order, so titles that differ in any word differ.
 */
export function normalizedTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('en-CA')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const withoutLabel = ` ${words}`.replace(TRAILING_LABEL, '').trim();
  return withoutLabel || words;
}

/** The key two notes of one series share. */
export function seriesKey(note: Pick<SeriesCandidate, 'organization' | 'title'>): string {
  const organization = note.organization.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-CA');
  return `${organization}\u0000${normalizedTitle(note.title)}`;
}

/**
 * Every series of two or more notes, each oldest first (by date, then
 * reference number), keyed by each member's id. A `follows` that names no
 * note of the list is reported by the content checks, not here.
 */
export function findSeries(notes: readonly SeriesCandidate[]): Map<string, SeriesCandidate[]> {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top)!;
    // Path halving keeps later look-ups short.
    for (let at = id; at !== top;) {
      const next = parent.get(at)!;
      parent.set(at, top);
      at = next;
    }
    return top;
  };
  const join = (a: string, b: string) => parent.set(root(a), root(b));

  const firstWithKey = new Map<string, string>();
  const idOfReference = new Map<string, string>();
  for (const note of notes) {
    parent.set(note.id, note.id);
    idOfReference.set(note.referenceNumber, note.id);
  }
  for (const note of notes) {
    const key = seriesKey(note);
    const first = firstWithKey.get(key);
    if (first) join(note.id, first);
    else firstWithKey.set(key, note.id);
    const followed = note.follows && idOfReference.get(note.follows);
    if (followed) join(note.id, followed);
  }

  const groups = new Map<string, SeriesCandidate[]>();
  for (const note of notes) {
    const top = root(note.id);
    const members = groups.get(top);
    if (members) members.push(note);
    else groups.set(top, [note]);
  }
  const series = new Map<string, SeriesCandidate[]>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort((a, b) => a.date.localeCompare(b.date) || a.referenceNumber.localeCompare(b.referenceNumber));
    for (const member of members) series.set(member.id, members);
  }
  return series;
}

/** The positions [start, end) of at most `shown` items of a list of `length`, centred on `index` where the ends allow. */
export function windowAround(length: number, index: number, shown: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(index - Math.floor(shown / 2), length - shown));
  return { start, end: Math.min(length, start + shown) };
}
