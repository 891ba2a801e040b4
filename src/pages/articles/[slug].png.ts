import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { summarizeArticle } from '../../lib/documents.ts';
import { socialImagePng } from '../../lib/social-image.ts';

/** /articles/ID.png: the document's link-preview image, drawn at build time. */
export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { article } }) =>
  new Response(socialImagePng(summarizeArticle(article)), { headers: { 'Content-Type': 'image/png' } });
