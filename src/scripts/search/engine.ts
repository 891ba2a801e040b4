import { bestSubResults, type SubResult } from '../../search/sub-results.ts';
import { SHARDS_MANIFEST, type PublishedShard, type ShardsManifest } from '../../search/shards.ts';
import { FILTER_KEYS, HIGHLIGHT_PARAM, pagefindFilters, pagefindSort, type FilterKey, type SearchState } from '../../search/search-state.ts';

/**
 * Pagefind's browser bundle and the list of index shards (src/search/shards.ts), loaded only when a reader starts
 * to search. They live under the site's base path, which the build writes in for `import.meta.env.BASE_URL`
 * (src/integrations/on-demand-modules.ts).
 */
const PAGEFIND_DIR = `${import.meta.env.BASE_URL}pagefind/`;
const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;
const MANIFEST_URL = `${import.meta.env.BASE_URL}${SHARDS_MANIFEST}`;

/** The synthetic filter each shard's pages carry (Pagefind's mergeFilter), so that a search can be run on one shard. */
const SHARD_FILTER = 'shard';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface ResultView {
  /** Where the result leads: its best passage when it has one, else the page. */
  url: string;
  title: string;
  type: string;
  date: string;
  source: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around matches; render with renderExcerpt(). */
  excerpt: string;
  passages: SubResult[];
}

export interface SearchOutcome {
  total: number;
  /** How many results each filter value would give, for the filter controls. */
  filterCounts: Record<FilterKey, Record<string, number>>;
  /** The periods it covered. */
  periods: SearchedPeriods;
  /** Loads the views of results [from, to), so a long list costs only what is shown. */
  load(from: number, to: number): Promise<ResultView[]>;
}

/** Which shards of the page's language a search covers: the newest `loaded` of `all` (newest first). */
export interface SearchedPeriods {
  all: readonly PublishedShard[];
  loaded: number;
}

interface Engine {
  pagefind: Pagefind;
  periods: SearchedPeriods;
}

let engine: Promise<Engine> | undefined;

/** What every shard's Pagefind instance is given: its own folder, and the filter that names it. */
function shardOptions(shard: PublishedShard): Record<string, unknown> {
  return {
    // Pagefind records pages by their path in dist/; the base path puts them where the site is served.
    baseUrl: import.meta.env.BASE_URL,
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: 26,
    mergeFilter: { [SHARD_FILTER]: shard.path },
    // A shard's folder is named by its content, so its entry file may be cached with it.
    metaCacheTag: shard.path,
  };
}

async function start(): Promise<Engine> {
  const [module, response] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, fetch(MANIFEST_URL)]);
  if (!response.ok) throw new Error(`${MANIFEST_URL}: ${response.status}`);
  const manifest = (await response.json()) as ShardsManifest;
  const language = document.documentElement.lang;
  const all = manifest.languages[language] ?? [];
  const [newest] = all;
  if (!newest) throw new Error(`the search index has no ${language} pages`);
  await module.options({ ...shardOptions(newest), basePath: `${PAGEFIND_DIR}${newest.path}` });
  await module.init();
  const periods = { all, loaded: 1 };
  await mergeShards(module, periods, manifest.first[language] ?? 1);
  return { pagefind: module, periods };
}

/** Adds the next shards, up to the newest `count`, to the search. */
async function mergeShards(pagefind: Pagefind, periods: SearchedPeriods, count: number): Promise<void> {
  const next = periods.all.slice(periods.loaded, count);
  await Promise.all(next.map((shard) => pagefind.mergeIndex(`${PAGEFIND_DIR}${shard.path}`, shardOptions(shard))));
  periods.loaded = Math.max(periods.loaded, Math.min(count, periods.all.length));
}

/** Loads Pagefind once, on first use, with the newest shards of the page's language. */
function loadEngine(): Promise<Engine> {
  engine ??= start();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Starts loading search, so that the first search need not wait for it. */
export function loadPagefind(): Promise<unknown> {
  return loadEngine();
}

let merging: Promise<void> | undefined;

/** Makes searches cover every period, from the newest to the oldest note. */
async function searchAllPeriods(): Promise<void> {
  const { pagefind, periods } = await loadEngine();
  merging ??= mergeShards(pagefind, periods, periods.all.length).finally(() => {
    merging = undefined;
  });
  await merging;
}

function toView(data: PagefindResultData, passagesPerResult: number): ResultView {
  const passages = bestSubResults(data.sub_results, passagesPerResult);
  const best = passages.find((passage) => passage.url.includes('#'));
  return {
    url: best?.url ?? data.url,
    title: data.meta['title'] ?? data.url,
    type: data.meta['type'] ?? '',
    date: data.meta['date'] ?? '',
    source: data.meta['source'] ?? '',
    excerpt: data.excerpt,
    passages,
  };
}

function countsByKey(counts: PagefindSearch['filters']): SearchOutcome['filterCounts'] {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, counts[key] ?? {}])) as SearchOutcome['filterCounts'];
}

let loading: Promise<unknown> = Promise.resolve();

/**
 * Runs result loads one after another. Pagefind keeps one object per page and
 * rewrites its URL, excerpt and passages for each search that loads it, so two
 * searches loading one page at once (a reader typing on while the last
 * keystroke's results load) could each read the other's: a result for "IMVE"
 * linking to a passage, and highlighting the words, of the query "i".
 */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = loading.then(work);
  loading = run.catch(() => undefined);
  return run;
}

/** The filter indexes loaded, and for how many shards: a shard merged since has its own to load. */
let filtersLoaded: { shards: number; done: Promise<unknown> } | undefined;

