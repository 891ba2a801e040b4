/**
 * Where the site is published: its address (`SITE_URL`) and the path it is
 * served under (`BASE_PATH`), both from the environment. The environment,
 * not Astro's config, is the one source because three kinds of process need
 * them: Astro's config, the pages it renders, and the Markdown workers that
 * write glossary links, which see neither Astro's config nor `import.meta.env`.
 */

/** The address the site had before it could be configured, kept as the default. */
export const DEFAULT_SITE_URL = 'https://briefing-room.example.ca';

export interface Deployment {
  /** The site's origin, e.g. https://notes.example.org (no path: that is `base`). */
  site: string;
  /** The path every page lives under, beginning and ending with "/": "/" or e.g. "/briefing-room/". */
  base: string;
}

/** One path segment that needs no percent-encoding: RFC 3986's unreserved characters. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function siteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://notes.example.org; got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// or http://; got ${JSON.stringify(value)}`);
  if (url.username || url.password) throw new Error(`SITE_URL must not carry a user name or password; got ${JSON.stringify(value)}`);
  // A path here would be dropped by every `new URL(path, site)`: it belongs in BASE_PATH.
  if (url.pathname !== '/' || url.search || url.hash || !/^https?:\/\/[^/?#]+\/?$/i.test(value))
    throw new Error(`SITE_URL must be an origin without a path, query or fragment (put a path in BASE_PATH); got ${JSON.stringify(value)}`);
  return url.origin;
}

function basePath(value: string): string {
  if (!value.startsWith('/')) throw new Error(`BASE_PATH must start with "/", e.g. /briefing-room/; got ${JSON.stringify(value)}`);
  const segments = value.split('/').slice(1);
  // "/qp" and "/qp/" name the same place; a trailing empty segment is the slash.
  if (segments.at(-1) === '') segments.pop();
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..')
      throw new Error(`BASE_PATH segments may use only letters, digits and . _ ~ - (no empty, "." or ".." segments); got ${JSON.stringify(value)}`);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The deployment an environment describes; an unset or empty variable takes its default, and a malformed one is an error naming it. */
export function deploymentFrom(env: Readonly<Record<string, string | undefined>>): Deployment {
  return {
    site: env['SITE_URL'] ? siteUrl(env['SITE_URL']) : DEFAULT_SITE_URL,
    base: env['BASE_PATH'] ? basePath(env['BASE_PATH']) : '/',
  };
}

/** This process's deployment. */
export const DEPLOYMENT: Deployment = deploymentFrom(process.env);
