import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { documentEntries } from '../data/entries.ts';
import { renderedBody } from '../data/rendered.ts';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import { documentDataFile } from '../lib/document-data-file.ts';

/**
 * NOTE-OR-ARTICLE.json beside every document page, in both languages, for the
 * dev server. A build writes them after Astro instead
 * (src/build/document-data-files.ts), from the same function: as routes they
 * were half of its pages.
 */
export const getStaticPaths = (async () => {
  if (import.meta.env['ASTRO_BUILD'] === true) return [];
  const collections = Object.keys(DOCUMENT_TYPES) as Collection[];
  const entries = (await Promise.all(collections.map((collection) => documentEntries(collection)))).flat();
  // The route's parameter is the JSON file's path below the site, without its extension: notes/ID, fr/notes/ID, articles/SLUG.
  return entries.map((entry) => ({ params: { document: `${DOCUMENT_TYPES[entry.collection].path}/${entry.id}` }, props: { entry } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entry } }) =>
  new Response(documentDataFile(entry.collection, entry, renderedBody(entry).sections), { headers: { 'content-type': 'application/json' } });
