import type { Article as FullArticle } from '../schemas/article.ts';
import type { WithoutMentions } from '../schemas/entities.ts';
import type { QpNote as FullQpNote } from '../schemas/qp-note.ts';
import { ui } from '../i18n/ui.ts';
import { ministerKey, sourceKey } from './listings.ts';
import { urls } from './urls.ts';

type QpNote = WithoutMentions<FullQpNote>;
type Article = WithoutMentions<FullArticle>;

/** One row of document metadata: a label in the source's words, and its value as text or a date. */
export interface MetadataRow {
  label: string;
  value: string;
  /** Set when the value is a YYYY-MM-DD date, shown in a `<time>` element. */
  isDate?: boolean;
  /** What search learns from this row: the document's date (to show and sort by) or its source (to filter by). */
  searchAs?: 'date' | 'source';
  /** The listing of every document with this value (an organization's, a minister's), which can be followed. */
  href?: string;
}

/** A note's "About" panel, labelled as the Government of Canada's note pages label it. */
export function noteMetadata(note: QpNote): MetadataRow[] {
  const labels = ui(note.lang).note;
  // A note's minister listing is by title, or by name where the data gives no title (src/lib/listings.ts).
  const ministerListing = (minister: string) => urls.minister(note.lang, ministerKey(minister));
  return [
    { label: labels.referenceNumber, value: note.reference_number },
    { label: labels.dateReceived, value: note.date_received, isDate: true, searchAs: 'date' },
    { label: labels.organization, value: note.organization, searchAs: 'source', href: urls.source(note.lang, sourceKey(note.organization)) },
    ...(note.minister_name
      ? [{ label: labels.ministerName, value: note.minister_name, ...(!note.minister && { href: ministerListing(note.minister_name) }) }]
      : []),
    ...(note.minister ? [{ label: labels.ministerTitle, value: note.minister, href: ministerListing(note.minister) }] : []),
  ];
}

/** An article's "About" panel; articles are published in English, so it is labelled in English. */
export function articleMetadata(article: Article): MetadataRow[] {
  const labels = ui('en-CA').article;
  return [
    { label: labels.publisher, value: article.publisher, searchAs: 'source', href: urls.source('en-CA', sourceKey(article.publisher)) },
    { label: labels.author, value: article.author },
    { label: labels.published, value: article.date_published, isDate: true, searchAs: 'date' },
    { label: labels.dateline, value: article.dateline },
  ];
}
