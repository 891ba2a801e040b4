import type { APIRoute } from 'astro';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${urls.home('en-CA')}\n\nSitemap: ${new URL(urls.sitemapIndex(), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
