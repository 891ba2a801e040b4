import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_SIZE, SITE_NAME } from '../consts.ts';
import { allDocuments } from '../data/documents.ts';
import { urls } from '../lib/urls.ts';

/** /feed.xml: an RSS feed of the newest documents. */
export const GET: APIRoute = async ({ site }) => {
  const documents = (await allDocuments()).slice(0, FEED_SIZE);
  return rss({
    title: `${SITE_NAME}: new documents`,
    description: 'Government briefing notes and related reporting, copied word for word.',
    // The channel's link is the home page, which is below the base path.
    site: new URL(urls.home('en-CA'), site).href,
    customData: '<language>en-CA</language>',
    items: documents.map((doc) => ({
      title: doc.title,
      link: doc.url,
      pubDate: new Date(`${doc.date}T00:00:00Z`),
      description: doc.summary,
      categories: [doc.typeLabel, doc.source],
    })),
  });
};
