import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/**
 * What every server of the site sends: the security headers, the site's
 * Content-Security-Policy and how long each file may be cached. `_headers`
 * (src/deploy/headers-file.ts) records it for static hosts, and the nginx and
 * Caddy configurations and `npm start` are made from that file, so that every
 * way of serving the site sends the same headers.
 */

/** Headers every response gets, the 404 page's included. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
} as const;

/** Directives a `<meta>` policy cannot carry, so the header adds them. */
const HEADER_ONLY_DIRECTIVES = { 'frame-ancestors': ["'none'"] };

/** For files named by a hash of their content: a new version is a new name, so a copy never needs checking. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * For every other file, pages included: kept, but checked with the server
 * (a 304 when unchanged) before each use. A page kept any longer could name
 * stylesheets or index files that the next deployment has replaced.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The folders, below the base path, whose files are all named by a hash of their content: Astro's assets, the
 * search interface's chunks, and the search index's shards, each in a folder named by a digest of its pages
 * (src/build/search-index.ts).
 */
export const CONTENT_NAMED_FOLDERS = ['_astro/', 'modules/chunks/', 'pagefind/shards/'] as const;

/** Headers for every path that begins with `prefix` (a path ending in "/", or a whole path). */
export interface HeaderRule {
  prefix: string;
  headers: Record<string, string>;
}

type Policy = Map<string, Set<string>>;

function parsePolicy(csp: string): Policy {
  const policy: Policy = new Map();
  for (const directive of csp.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, new Set(sources));
  }
  return policy;
}

/**
 * One policy for the whole site: each page's own policy, with the hashes of
 * every page's inline scripts and styles together. A hash admits only the exact
 * script it was computed from, so the union admits nothing the site did not
 * build, and the header stays the same size however many pages there are.
 */
export function sitePolicy(pagePolicies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const csp of pagePolicies) {
    for (const [name, sources] of parsePolicy(csp)) {
      const into = merged.get(name) ?? new Set<string>();
      for (const source of sources) into.add(source);
      merged.set(name, into);
    }
  }
  for (const [name, sources] of Object.entries(HEADER_ONLY_DIRECTIVES)) merged.set(name, new Set(sources));
  const sortSources = (sources: Set<string>) => [...sources].sort((a, b) => Number(a.startsWith("'sha")) - Number(b.startsWith("'sha")) || a.localeCompare(b));
  return [...merged].map(([name, sources]) => [name, ...sortSources(sources)].join(' ')).join('; ');
}

/**
 * The site's rules: the security headers and policy for everything below the
 * base path, and a year's caching for the content-named folders. Other files
 * take REVALIDATE from the server (src/deploy/served-headers.ts): static hosts
 * do that by default, and some join two matching rules' values of one header
 * with a comma, so `_headers` sets Cache-Control once per path.
 */
export function headerRules(base: string, pagePolicies: readonly string[]): HeaderRule[] {
  return [
    { prefix: base, headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': sitePolicy(pagePolicies) } },
    ...CONTENT_NAMED_FOLDERS.map((folder) => ({ prefix: `${base}${folder}`, headers: { 'Cache-Control': IMMUTABLE } })),
  ];
}

/**
 * The Content-Security-Policy `<meta>` tag of a built page, as written. A
 * regular expression finds it, since parsing whole heads would cost 0.17 ms a
 * page (17 s at 100,000 pages) against 0.0004 ms.
 */
export const metaPolicyTag = (html: string): string | undefined => /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];

/** The policy a `<meta>` policy tag declares, read by the HTML parser so that its attribute is decoded as a browser does. */
export function tagPolicy(tag: string): string | undefined {
  const content = select('meta', fromHtml(tag, { fragment: true }))?.properties['content'];
  return typeof content === 'string' ? content : undefined;
}
