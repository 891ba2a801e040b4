import { DEPLOYMENT } from './deployment.ts';
import { DOCUMENT_TYPES, type Collection } from './document-index.ts';
import { pathSegment } from './slug.ts';
import type { Language } from '../schemas/fields.ts';

/**
 * Every URL the site makes, and the only module that knows their shapes.
 * Each builder returns a site-relative path that ends in "/" (a page) or a
 * file name; `at()` puts the site's base path in front, so that serving the
 * site under a sub-path changes this file alone.
 */

/** The path the site is served under: "/" unless BASE_PATH says otherwise (src/lib/deployment.ts). */
export const BASE_PATH = DEPLOYMENT.base;

/** A path below the site's base: at('notes/x/') is /notes/x/ on a site served at its root, /qp/notes/x/ under /qp/. */
export function at(path: string): string {
  return `${BASE_PATH}${path}`;
}

/**
 * A URL of this site as the parameter of the catch-all route that makes it:
 * its path below the base, without the slashes around it (/qp/documents/2/ is
 * documents/2).
 */
export function routePath(url: string): string {
  if (!url.startsWith(BASE_PATH)) throw new Error(`${url} is not below the site's base path ${BASE_PATH}`);
  return url.slice(BASE_PATH.length).replace(/\/$/, '');
}

/** Where each language's pages live, and the words its listing URLs use. */
const LOCALE = {
  'en-CA': { prefix: '', documents: 'documents', years: 'years', sources: 'sources', ministers: 'ministers', search: 'search' },
  'fr-CA': { prefix: 'fr/', documents: 'documents', years: 'annees', sources: 'sources', ministers: 'ministres', search: 'recherche' },
} as const satisfies Record<Language, Record<string, string>>;

/** The language of the page at a site-relative path: French pages live under /fr/. */
export function languageOfPath(pathname: string): Language {
  const fr = at(LOCALE['fr-CA'].prefix);
  return pathname === fr || pathname.startsWith(fr) ? 'fr-CA' : 'en-CA';
}

/** Page N of a listing whose first page is at `first`: the first page itself, then first + N + '/'. */
export function listingPage(first: string, n: number): string {
  return n === 1 ? first : `${first}${n}/`;
}

export const urls = {
  home: (lang: Language) => at(LOCALE[lang].prefix),
  allDocuments: (lang: Language) => at(`${LOCALE[lang].prefix}${LOCALE[lang].documents}/`),
  year: (lang: Language, year: string) => at(`${LOCALE[lang].prefix}${LOCALE[lang].years}/${year}/`),
  /** `key` is the source's path segment, e.g. public-safety-canada. */
  source: (lang: Language, key: string) => at(`${LOCALE[lang].prefix}${LOCALE[lang].sources}/${key}/`),
  /** `key` is the minister title's path segment, e.g. minister-of-public-safety. */
  minister: (lang: Language, key: string) => at(`${LOCALE[lang].prefix}${LOCALE[lang].ministers}/${key}/`),
  /** The feed beside a listing's first page: /sources/KEY/feed.xml. */
  listingFeed: (listing: string) => `${listing}feed.xml`,
  search: (lang: Language) => at(`${LOCALE[lang].prefix}${LOCALE[lang].search}/`),
  document: (collection: Collection, id: string) => at(`${DOCUMENT_TYPES[collection].path}/${id}/`),
  /** What changed in a note since the previous version of its series. */
  changes: (collection: Collection, id: string) => at(`${DOCUMENT_TYPES[collection].path}/${id}/changes/`),
  /** A document's link-preview image: one per document type and source, so that images grow with organizations, not documents. */
  socialImage: (collection: Collection, source: string) => at(`social/${pathSegment(DOCUMENT_TYPES[collection].path)}-${pathSegment(source) || 'unknown'}.png`),
  organizations: () => at('organizations/'),
  organization: (id: string) => at(`organizations/${id}/`),
  people: () => at('people/'),
  person: (id: string) => at(`people/${id}/`),
  glossary: () => at('glossary/'),
  term: (id: string) => at(`glossary/#${id}`),
  timeline: () => at('timeline/'),
  feed: () => at('feed.xml'),
  sitemapIndex: () => at('sitemap.xml'),
  sitemap: (n: number) => at(`sitemaps/${n}.xml`),
  favicon: () => at('favicon.svg'),
  robots: () => at('robots.txt'),
  notFound: () => at('404.html'),
};
