/**
 * A search as it lives in the URL of /search/ (`?q=369+OCGs&type=…&sort=newest`),
 * so that it can be shared, bookmarked and reloaded. Plain data, no DOM.
 */

/** The query-string parameter that carries search terms to a result page, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'highlight';

export const FILTER_KEYS = ['type', 'source', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Longer input is cut here: no reader types more, and it bounds the work a search does. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
  /** Every period of the index, not only the newest (src/search/shards.ts): `periods=all` in the URL. */
  allPeriods: boolean;
}

const ALL_PERIODS = 'all';

export function emptyFilters(): Record<FilterKey, string[]> {
  return { type: [], source: [], year: [] };
}

/** Whitespace collapsed, trimmed, and cut to MAX_QUERY_LENGTH characters (not halfway through an emoji). */
export function normalizeQuery(raw: string): string {
  const collapsed = raw.replace(/\s+/gu, ' ').trim();
  return Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

function isSortOrder(value: string | null): value is SortOrder {
  return value !== null && (SORT_ORDERS as readonly string[]).includes(value);
}

export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).filter(Boolean))];
  const sort = params.get('sort');
  return {
    query: normalizeQuery(params.get('q') ?? ''),
    filters,
    sort: isSortOrder(sort) ? sort : 'relevance',
    allPeriods: params.get('periods') === ALL_PERIODS,
  };
}

export function writeState({ query, filters, sort, allPeriods }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) for (const value of filters[key]) params.append(key, value);
  if (sort !== 'relevance') params.set('sort', sort);
  if (allPeriods) params.set('periods', ALL_PERIODS);
  return params;
}

export function hasCriteria({ query, filters }: SearchState): boolean {
  return query !== '' || FILTER_KEYS.some((key) => filters[key].length > 0);
}

/** Pagefind's filter option: any of the chosen values within a key, every key at once. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(FILTER_KEYS.filter((key) => filters[key].length > 0).map((key) => [key, { any: filters[key] }]));
}

export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}
