import rss from '@astrojs/rss';
import type { DocumentSummary } from './document-index.ts';
import type { Language } from '../schemas/fields.ts';

/** An RSS feed of documents, newest first: the site's, an organization's or a minister's. */
export function documentsFeed(feed: {
  title: string;
  description: string;
  link: URL;
  lang: Language;
  documents: readonly DocumentSummary[];
}): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    // The channel's link is the page the feed follows, below the base path.
    site: feed.link.href,
    customData: `<language>${feed.lang}</language>`,
    items: feed.documents.map((doc) => ({
      title: doc.title,
      link: doc.url,
      pubDate: new Date(`${doc.date}T00:00:00Z`),
      description: doc.summary,
      categories: [doc.typeLabel, doc.source],
    })),
  });
}
