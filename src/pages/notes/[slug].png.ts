import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { summarizeNote } from '../../lib/documents.ts';
import { socialImagePng } from '../../lib/social-image.ts';

/** /notes/ID.png: the document's link-preview image, drawn at build time. */
export async function getStaticPaths() {
  const entries = await getCollection('notes');
  return entries.map((note) => ({ params: { slug: note.id }, props: { note } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { note } }) =>
  new Response(socialImagePng(summarizeNote(note)), { headers: { 'Content-Type': 'image/png' } });
