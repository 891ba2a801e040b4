import { pathSegment } from './slug.ts';
import type { Language } from '../schemas/fields.ts';

/** The facts every listing, pager and card needs about a document, whatever its type. */
export interface DocumentSummary {
  /** Which collection it comes from. */
  collection: Collection;
  lang: Language;
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
  /** The minister a note was written for: the title, or the name where the data gives no title. */
  minister?: string | undefined;
}

/**
 * Each document type: its label, the folder of `content/` it lives in, the URL
 * path its pages live under, and the front-matter field its URL slug comes from.
 */
export const DOCUMENT_TYPES = {
  notes: { typeLabel: 'Question Period Note', folder: 'qp-notes', path: 'notes', slugField: 'reference_number', lang: 'en-CA' },
  articles: { typeLabel: 'News article', folder: 'articles', path: 'articles', slugField: 'slug', lang: 'en-CA' },
  notesFr: { typeLabel: 'Note pour la période de questions', folder: 'qp-notes-fr', path: 'fr/notes', slugField: 'reference_number', lang: 'fr-CA' },
} as const;

/** The URL folders of each language's document pages, e.g. { 'en-CA': ['notes', 'articles'], 'fr-CA': ['fr/notes'] }. */
export function documentPathsByLanguage(): Record<Language, string[]> {
  const paths: Record<Language, string[]> = { 'en-CA': [], 'fr-CA': [] };
  for (const { lang, path } of Object.values(DOCUMENT_TYPES)) paths[lang].push(path);
  return paths;
}

export type Collection = keyof typeof DOCUMENT_TYPES;

/** An entry's id, which is also its URL slug: the slug field's value made URL-safe. */
export function entryId(collection: Collection, data: Record<string, unknown>): string | undefined {
  const value = data[DOCUMENT_TYPES[collection].slugField];
  return (typeof value === 'string' && pathSegment(value)) || undefined;
}

/** Newest first; documents of one day in title order, so that the order never depends on load order. */
export function newestFirst(documents: readonly DocumentSummary[]): DocumentSummary[] {
  return [...documents].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en-CA') || a.url.localeCompare(b.url));
}

/** The documents either side of position `index` (none for -1) in a newest-first list: `older` is the one published before it. */
export function neighboursAt(ordered: readonly DocumentSummary[], index: number): { newer?: DocumentSummary; older?: DocumentSummary } {
  if (index === -1) return {};
  const newer = ordered[index - 1];
  const older = ordered[index + 1];
  return { ...(newer && { newer }), ...(older && { older }) };
}
