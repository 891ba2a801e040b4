import { getCollection, type CollectionEntry } from 'astro:content';
import { DOCUMENT_TYPES, documentUrl, newestFirst, type DocumentSummary } from './document-index.ts';

export function summarizeNote(entry: CollectionEntry<'notes'>): DocumentSummary {
  const { title, date_received, organization, summary } = entry.data;
  return {
    collection: 'notes',
    typeLabel: DOCUMENT_TYPES.notes.typeLabel,
    id: entry.id,
    url: documentUrl('notes', entry.id),
    title,
    date: date_received,
    source: organization,
    summary,
  };
}

export function summarizeArticle(entry: CollectionEntry<'articles'>): DocumentSummary {
  const { headline, date_published, publisher, summary } = entry.data;
  return {
    collection: 'articles',
    typeLabel: DOCUMENT_TYPES.articles.typeLabel,
    id: entry.id,
    url: documentUrl('articles', entry.id),
    title: headline,
    date: date_published,
    source: publisher,
    summary,
  };
}

/** Every document of every type, newest first. */
export async function allDocuments(): Promise<DocumentSummary[]> {
  const [notes, articles] = await Promise.all([getCollection('notes'), getCollection('articles')]);
  return newestFirst([...notes.map(summarizeNote), ...articles.map(summarizeArticle)]);
}
