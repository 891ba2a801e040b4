import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { documentData } from '../../lib/document-data.ts';
import { renderedBody } from '../../data/rendered.ts';
import { summarizeNote } from '../../data/documents.ts';

/** /notes/ID.json: the document's validated metadata and sections, beside its page. */
export async function getStaticPaths() {
  const entries = await getCollection('notes');
  return entries.map((note) => ({ params: { slug: note.id }, props: { note } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { note }, site }) => {
  const summary = summarizeNote(note);
  return Response.json(documentData({ url: new URL(summary.url, site), typeLabel: summary.typeLabel }, note.data, renderedBody(note).html));
};
