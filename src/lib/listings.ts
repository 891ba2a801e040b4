import { yearOf } from './dates.ts';
import type { DocumentSummary } from './document-index.ts';
import { pathSegment } from './slug.ts';

/** Documents per listing page: enough to scan, small enough that no page grows with the corpus. */
export const PAGE_SIZE = 50;

/** Documents on the home page, before the ways to browse the rest. */
export const LATEST_COUNT = 10;

/** One way into the documents (a year, a source), with how many it holds. */
export interface Group {
  key: string;
  label: string;
  documents: DocumentSummary[];
}

function groupBy(documents: readonly DocumentSummary[], keyOf: (doc: DocumentSummary) => string, labelOf: (doc: DocumentSummary) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const doc of documents) {
    const key = keyOf(doc);
    const group = groups.get(key) ?? { key, label: labelOf(doc), documents: [] };
    group.documents.push(doc);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Documents by year, newest year first; each year's documents stay newest first. */
export function byYear(documents: readonly DocumentSummary[]): Group[] {
  return groupBy(
    documents,
    (doc) => String(yearOf(doc.date)),
    (doc) => String(yearOf(doc.date)),
  ).sort((a, b) => b.key.localeCompare(a.key));
}

/** The path segment of an organization's or publisher's listing. */
export const sourceKey = (source: string) => pathSegment(source) || 'unknown';

/** The path segment of a minister's listing. */
export const ministerKey = (minister: string) => pathSegment(minister) || 'unknown';

/** Documents by the organization or publisher they come from, in alphabetical order. */
export function bySource(documents: readonly DocumentSummary[], lang: string): Group[] {
  return groupBy(
    documents,
    (doc) => sourceKey(doc.source),
    (doc) => doc.source,
  ).sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** Notes by the minister they were written for, in alphabetical order; documents without one are left out. */
export function byMinister(documents: readonly DocumentSummary[], lang: string): Group[] {
  return groupBy(
    documents.filter((doc) => doc.minister),
    (doc) => ministerKey(doc.minister!),
    (doc) => doc.minister!,
  ).sort((a, b) => a.label.localeCompare(b.label, lang));
}
