import type { PagefindIndex } from 'pagefind';

/**
 * Pages go to the Pagefind index as they are rendered, rather than read back
 * from disk once the build is done: Pagefind runs in its own process, so it
 * indexes on the second core while Astro renders the next pages. The
 * integration (src/integrations/pagefind.ts) opens the index before the build
 * and writes it after; the middleware (src/middleware.ts) feeds it.
 */
interface Feed {
  index: PagefindIndex;
  pending: Promise<void>[];
  errors: string[];
  pages: number;
}

const KEY = Symbol.for('briefing-room.search-index-feed');
const registry = globalThis as typeof globalThis & { [KEY]?: Feed };

export function openFeed(index: PagefindIndex): Feed {
  const feed: Feed = { index, pending: [], errors: [], pages: 0 };
  registry[KEY] = feed;
  return feed;
}

export function closeFeed(): void {
  delete registry[KEY];
}

/** Hands a rendered page to the index, if a build has one open; the dev server has none. */
export function feedPage(url: string, html: string): void {
  const feed = registry[KEY];
  if (!feed) return;
  feed.pages += 1;
  feed.pending.push(
    feed.index.addHTMLFile({ url, content: html }).then(
      ({ errors }) => void feed.errors.push(...errors.map((error) => `${url}: ${error}`)),
      (error: Error) => void feed.errors.push(`${url}: ${error.message}`),
    ),
  );
}
