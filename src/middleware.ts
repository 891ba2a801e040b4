import { defineMiddleware } from 'astro:middleware';
import { compressAhead } from './deploy/compress-ahead.ts';
import { cspMetaFirstInPage } from './lib/csp-first.ts';
import { languageOfPath } from './lib/urls.ts';

/**
 * Each page is given its language once, for every component to read
 * (`Astro.locals.lang`), and leaves the build with its Content-Security-Policy
 * first in `<head>` (src/lib/csp-first.ts). A build compresses its pages as
 * they are rendered (src/deploy/compress-ahead.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.lang = languageOfPath(context.url.pathname);
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  const building = import.meta.env['ASTRO_BUILD'] === true;
  if (type.startsWith('text/html')) {
    // As bytes, which is how the build writes and compresses it: the text is never decoded whole.
    const html = cspMetaFirstInPage(Buffer.from(await response.arrayBuffer()));
    if (building) compressAhead(html);
    return new Response(html, response);
  }
  return response;
});
