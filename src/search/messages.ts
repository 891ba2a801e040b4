import type { FilterKey } from './search-state.ts';
import type { PublishedShard } from './shards.ts';

/**
 * What the search scripts say, as templates with {placeholders}. A page
 * renders them, in its own language, into the `data-messages` attribute of the
 * element a script drives, so the scripts carry no words of either language.
 */
export interface SearchMessages {
  /** "{count} result", "{count} results": a count without a query. */
  results: { one: string; other: string };
  /** "{count} result for “{query}”". */
  resultsFor: { one: string; other: string };
  noResults: string;
  noResultsHelp: string;
  seeAll: string;
  openSearchPage: string;
  unavailable: string;
  typeToSearch: string;
  typeOrFilter: string;
  passagesIn: string;
  filters: Record<FilterKey, string>;
  /** "Searched documents dated {from} to {to}: the newest {count} periods of {total}.", while older periods are not searched. */
  periodsSome: { one: string; other: string };
  /** "Searched all {count} periods: documents dated {from} to {to}." */
  periodsAll: { one: string; other: string };
  /** The button that searches the older periods too: "Search all {total} periods". */
  searchAllPeriods: string;
  /** Under the header's results while older periods are not searched: "Newest documents only, from {from} on. …" */
  newestOnly: string;
  /** "{count} match for {terms} highlighted.", on a page opened from a result. */
  highlighted: { one: string; other: string };
}

/** The messages the header's search element carries (src/components/SiteSearch.astro): only what it says, since it is on every page. */
export const HEADER_MESSAGES = [
  'results',
  'resultsFor',
  'noResults',
  'seeAll',
  'openSearchPage',
  'unavailable',
  'passagesIn',
  'newestOnly',
] as const satisfies readonly (keyof SearchMessages)[];
export type HeaderMessageKey = (typeof HEADER_MESSAGES)[number];

/** The messages the search page's element carries (src/components/SearchPage.astro). */
export const SEARCH_PAGE_MESSAGES = [
  'results',
  'resultsFor',
  'noResultsHelp',
  'unavailable',
  'typeToSearch',
  'typeOrFilter',
  'passagesIn',
  'filters',
  'periodsSome',
  'periodsAll',
  'searchAllPeriods',
] as const satisfies readonly (keyof SearchMessages)[];
export type SearchPageMessageKey = (typeof SEARCH_PAGE_MESSAGES)[number];

/** The named messages only, for an element's data-messages. */
export function pickMessages<K extends keyof SearchMessages>(messages: SearchMessages, keys: readonly K[]): Pick<SearchMessages, K> {
  return Object.fromEntries(keys.map((key) => [key, messages[key]])) as Pick<SearchMessages, K>;
}

/** A template with its {placeholders} filled in; a placeholder without a value is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The singular for exactly one, else the plural: the rule both languages' messages follow. */
export function counted(forms: { one: string; other: string }, count: number, values: Record<string, string | number> = {}): string {
  return fill(count === 1 ? forms.one : forms.other, { count, ...values });
}

/** "3 results for “IMVE”", or "3 results" when there is no query. */
export function resultCount(messages: Pick<SearchMessages, 'results' | 'resultsFor'>, count: number, query: string): string {
  return query ? counted(messages.resultsFor, count, { query }) : counted(messages.results, count);
}

/** The messages a page gave an element; an element without them is a page built wrong, and says so. */
export function readMessages<K extends keyof SearchMessages>(element: HTMLElement): Pick<SearchMessages, K> {
  const json = element.dataset['messages'];
  if (!json) throw new Error(`<${element.localName}> has no data-messages`);
  return JSON.parse(json) as Pick<SearchMessages, K>;
}

/** A shard's date as a month and year in the page's language ("July 2024", "juillet 2024"). */
export function monthOf(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The oldest shard a search covered: searches cover the newest `loaded` of `all`, at least one. */
export function oldestSearched(periods: { all: readonly PublishedShard[]; loaded: number }): PublishedShard {
  return periods.all[periods.loaded - 1]!;
}

/** What a search covered: the dates of the periods searched, and how many of all there are. */
export function periodsSearched(
  messages: Pick<SearchMessages, 'periodsSome' | 'periodsAll'>,
  periods: { all: readonly PublishedShard[]; loaded: number },
  lang: string,
): string {
  const values = { from: monthOf(oldestSearched(periods).from, lang), to: monthOf(periods.all[0]!.to, lang), total: periods.all.length };
  return periods.loaded < periods.all.length ? counted(messages.periodsSome, periods.loaded, values) : counted(messages.periodsAll, periods.all.length, values);
}
