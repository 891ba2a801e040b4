import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { closeFeed, openFeed } from '../lib/search-index-feed.ts';

/**
 * Builds the Pagefind search index into dist/pagefind/ through Pagefind's
 * Node API. The index opens when the build starts and takes each page as it
 * is rendered (src/middleware.ts); once the build is done it is written. Any
 * Pagefind error, or an index with no pages in it, fails the build.
 */
export default function pagefind(): AstroIntegration {
  let feed: ReturnType<typeof openFeed> | undefined;
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:start': async () => {
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        feed = openFeed(index);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          if (!feed) throw new Error('Pagefind was not started: the astro:build:start hook did not run');
          await Promise.all(feed.pending);
          if (feed.errors.length > 0) throw new Error(`Pagefind could not index the site: ${feed.errors.join('; ')}`);
          const written = await feed.index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // One fragment per indexed page: none means no page had data-pagefind-body.
          const indexed = existsSync(`${site}pagefind/fragment`) ? readdirSync(`${site}pagefind/fragment`).length : 0;
          if (indexed === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body on the document pages?');
          logger.info(`indexed ${indexed} of ${feed.pages} pages into ${site}pagefind`);
        } finally {
          closeFeed();
          await close();
        }
      },
    },
  };
}
