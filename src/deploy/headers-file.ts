import type { HeaderRule } from './header-policy.ts';

/**
 * The `_headers` file that Netlify and Cloudflare Pages read: a path pattern
 * on a line of its own, then its headers, indented. The nginx and Caddy
 * configurations and `npm start` read it back, so that they send what it says.
 */

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Sent with every response whose path matches the pattern above the headers (Netlify, Cloudflare Pages).',
    '# `npm run server-config -- nginx|caddy --root DIR --port N` turns this file into a server configuration.',
  ];
  for (const { prefix, headers } of rules) lines.push(`${prefix}*`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Reads a `_headers` file. Only the patterns this site writes are understood,
 * a path ending in `*` that matches every path it begins; anything else is an
 * error naming the line, rather than a rule some server would apply
 * differently.
 */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `${file}, line ${index + 1}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      if (!path.startsWith('/') || !path.endsWith('*') || /[*:]/.test(path.slice(0, -1)))
        throw new Error(`${where}: ${JSON.stringify(path)} is not a pattern this site serves; expected a path ending in * (e.g. /*, /_astro/*)`);
      rules.push({ prefix: path.slice(0, -1), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path pattern`);
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (colon === -1 || !HEADER_NAME.test(name) || value === '') throw new Error(`${where}: expected "Name: value", got ${JSON.stringify(line.trim())}`);
    if (Object.keys(rule.headers).some((given) => given.toLowerCase() === name.toLowerCase()))
      throw new Error(`${where}: ${name} is given twice for ${rule.prefix}*`);
    rule.headers[name] = value;
  });
  if (rules.length === 0) throw new Error(`${file} has no rules`);
  return rules;
}
