import { QP_NOTE_COLUMNS } from '../../src/import/csv-rows.ts';
/**
 * Deterministic synthetic Question Period notes in the open data CSV format,
 * for the scale benchmark: lengths and structure like real notes (a question,
 * three to six response bullets, several background paragraphs, sometimes
 * subheadings and additional information, French beside English), made of
 * generated words. No real name or text appears; the same N always gives the
 * same file.
 */

/** mulberry32: a small seeded generator, so that every run sees the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_SYLLABLES = [
  'ar',
  'bel',
  'cor',
  'dun',
  'est',
  'fal',
  'gor',
  'hin',
  'ion',
  'jor',
  'kel',
  'lin',
  'mar',
  'nor',
  'ost',
  'pra',
  'quel',
  'ran',
  'sel',
  'tor',
  'ul',
  'ven',
  'wil',
  'yar',
  'zen',
];
const FR_SYLLABLES = ['é', 'bré', 'cé', 'dè', 'fran', 'geô', 'hé', 'lè', 'mé', 'naî', 'ou', 'pè', 'ré', 'sé', 'tè', 'vé', 'ça', 'don', 'lan', 'mon'];
const FUNCTION_WORDS_EN = ['the', 'of', 'and', 'to', 'in', 'for', 'with', 'on', 'by', 'is', 'are', 'will'];
const FUNCTION_WORDS_FR = ['le', 'la', 'les', 'de', 'des', 'et', 'à', 'pour', 'dans', 'sur', 'est', 'sont'];

class Words {
  readonly #vocabulary: string[];
  readonly #functionWords: string[];
  readonly #next: () => number;

  constructor(syllables: readonly string[], functionWords: string[], size: number, next: () => number) {
    this.#next = next;
    this.#functionWords = functionWords;
    const words = new Set<string>();
    while (words.size < size) {
      const parts = 2 + Math.floor(next() * 3);
      words.add(Array.from({ length: parts }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
    }
    this.#vocabulary = [...words];
  }

  /** The word of this frequency rank (0 is the most common content word). */
  ranked(rank: number): string {
    return this.#vocabulary[rank]!;
  }

  /** Zipf-like: a few words are common, most are rare, as in real text. */
  word(): string {
    if (this.#next() < 0.35) return this.#functionWords[Math.floor(this.#next() * this.#functionWords.length)]!;
    return this.#vocabulary[Math.floor(this.#vocabulary.length * this.#next() ** 2.5)]!;
  }

  sentence(min: number, max: number): string {
    const length = min + Math.floor(this.#next() * (max - min + 1));
    const words = Array.from({ length }, () => this.word());
    if (this.#next() < 0.3) words.splice(1 + Math.floor(this.#next() * (length - 1)), 0, String(2 + Math.floor(this.#next() * 900)));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence(8, 24)).join(' ');
  }
}

/** The data set's columns, in its order. */
export const SYNTHETIC_COLUMNS = QP_NOTE_COLUMNS;

type Row = Record<(typeof SYNTHETIC_COLUMNS)[number], string>;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Minister codes the synthetic rows use: real codes of the data set's choices list, of both shapes. */
const MINISTER_CODES = [
  'PM',
  'MT',
  'MECC',
  'MF',
  'MJ',
  'MPSEP',
  'Marc Garneau',
  'Jonathan Wilkinson',
  'Bill Blair',
  'Stephen Harper',
  'David Lametti',
  'Patty Hajdu',
];

const ORGANIZATIONS = Array.from({ length: 24 }, (_, i) => ({ code: `syn-${i + 1}`, title: `Synthetic Department ${i + 1} | Ministère synthétique ${i + 1}` }));

function note(index: number, en: Words, fr: Words, next: () => number): Row {
  const org = ORGANIZATIONS[Math.floor(next() * ORGANIZATIONS.length)]!;
  const year = 2015 + Math.floor(next() * 11);
  const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const bullets = 3 + Math.floor(next() * 4);
  const paragraphs = 3 + Math.floor(next() * 5);
  const subheading = next() < 0.4;
  const additional = next();
  const text = (words: Words, label: string) => ({
    title: words.sentence(6, 14).slice(0, -1),
    question: words.sentence(15, 35).replace(/\.$/, '?'),
    response: Array.from({ length: bullets }, () => `* ${words.paragraph(2)}`).join('\n\n'),
    background: [
      ...Array.from({ length: paragraphs }, () => words.paragraph(4 + Math.floor(next() * 4))),
      ...(subheading ? [`**${label} ${words.word()}**`, words.paragraph(5)] : []),
    ].join('\n\n'),
    additional: additional < 0.5 ? '' : additional < 0.7 ? (label === 'Background' ? 'None' : 'Aucun') : words.paragraph(3),
  });
  const english = text(en, 'Background');
  const french = text(fr, 'Contexte');
  return {
    reference_number: `SYN-${year}-QP-${String(index + 1).padStart(5, '0')}`,
    title_en: english.title,
    title_fr: french.title,
    minister: MINISTER_CODES[Math.floor(next() * MINISTER_CODES.length)]!,
    question_en: english.question,
    question_fr: french.question,
    date_received: date,
    response_en: english.response,
    response_fr: french.response,
    background_en: english.background,
    background_fr: french.background,
    additional_information_en: english.additional,
    additional_information_fr: french.additional,
    owner_org: org.code,
    owner_org_title: org.title,
  };
}

function vocabularies(seed: number) {
  const next = random(seed);
  const en = new Words(EN_SYLLABLES, FUNCTION_WORDS_EN, 6000, next);
  const fr = new Words(FR_SYLLABLES, FUNCTION_WORDS_FR, 6000, next);
  return { next, en, fr };
}

/**
 * English words of the synthetic notes to search for, by how common they are:
 * a typical term (in about one note in ten), a rarer one for the later search,
 * and the most common word of all, in nearly every note: the worst case.
 */
export function syntheticQueries(seed = 20231212): { typical: string; later: string; commonest: string } {
  const { en } = vocabularies(seed);
  return { typical: en.ranked(100), later: en.ranked(300), commonest: en.ranked(0) };
}

/** N notes as the data set's CSV, with a byte-order mark and CRLF line ends, as the portal serves it. */
export function syntheticNotesCsv(count: number, seed = 20231212): string {
  const { next, en, fr } = vocabularies(seed);
  const lines = [SYNTHETIC_COLUMNS.join(',')];
  for (let i = 0; i < count; i += 1) {
    const row = note(i, en, fr, next);
    lines.push(SYNTHETIC_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * One more note, dated after every synthetic one (theirs end in 2025), as the
 * next note published would be, in the same CSV form: for measuring and
 * testing a rebuild after one new note.
 */
export function nextNoteCsv(seed = 20231212): string {
  const { next, en, fr } = vocabularies(seed + 1);
  const row: Row = { ...note(0, en, fr, next), reference_number: 'SYN-2026-QP-NEXT', date_received: '2026-01-15' };
  return `\uFEFF${SYNTHETIC_COLUMNS.join(',')}\r\n${SYNTHETIC_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
}
