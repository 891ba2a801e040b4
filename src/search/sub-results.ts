/** A passage of a page that a search matched: a section or paragraph with its own anchor. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches in the page; more means a better passage. */
  locations: readonly number[];
}

/**
 * The passages worth showing under a result, best first: those with the most
 * matches, in page order among equals. Passages without an anchor (the page's
 * opening, before its first heading) are shown only when nothing else matched.
 */
export function bestSubResults(subResults: readonly SubResult[], max: number): SubResult[] {
  const anchored = subResults.filter((sub) => sub.url.includes('#'));
  const pool = anchored.length > 0 ? anchored : subResults;
  return pool
    .map((sub, order) => ({ sub, order }))
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.order - b.order)
    .slice(0, max)
    .map(({ sub }) => sub);
}
