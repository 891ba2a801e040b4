import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { documentData } from '../../lib/document-data.ts';
import { renderedBody } from '../../data/rendered.ts';
import { summarizeArticle } from '../../data/documents.ts';

/** /articles/ID.json: the document's validated metadata and sections, beside its page. */
export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { article }, site }) => {
  const summary = summarizeArticle(article);
  return Response.json(documentData({ url: new URL(summary.url, site), typeLabel: summary.typeLabel }, article.data, renderedBody(article).html));
};
