import { documentEntries, type DocumentEntry } from './entries.ts';
import { DOCUMENT_TYPES, neighboursAt, newestFirst, type DocumentSummary } from '../lib/document-index.ts';
import type { Language } from '../schemas/fields.ts';
import { urls } from '../lib/urls.ts';

function summarizeNote(entry: DocumentEntry<'notes' | 'notesFr'>): DocumentSummary {
  const { title, date_received, organization, summary, lang, minister, minister_name } = entry.data;
  return {
    collection: entry.collection,
    lang,
    typeLabel: DOCUMENT_TYPES[entry.collection].typeLabel,
    id: entry.id,
    url: urls.document(entry.collection, entry.id),
    title,
    date: date_received,
    source: organization,
    summary,
    minister: minister ?? minister_name,
  };
}

function summarizeArticle(entry: DocumentEntry<'articles'>): DocumentSummary {
  const { headline, date_published, publisher, summary } = entry.data;
  return {
    collection: 'articles',
    lang: DOCUMENT_TYPES.articles.lang,
    typeLabel: DOCUMENT_TYPES.articles.typeLabel,
    id: entry.id,
    url: urls.document('articles', entry.id),
    title: headline,
    date: date_published,
    source: publisher,
    summary,
  };
}

/** A document's summary, whatever its type. */
export function summarize(entry: DocumentEntry): DocumentSummary {
  return entry.collection === 'articles' ? summarizeArticle(entry) : summarizeNote(entry);
}

async function loadDocuments(lang: Language): Promise<DocumentSummary[]> {
  if (lang === 'fr-CA') return newestFirst((await documentEntries('notesFr')).map(summarizeNote));
  const [notes, articles] = await Promise.all([documentEntries('notes'), documentEntries('articles')]);
  return newestFirst([...notes.map(summarizeNote), ...articles.map(summarizeArticle)]);
}

/**
 * Every page of a build asks for the same ordered list (listings, pagers,
 * feeds); it is worked out once per build, not once per page, which at
 * thousands of documents would cost more than the pages. The dev server
 * rereads it, since content changes under it.
 */
const built = new Map<Language, Promise<{ documents: DocumentSummary[]; position: Map<string, number> }>>();

async function ordered(lang: Language) {
  let list = import.meta.env.DEV ? undefined : built.get(lang);
  if (!list) {
    list = loadDocuments(lang).then((documents) => ({ documents, position: new Map(documents.map((doc, index) => [doc.url, index])) }));
    built.set(lang, list);
  }
  return list;
}

/** Every document in a language, newest first: in English, notes and articles; in French, the notes' French copies. */
export async function allDocuments(lang: Language = 'en-CA'): Promise<readonly DocumentSummary[]> {
  return (await ordered(lang)).documents;
}

/** The documents either side of one in its language's newest-first list. */
export async function documentNeighbours(document: DocumentSummary): Promise<{ newer?: DocumentSummary; older?: DocumentSummary }> {
  const { documents, position } = await ordered(document.lang);
  return neighboursAt(documents, position.get(document.url) ?? -1);
}
