/**
 * How the search index is split: each language's document pages, by half-year
 * of their date (the Question Period's sittings run January to June and
 * September to December), and a half-year with more than MAX_SHARD_PAGES
 * pages in date-ordered parts of at most that many. No index holds more than
 * MAX_SHARD_PAGES pages, so what one indexing process holds in memory, and
 * what a search downloads from one index, stay bounded however large the
 * corpus grows; and a new note changes only the index of its own half-year.
 *
 * The build plans the shards (src/build/search-index.ts) and publishes their
 * list, newest first, in pagefind/shards.json; the browser reads it
 * (src/scripts/search/engine.ts). Plain data, no DOM, no file system.
 */

/** The most pages one index holds. */
export const MAX_SHARD_PAGES = 2_000;

/** Where the list of shards is published, below the site's base path. */
export const SHARDS_MANIFEST = 'pagefind/shards.json';

/** A document page to index: its file, relative to the site, its language (the page's `lang`) and its date, YYYY-MM-DD. */
export interface IndexedPage {
  file: string;
  language: string;
  date: string;
}

/** One shard as the build plans it. */
export interface PlannedShard {
  /** Stable name, e.g. `en-ca-2024-h2`, or `en-ca-2024-h2-p2` for the second part of a half-year. */
  name: string;
  language: string;
  /** The half-year, e.g. `2024-h2`. */
  period: string;
  /** 1-based, newest first; `parts` is how many the half-year has. */
  part: number;
  parts: number;
  /** The dates of its oldest and newest pages. */
  from: string;
  to: string;
  /** Its pages' files, newest first. */
  files: string[];
}

/** One shard as the browser sees it. */
export interface PublishedShard {
  /** Its folder, relative to pagefind/, e.g. `shards/en-ca-2024-h2-3f9a…/`. */
  path: string;
  period: string;
  part: number;
  parts: number;
  from: string;
  to: string;
  pages: number;
}

export interface ShardsManifest {
  /** Each language's shards, newest first. */
  languages: Record<string, PublishedShard[]>;
  /** How many of each language's newest shards a first search loads. */
  first: Record<string, number>;
}

/** The half-year of a date: `2024-h1` for January to June, `2024-h2` for July to December. */
export function periodOf(date: string): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match) throw new Error(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return `${match[1]}-h${Number(match[2]) <= 6 ? 1 : 2}`;
}

const newestFirst = (a: IndexedPage, b: IndexedPage) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file);

/** Every date's period when the index is not split by date: one index per language, for comparing with the shards. */
export const WHOLE_PERIOD = 'all';

/**
 * The shards of a set of pages: for each language, newest half-year first
 * (or, with `byPeriod` false, all dates as one period), each period in as few
 * parts as keep every part within `maxPages`, the parts as equal as can be and
 * contiguous in date.
 */
export function planShards(pages: readonly IndexedPage[], maxPages = MAX_SHARD_PAGES, byPeriod = true): PlannedShard[] {
  const groups = new Map<string, IndexedPage[]>();
  for (const page of [...pages].sort((a, b) => a.language.localeCompare(b.language) || newestFirst(a, b))) {
    const key = `${page.language}\u0000${byPeriod ? periodOf(page.date) : WHOLE_PERIOD}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const shards: PlannedShard[] = [];
  for (const [key, group] of groups) {
    const [language = '', period = ''] = key.split('\u0000');
    const parts = Math.ceil(group.length / maxPages);
    const size = Math.ceil(group.length / parts);
    for (let part = 1; part <= parts; part += 1) {
      const slice = group.slice((part - 1) * size, part * size);
      shards.push({
        name: `${language.toLowerCase()}-${period}${parts > 1 ? `-p${part}` : ''}`,
        language,
        period,
        part,
        parts,
        from: slice.at(-1)!.date,
        to: slice[0]!.date,
        files: slice.map((page) => page.file),
      });
    }
  }
  return shards;
}

/**
 * How many of a language's newest shards (newest first) a first search loads:
 * the newest, and older ones until they hold half of MAX_SHARD_PAGES, so that
 * a half-year just begun does not leave a first search with a handful of
 * pages, and a first search never loads more than 1.5 × MAX_SHARD_PAGES pages.
 */
export function firstSearchShards(shards: readonly { pages: number }[], maxPages = MAX_SHARD_PAGES): number {
  let pages = 0;
  let count = 0;
  for (const shard of shards) {
    if (count > 0 && pages >= maxPages / 2) break;
    pages += shard.pages;
    count += 1;
  }
  return count;
}
