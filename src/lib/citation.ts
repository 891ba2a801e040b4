import { formatIsoDate } from './dates.ts';
import { SITE_NAME } from '../consts.ts';
import type { Language } from '../schemas/fields.ts';
import { ui } from '../i18n/ui.ts';

interface CitedNote {
  organization: string;
  title: string;
  reference_number: string;
  date_received: string;
  lang: Language;
}

/** A plain citation of a Question Period note, in the note's language, ending with its permalink. */
export function noteCitation(note: CitedNote, url: URL): string {
  return ui(note.lang).noteCitation(note, formatIsoDate(note.date_received, note.lang), SITE_NAME, url.href);
}

/** A plain citation of a news article, ending with its permalink. */
export function articleCitation(article: { author: string; headline: string; publisher: string; date_published: string }, url: URL): string {
  return `${article.author}. “${article.headline}.” ${article.publisher}, ${formatIsoDate(article.date_published)}. ${SITE_NAME}, ${url.href}.`;
}
