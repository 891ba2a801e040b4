import { allDocuments } from './documents.ts';
import { SITEMAP_SIZE, chunk, type SitemapEntry } from '../lib/sitemap.ts';
import { urls } from '../lib/urls.ts';
import { LANGUAGES } from '../schemas/fields.ts';

/** Every page a search engine should find: the homes and search pages, then every document in both languages. */
async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [english, french] = await Promise.all([allDocuments('en-CA'), allDocuments('fr-CA')]);
  return [
    ...LANGUAGES.flatMap((lang) => [{ path: urls.home(lang) }, { path: urls.search(lang) }]),
    ...[...english, ...french].map((doc) => ({ path: doc.url, lastmod: doc.date })),
  ];
}

/** The sitemap files, numbered from 1: /sitemaps/1.xml, /sitemaps/2.xml… */
export async function sitemapFiles(): Promise<{ path: string; entries: SitemapEntry[] }[]> {
  return chunk(await sitemapEntries(), SITEMAP_SIZE).map((entries, index) => ({ path: urls.sitemap(index + 1), entries }));
}
