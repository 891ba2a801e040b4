import type { Page } from 'astro';
import { allDocuments } from './documents.ts';
import type { DocumentSummary } from '../lib/document-index.ts';
import { PAGE_SIZE, byMinister, byYear, bySource, type Group } from '../lib/listings.ts';
import { FEED_SIZE } from '../consts.ts';
import { listingPage, routePath, urls } from '../lib/urls.ts';
import { ui } from '../i18n/ui.ts';
import { LANGUAGES, type Language } from '../schemas/fields.ts';

/** One page of a listing: where it is, what it is called, and its share of the documents. */
export interface ListingPage {
  /** Path without its outer slashes, e.g. documents/2 or fr/annees/2024. */
  path: string;
  lang: Language;
  heading: string;
  /** URL of the listing's first page. */
  base: string;
  page: Page<DocumentSummary>;
  /** The feed of a listing one can follow: an organization's or a minister's. */
  follow?: Follow | undefined;
}

/** A feed of the newest documents of one organization or minister, beside its listing. */
export interface Follow {
  /** The organization or minister, as the documents name them. */
  label: string;
  feed: string;
}

/** One listing before it is split into pages. */
interface Listing {
  lang: Language;
  heading: string;
  base: string;
  documents: readonly DocumentSummary[];
  follow?: Follow;
}

/**
 * A listing split into pages of PAGE_SIZE, each with the links a pager needs;
 * an empty listing is one empty page. The pages have the shape of Astro's
 * `Page`, but Astro's paginate() cannot make them: it needs a `[page]`
 * parameter of its own, and every listing in both languages comes from one
 * catch-all route whose parameter is the whole path (documents/2,
 * fr/annees/2024).
 */
function paginate(documents: readonly DocumentSummary[], base: string): Page<DocumentSummary>[] {
  const lastPage = Math.max(1, Math.ceil(documents.length / PAGE_SIZE));
  const urlOf = (n: number) => listingPage(base, n);
  return Array.from({ length: lastPage }, (_, i) => {
    const n = i + 1;
    const start = i * PAGE_SIZE;
    const data = documents.slice(start, start + PAGE_SIZE);
    return {
      data,
      start,
      end: start + Math.max(data.length, 1) - 1,
      total: documents.length,
      currentPage: n,
      size: PAGE_SIZE,
      lastPage,
      url: {
        current: urlOf(n),
        prev: n > 1 ? urlOf(n - 1) : undefined,
        next: n < lastPage ? urlOf(n + 1) : undefined,
        first: n > 1 ? urlOf(1) : undefined,
        last: n < lastPage ? urlOf(lastPage) : undefined,
      },
    };
  });
}

/**
 * Every listing, in both languages: all documents, and the documents of each
 * year, of each source and of each minister, newest first. A source's and a
 * minister's can be followed.
 */
async function loadListings(): Promise<Listing[]> {
  const perLanguage = await Promise.all(
    LANGUAGES.map(async (lang): Promise<Listing[]> => {
      const t = ui(lang);
      const documents = await allDocuments(lang);
      const followable = (heading: string, base: string, group: Group): Listing => ({
        lang,
        heading,
        base,
        documents: group.documents,
        follow: { label: group.label, feed: urls.listingFeed(base) },
      });
      return [
        { lang, heading: t.allDocuments, base: urls.allDocuments(lang), documents },
        ...byYear(documents).map((group) => ({ lang, heading: t.documentsOf(group.label), base: urls.year(lang, group.key), documents: group.documents })),
        ...bySource(documents, lang).map((group) => followable(t.documentsFrom(group.label), urls.source(lang, group.key), group)),
        ...byMinister(documents, lang).map((group) => followable(t.documentsFor(group.label), urls.minister(lang, group.key), group)),
      ];
    }),
  );
  return perLanguage.flat();
}

/** Worked out once per build, for the listing pages and their feeds alike; the dev server works it out again, since content changes under it. */
let built: Promise<Listing[]> | undefined;
function listings(): Promise<Listing[]> {
  if (import.meta.env.DEV || !built) built = loadListings();
  return built;
}

/** Every page of every listing. */
export async function listingPages(): Promise<ListingPage[]> {
  return (await listings()).flatMap(({ lang, heading, base, documents, follow }) =>
    paginate(documents, base).map((page) => ({ path: routePath(page.url.current), lang, heading, base, page, follow })),
  );
}

/** The feed of each listing that can be followed: its newest documents, at most FEED_SIZE. */
export async function listingFeeds() {
  return (await listings()).flatMap(({ lang, heading, base, documents, follow }) =>
    follow
      ? [{ path: routePath(follow.feed).replace(/\.xml$/, ''), lang, label: follow.label, heading, listing: base, documents: documents.slice(0, FEED_SIZE) }]
      : [],
  );
}
