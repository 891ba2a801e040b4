import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './lib/csp-first.ts';

/** Every page leaves the build with its Content-Security-Policy first in `<head>` (src/lib/csp-first.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(cspMetaFirst(await response.text()), response);
});
