import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { allDocuments } from '../../data/documents.ts';
import type { DocumentSummary } from '../../lib/document-index.ts';
import { socialImagePng } from '../../lib/social-image.ts';
import { routePath, urls } from '../../lib/urls.ts';
import { pageKey } from '../../lib/page-key.ts';

/**
 * /social/TYPE-SOURCE.png: the link-preview image of every document of one
 * type from one source, drawn at build time. One image per type and source,
 * not per document, keeps the build's cost from growing with every note.
 */
export async function getStaticPaths() {
  const bySource = new Map<string, DocumentSummary>();
  for (const lang of ['en-CA', 'fr-CA'] as const) {
    for (const document of await allDocuments(lang)) bySource.set(urls.socialImage(document.collection, document.source), document);
  }
  return [...bySource].map(([path, document]) => {
    const props = { typeLabel: document.typeLabel, source: document.source };
    return { params: { image: routePath(path).replace(/^social\/|\.png$/g, '') }, props, cacheKey: pageKey(props) };
  });
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(socialImagePng(props), { headers: { 'Content-Type': 'image/png' } });
