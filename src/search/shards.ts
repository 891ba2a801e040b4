/**
 * How the search index is split: each language's document pages by date, in
 * shards of consecutive half-years (the Question Period's sittings run January
 * to June and September to December) of at most MAX_SHARD_PAGES pages; a
 * half-year with more pages than that is split into date-ordered parts of its
 * own. No index holds more than MAX_SHARD_PAGES pages, so what one indexing
 * process holds in memory, and what a search downloads from one index, stay
 * bounded however large the corpus grows. Half-years are grouped from the
 * oldest, so that new notes, which are the newest, change only the newest
 * shard: the others keep their pages, and a rebuild their index.
 *
 * The build plans the shards (src/build/search-index.ts) and publishes their
 * list, newest first, in pagefind/shards.json; the browser reads it
 * (src/scripts/search/engine.ts). Plain data, no DOM, no file system.
 */

/** The most pages one index holds. */
export const MAX_SHARD_PAGES = 2_500;

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
  /** Stable name: `en-ca-2024-h2`, `en-ca-2023-h1-2024-h2` for several half-years, `en-ca-2024-h2-p2` for the second part of one. */
  name: string;
  language: string;
  /** 1-based, newest first, when one half-year is split; `parts` is how many it has (1 when it is not). */
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

/** A shard of whole half-years, or of part of one, with its pages newest first. */
function shardOf(language: string, periods: string[], pages: IndexedPage[], part = 1, parts = 1): PlannedShard {
  const span = periods.length === 1 ? periods[0] : `${periods.at(-1)}-${periods[0]}`;
  return {
    name: `${language.toLowerCase()}-${span}${parts > 1 ? `-p${part}` : ''}`,
    language,
    part,
    parts,
    from: pages.at(-1)!.date,
    to: pages[0]!.date,
    files: pages.map((page) => page.file),
  };
}

/** One language's shards, newest first, from its pages grouped by period, oldest period first. */
function languageShards(language: string, periods: [string, IndexedPage[]][], maxPages: number): PlannedShard[] {
  const shards: PlannedShard[] = [];
  let group: [string, IndexedPage[]][] = [];
  const close = () => {
    if (group.length === 0) return;
    // Newest first within the shard, as across shards.
    shards.push(shardOf(language, group.map(([period]) => period).reverse(), group.flatMap(([, pages]) => pages).sort(newestFirst)));
    group = [];
  };
  for (const [period, pages] of periods) {
    if (pages.length > maxPages) {
      close();
      const parts = Math.ceil(pages.length / maxPages);
      const size = Math.ceil(pages.length / parts);
      const newest = [...pages].sort(newestFirst);
      // Oldest part first here, as the shards are pushed; the list is reversed at the end.
      for (let part = parts; part >= 1; part -= 1) shards.push(shardOf(language, [period], newest.slice((part - 1) * size, part * size), part, parts));
      continue;
    }
    if (group.reduce((sum, [, held]) => sum + held.length, 0) + pages.length > maxPages) close();
    group.push([period, pages]);
  }
  close();
  return shards.reverse();
}

/**
 * The shards of a set of pages: for each language, consecutive half-years
 * grouped from the oldest while they fit in `maxPages` (with `byPeriod`
 * false, all dates as one period), a half-year larger than that in as few
 * near-equal parts as fit, contiguous in date. Languages in code order, each
 * newest shard first.
 */
export function planShards(pages: readonly IndexedPage[], maxPages = MAX_SHARD_PAGES, byPeriod = true): PlannedShard[] {
  const byLanguage = new Map<string, Map<string, IndexedPage[]>>();
  for (const page of pages) {
    const periods = byLanguage.get(page.language) ?? new Map<string, IndexedPage[]>();
    byLanguage.set(page.language, periods);
    const period = byPeriod ? periodOf(page.date) : WHOLE_PERIOD;
    const held = periods.get(period);
    if (held) held.push(page);
    else periods.set(period, [page]);
  }
  return [...byLanguage]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([language, periods]) =>
      languageShards(
        language,
        [...periods].sort(([a], [b]) => a.localeCompare(b)),
        maxPages,
      ),
    );
}

/**
 * How many of a language's newest shards (newest first) a first search loads:
 * the newest, and older ones until they hold a quarter of MAX_SHARD_PAGES, so
 * that a half-year just begun does not leave a first search with a handful of
 * pages, and a first search never loads more than 1.25 × MAX_SHARD_PAGES
 * pages. Each shard loaded costs its own index chunks, so fewer is better.
 */
export function firstSearchShards(shards: readonly { pages: number }[], maxPages = MAX_SHARD_PAGES): number {
  let pages = 0;
  let count = 0;
  for (const shard of shards) {
    if (count > 0 && pages >= maxPages / 4) break;
    pages += shard.pages;
    count += 1;
  }
  return count;
}