/**
 * The results of a date-ordered search. Pagefind orders the results of
 * several indexes by relevance, whatever the sort; shards hold disjoint
 * periods, so each shard is searched on its own, in date order, and the lists
 * put one after the other, newest or oldest period first.
 */
async function inDateOrder(
  pagefind: Pagefind,
  shards: readonly PublishedShard[],
  query: string | null,
  filters: Record<string, { any: string[] }>,
  sort: Record<string, 'asc' | 'desc'>,
): Promise<PagefindSearch['results']> {
  const ordered = Object.values(sort)[0] === 'asc' ? shards.toReversed() : shards;
  const searches = await Promise.all(ordered.map((shard) => pagefind.search(query, { filters: { ...filters, [SHARD_FILTER]: { any: [shard.path] } }, sort })));
  return searches.flatMap((one) => one.results);
}

/** The words of a query the shards are checked for: plain words only, as a phrase in quotes is matched exactly in every shard alike. */
function checkedWords(query: string): string[] {
  if (query.includes('"')) return [];
  return query.split(' ').filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
}

/**
 * Which loaded shards can hold results for these words. Pagefind answers a
 * word it cannot find with the longest prefix of it that it can ("onus" finds
 * "on"): one index over every period falls back only for a word no document
 * has, but a shard falls back for any word its own documents lack. So a shard
 * without a word that another loaded shard has exactly is left out, as one
 * index would find none of its documents; `missing` are the words no loaded
 * shard has exactly. One search a word tells every shard's count, by the
 * filter that names each shard, which Pagefind counts without loading any
 * filter index: a search on each shard alone would run every shard's search
 * each time, shards × shards in all.
 */
async function shardsWithWords(
  pagefind: Pagefind,
  shards: readonly PublishedShard[],
  words: readonly string[],
): Promise<{ holding: PublishedShard[]; missing: string[] }> {
  const left = new Set<PublishedShard>();
  const missing: string[] = [];
  for (const word of words) {
    const counts = (await pagefind.search(`"${word}"`)).filters[SHARD_FILTER] ?? {};
    const found = shards.map((shard) => (counts[shard.path] ?? 0) > 0);
    if (!found.includes(true)) missing.push(word);
    else shards.forEach((shard, i) => found[i] || left.add(shard));
  }
  return { holding: shards.filter((shard) => !left.has(shard)), missing };
}

export interface SearchOptions {
  /** Passages shown under each result. */
  passagesPerResult?: number;
  /** Load the filter index first, without which Pagefind gives no filter counts; the header's results show none, so they do not download it, which at thousands of notes is most of a search. */
  withCounts?: boolean;
  /** The last word is whole (the reader asked), not one being typed, which would find longer words as they are typed. */
  complete?: boolean;
}

/**
 * Runs a search over the periods loaded so far (`periods` of its outcome), or
 * every period with `state.allPeriods`. A finished word that no loaded period
 * has exactly, or finished words with no result there, make the search cover
 * every period, as older documents may have them.
 */
export async function search(state: SearchState, options: SearchOptions = {}): Promise<SearchOutcome> {
  const { passagesPerResult = 3, withCounts = true, complete = true } = options;
  const loaded = await loadEngine();
  if (state.allPeriods) await searchAllPeriods();
  const engine = loaded.pagefind;
  const words = checkedWords(state.query);
  const shardsLoaded = () => loaded.periods.all.slice(0, loaded.periods.loaded);
  const allLoaded = () => loaded.periods.loaded === loaded.periods.all.length;
  // With one shard, and no other to load, no shard can be left out and none added.
  let check = shardsLoaded().length === 1 && allLoaded() ? { holding: shardsLoaded(), missing: [] } : await shardsWithWords(engine, shardsLoaded(), words);
  const lastWord = state.query.split(' ').at(-1);
  if (check.missing.some((word) => complete || word !== lastWord) && !allLoaded()) {
    await searchAllPeriods();
    check = await shardsWithWords(engine, shardsLoaded(), words);
  }
  const periods = { all: loaded.periods.all, loaded: loaded.periods.loaded };
  if (check.holding.length === 0) return { total: 0, filterCounts: countsByKey({}), periods, load: async () => [] };
  if (withCounts) {
    if (filtersLoaded?.shards !== loaded.periods.loaded) {
      const done = engine.filters().catch((error: unknown) => {
        filtersLoaded = undefined;
        throw error;
      });
      filtersLoaded = { shards: loaded.periods.loaded, done };
    }
    await filtersLoaded.done;
  }
  const query = state.query || null;
  const filters = {
    ...pagefindFilters(state.filters),
    ...(check.holding.length < periods.loaded && { [SHARD_FILTER]: { any: check.holding.map((shard) => shard.path) } }),
  };
  const sort = pagefindSort(state.sort);
  const result = await engine.search(query, { filters });
  // Nothing in the newest periods, for words the reader finished: the older ones may have it.
  if (complete && state.query && result.results.length === 0 && !allLoaded()) {
    await searchAllPeriods();
    return search(state, options);
  }
  const results = sort ? await inDateOrder(engine, check.holding, query, filters, sort) : result.results;
  // Filter counts for the current words: how many results ticking each value would give.
  const counts = state.query ? result.filters : await engine.filters();
  return {
    total: results.length,
    filterCounts: countsByKey(counts),
    periods,
    load: (from, to) => oneAtATime(async () => (await Promise.all(results.slice(from, to).map((r) => r.data()))).map((d) => toView(d, passagesPerResult))),
  };
}
