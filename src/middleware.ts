import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './lib/csp-first.ts';
import { languageOfPath } from './lib/urls.ts';

/**
 * Each page is given its language once, for every component to read
 * (`Astro.locals.lang`), and leaves the build with its Content-Security-Policy
 * first in `<head>` (src/lib/csp-first.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.lang = languageOfPath(context.url.pathname);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(cspMetaFirst(await response.text()), response);
});
