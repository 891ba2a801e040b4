import { bestSubResults, type SubResult } from '../../search/sub-results.ts';
import { FILTER_KEYS, HIGHLIGHT_PARAM, pagefindFilters, pagefindSort, type FilterKey, type SearchState } from '../../search/search-state.ts';

/**
 * Pagefind's browser bundle, loaded only when a reader starts to search. It lives under the site's base path,
 * which the build writes in for `import.meta.env.BASE_URL` (src/integrations/on-demand-modules.ts).
 */
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

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
  /** Loads the views of results [from, to), so a long list costs only what is shown. */
  load(from: number, to: number): Promise<ResultView[]>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first use. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    // Pagefind records pages by their path in dist/; the base path puts them where the site is served.
    await module.options({ baseUrl: import.meta.env.BASE_URL, highlightParam: HIGHLIGHT_PARAM, excerptLength: 26 });
    await module.init();
    return module;
  });
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
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

let filtersLoaded: Promise<unknown> | undefined;

/**
 * Runs a search. With `withCounts`, the filter index is loaded first, without
 * which Pagefind gives no filter counts; the header's results show none, so
 * they do not download it, which at thousands of notes is most of a search.
 */
export async function search(state: SearchState, passagesPerResult = 3, withCounts = true): Promise<SearchOutcome> {
  const engine = await loadPagefind();
  if (withCounts) {
    filtersLoaded ??= engine.filters().catch((error: unknown) => {
      filtersLoaded = undefined;
      throw error;
    });
    await filtersLoaded;
  }
  const sort = pagefindSort(state.sort);
  const result = await engine.search(state.query || null, {
    filters: pagefindFilters(state.filters),
    ...(sort && { sort }),
  });
  // Filter counts for the current words: how many results ticking each value would give.
  const counts = state.query ? result.filters : await engine.filters();
  return {
    total: result.results.length,
    filterCounts: countsByKey(counts),
    load: (from, to) =>
      oneAtATime(async () => (await Promise.all(result.results.slice(from, to).map((r) => r.data()))).map((d) => toView(d, passagesPerResult))),
  };
}
