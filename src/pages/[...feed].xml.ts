import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { listingFeeds } from '../data/listing-routes.ts';
import { documentsFeed } from '../lib/feed.ts';
import { ui } from '../i18n/ui.ts';

/** /sources/KEY/feed.xml, /ministers/KEY/feed.xml and their French twins: the newest documents of one organization or minister. */
export async function getStaticPaths() {
  return (await listingFeeds()).map(({ path, ...feed }) => ({ params: { feed: path }, props: feed }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const t = ui(props.lang).follow;
  return documentsFeed({
    title: t.feedTitle(props.label),
    description: `${props.heading}, ${ui(props.lang).newestFirst}.`,
    link: new URL(props.listing, site),
    lang: props.lang,
    documents: props.documents,
  });
};
