import { formatIsoDate } from './dates.ts';
import { SITE_NAME } from './head.ts';

/** A plain citation of a Question Period note, ending with its permalink. */
export function noteCitation(note: { organization: string; title: string; reference_number: string; date_received: string }, url: URL): string {
  return `${note.organization}. “${note.title}.” Question Period Note ${note.reference_number}, received ${formatIsoDate(note.date_received)}. ${SITE_NAME}, ${url.href}.`;
}

/** A plain citation of a news article, ending with its permalink. */
export function articleCitation(article: { author: string; headline: string; publisher: string; date_published: string }, url: URL): string {
  return `${article.author}. “${article.headline}.” ${article.publisher}, ${formatIsoDate(article.date_published)}. ${SITE_NAME}, ${url.href}.`;
}
