import { escapeXml } from './text-patterns.ts';

/*
 * The sitemap is ours rather than @astrojs/sitemap's: it lists the documents
 * with the date each carries as its lastmod, which that integration could only
 * learn by reading every built page back, and it keeps the addresses
 * robots.txt and search engines already have (/sitemap.xml, /sitemaps/N.xml).
 */

/**
 * URLs per sitemap file. The protocol allows 50,000; at 5,000 each file stays
 * near a megabyte, and /sitemap.xml is an index of them, so no file grows
 * with the corpus beyond that.
 */
export const SITEMAP_SIZE = 5000;

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD */
  lastmod?: string;
}

export function sitemapXml(entries: readonly SitemapEntry[], site: URL): string {
  const urls = entries.map(({ path, lastmod }) => {
    const loc = `<loc>${escapeXml(new URL(path, site).href)}</loc>`;
    return `  <url>${loc}${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** /sitemap.xml: the index of the numbered sitemap files. */
export function sitemapIndexXml(paths: readonly string[], site: URL): string {
  const sitemaps = paths.map((path) => `  <sitemap><loc>${escapeXml(new URL(path, site).href)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
}

/** Entries split into consecutive files of at most `size`; at least one file, so the index is never empty. */
export function chunk<T>(entries: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < entries.length; start += size) chunks.push(entries.slice(start, start + size));
  return chunks.length > 0 ? chunks : [[]];
}
