import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../schemas/fields.ts';
import { ministerChoicesFile } from '../schemas/minister.ts';
import { DATA_FILES } from '../consts.ts';

/** Where the open data set's minister choices are kept (see its README). */
export const MINISTER_CHOICES_DIR = DATA_FILES.ministerChoices;

interface Term {
  name: Record<Language, string>;
  /** YYYY-MM-DD; "" for an open start or end. */
  start: string;
  end: string;
}

/** What one code of the `minister` column stands for. */
export interface MinisterChoice {
  code: string;
  title: Record<Language, string>;
  /** A name-keyed code names its minister whatever the date. */
  name?: Record<Language, string>;
  /** An office code names whoever held the office on the note's date. */
  terms: Term[];
  /** The file it comes from, for messages. */
  file: string;
}

/** What a note says about its minister: the title, and the name where the code gives one without guessing. */
export interface MinisterOnNote {
  title: string;
  name?: string;
}

/**
 * Reads every choices file in a folder. A code that two files define
 * differently stops the import, naming both: which title it has would be a
 * guess.
 */
export function readMinisterChoices(dir: string = MINISTER_CHOICES_DIR): Map<string, MinisterChoice> {
  const choices = new Map<string, MinisterChoice>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    const parsed = ministerChoicesFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file} → ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
    for (const [code, entry] of Object.entries(parsed.data)) {
      const choice: MinisterChoice =
        'ministers' in entry
          ? {
              code,
              file,
              title: { 'en-CA': entry.en, 'fr-CA': entry.fr },
              terms: entry.ministers.map((m) => ({
                name: { 'en-CA': m.name_en, 'fr-CA': m.name_fr },
                start: m.start_date.slice(0, 10),
                end: m.end_date.slice(0, 10),
              })),
            }
          : { code, file, title: { 'en-CA': entry.title_en, 'fr-CA': entry.title_fr }, name: { 'en-CA': code, 'fr-CA': code }, terms: [] };
      const earlier = choices.get(code);
      if (earlier && JSON.stringify({ ...earlier, file: '' }) !== JSON.stringify({ ...choice, file: '' })) {
        throw new Error(`${file} → ${code}: defined differently in ${earlier.file}; keep one definition of each code`);
      }
      choices.set(code, choice);
    }
  }
  return choices;
}

/**
 * The minister a note was written for, in one language. An office code gives
 * a name only when exactly one holder's term covers the note's date: on the
 * day one minister left and the next arrived, or outside every term, the
 * note shows the title alone.
 */
export function ministerOnNote(choice: MinisterChoice, date: string, lang: Language): MinisterOnNote {
  const title = choice.title[lang];
  if (choice.name) return { title, name: choice.name[lang] };
  const holders = choice.terms.filter((term) => (!term.start || term.start <= date) && (!term.end || date <= term.end));
  return holders.length === 1 ? { title, name: holders[0]!.name[lang] } : { title };
}
