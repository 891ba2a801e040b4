/** The facts every listing, pager and card needs about a document, whatever its type. */
export interface DocumentSummary {
  /** Which collection it comes from. */
  collection: 'notes' | 'articles';
  /** Human name of the document type. */
  typeLabel: string;
  /** Entry id, which is also its URL slug. */
  id: string;
  /** Site-relative URL of its page. */
  url: string;
  title: string;
  /** YYYY-MM-DD: date received for a note, date published for an article. */
  date: string;
  /** The organization that owns a note, or the publisher of an article. */
  source: string;
  summary: string;
}

export const DOCUMENT_TYPES = {
  notes: { typeLabel: 'Question Period Note', path: 'notes' },
  articles: { typeLabel: 'News article', path: 'articles' },
} as const;

export function documentUrl(collection: DocumentSummary['collection'], id: string): string {
  return `/${DOCUMENT_TYPES[collection].path}/${id}/`;
}

/** Newest first; documents of one day in title order, so that the order never depends on load order. */
export function newestFirst(documents: readonly DocumentSummary[]): DocumentSummary[] {
  return [...documents].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en-CA') || a.url.localeCompare(b.url));
}

/** The documents either side of one in a newest-first list: `older` is the one published before it. */
export function neighbours(ordered: readonly DocumentSummary[], url: string): { newer?: DocumentSummary; older?: DocumentSummary } {
  const index = ordered.findIndex((doc) => doc.url === url);
  if (index === -1) return {};
  const newer = ordered[index - 1];
  const older = ordered[index + 1];
  return { ...(newer && { newer }), ...(older && { older }) };
}
