import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { summarize } from '../data/documents.ts';
import { documentEntries } from '../data/entries.ts';
import { renderedBody } from '../data/rendered.ts';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import { documentData } from '../lib/document-data.ts';
import { pageKey } from '../lib/page-key.ts';

/** NOTE-OR-ARTICLE.json beside every document page, in both languages: its validated metadata and sections. */
export const getStaticPaths = (async () => {
  const collections = Object.keys(DOCUMENT_TYPES) as Collection[];
  const entries = (await Promise.all(collections.map((collection) => documentEntries(collection)))).flat();
  // The route's parameter is the JSON file's path below the site, without its extension: notes/ID, fr/notes/ID, articles/SLUG.
  return entries.map((entry) => ({
    params: { document: `${DOCUMENT_TYPES[entry.collection].path}/${entry.id}` },
    props: { entry },
    // Its text, sections and pipeline by the digest; its metadata as validated.
    cacheKey: pageKey(entry.digest, entry.data),
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entry }, site }) => {
  const summary = summarize(entry);
  return Response.json(documentData({ url: new URL(summary.url, site), typeLabel: summary.typeLabel }, entry.data, renderedBody(entry).sections));
};
