import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '../lib/sitemap.ts';
import { sitemapFiles } from '../data/sitemap-entries.ts';

/** /sitemap.xml: an index of the sitemap files, which together list every page worth finding. */
export const GET: APIRoute = async ({ site }) => {
  const files = await sitemapFiles();
  return new Response(
    sitemapIndexXml(
      files.map((file) => file.path),
      site!,
    ),
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
