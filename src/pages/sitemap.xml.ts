import type { APIRoute } from 'astro';
import { allDocuments } from '../lib/documents.ts';
import { sitemapXml } from '../lib/feeds.ts';

/** /sitemap.xml: the home and search pages and every document page, with its date. */
export const GET: APIRoute = async ({ site }) => {
  const documents = await allDocuments();
  const entries = [{ path: '/' }, { path: '/search/' }, ...documents.map((doc) => ({ path: doc.url, lastmod: doc.date }))];
  return new Response(sitemapXml(entries, site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
