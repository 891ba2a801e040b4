import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sitemapXml } from '../../lib/sitemap.ts';
import { sitemapFiles } from '../../data/sitemap-entries.ts';
import { routePath } from '../../lib/urls.ts';

/** /sitemaps/N.xml: one part of the sitemap, at most SITEMAP_SIZE pages. */
export async function getStaticPaths() {
  return (await sitemapFiles()).map(({ path, entries }) => ({ params: { file: routePath(path).replace(/^sitemaps\/|\.xml$/g, '') }, props: { entries } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(sitemapXml(props.entries, site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
