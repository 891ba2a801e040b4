import { defineMiddleware } from 'astro:middleware';
import { feedPage } from './lib/search-index-feed.ts';

/** Every page rendered by the build goes to the search index as it is made; see src/lib/search-index-feed.ts. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered && response.headers.get('content-type')?.startsWith('text/html')) {
    feedPage(context.url.pathname, await response.clone().text());
  }
  return response;
});
