import type { APIRoute } from 'astro';
import { FEED_SIZE, SITE_NAME } from '../consts.ts';
import { allDocuments } from '../data/documents.ts';
import { documentsFeed } from '../lib/feed.ts';
import { urls } from '../lib/urls.ts';

/** /feed.xml: an RSS feed of the newest documents. */
export const GET: APIRoute = async ({ site }) =>
  documentsFeed({
    title: `${SITE_NAME}: new documents`,
    description: 'Government briefing notes and related reporting, copied word for word.',
    link: new URL(urls.home('en-CA'), site),
    lang: 'en-CA',
    documents: (await allDocuments()).slice(0, FEED_SIZE),
  });
