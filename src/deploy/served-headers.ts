import { REVALIDATE, type HeaderRule } from './header-policy.ts';

/**
 * What a server sends for each path under a set of `_headers` rules, the way
 * Netlify and Cloudflare Pages apply them: every rule whose prefix begins
 * the path applies, and a longer prefix's value of a header wins. A file no
 * rule gives a Cache-Control is revalidated before each use, as those hosts
 * do by default.
 */

/** The path the site is served under: the rule whose prefix begins every other. */
export function basePathOf(rules: readonly HeaderRule[]): string {
  const shortest = [...rules].sort((a, b) => a.prefix.length - b.prefix.length)[0];
  if (!shortest || !shortest.prefix.endsWith('/') || !rules.every((rule) => rule.prefix.startsWith(shortest.prefix)))
    throw new Error('_headers needs one rule for the whole site (/* or /base/*) that every other rule lies below');
  return shortest.prefix;
}

/** The headers for a path. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const applying = rules.filter((rule) => path.startsWith(rule.prefix)).sort((a, b) => a.prefix.length - b.prefix.length);
  const headers: Record<string, string> = { 'Cache-Control': REVALIDATE };
  for (const rule of applying) {
    for (const [name, value] of Object.entries(rule.headers)) {
      for (const given of Object.keys(headers)) if (given.toLowerCase() === name.toLowerCase()) delete headers[given];
      headers[name] = value;
    }
  }
  return headers;
}

/**
 * One place per rule, longest prefix last, each with every header its paths
 * get: a server that picks the longest matching prefix (nginx's locations,
 * Caddy's matchers) then sends what `headersFor` gives.
 */
export function servedPlaces(rules: readonly HeaderRule[]): HeaderRule[] {
  basePathOf(rules);
  return [...rules].sort((a, b) => a.prefix.length - b.prefix.length).map((rule) => ({ prefix: rule.prefix, headers: headersFor(rules, rule.prefix) }));
}
