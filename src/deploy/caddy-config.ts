import type { HeaderRule } from './header-policy.ts';
import { basePathOf, headersFor, servedPlaces } from './served-headers.ts';
import { configValue, type ServerOptions } from './server-options.ts';

const quoted = (value: string, what: string) => `"${configValue(value, what, /["\\{}`]/)}"`;

/**
 * A complete Caddyfile serving a built site as `_headers` describes, run
 * with `caddy run --config FILE --adapter caddyfile`: plain HTTP on the port
 * (TLS and the admin API are left to the deployment), each rule a path
 * matcher with every header its files get, the `.br` and `.gz` files made at
 * build sent to browsers that accept them, folders redirected to their final
 * slash, and anything else the site's 404 page with status 404.
 */
export function caddyfile(rules: readonly HeaderRule[], { root, port }: ServerOptions): string {
  const base = basePathOf(rules);
  const places = servedPlaces(rules);
  // Each place is matched by its prefix and by not being below a longer one, so exactly one set of headers applies.
  const matchers = places.flatMap(({ prefix }, i) => {
    const deeper = places.slice(i + 1).filter((other) => other.prefix.startsWith(prefix));
    return [
      `\t@place${i} {`,
      `\t\tpath ${quoted(`${prefix}*`, 'a _headers path')}`,
      ...(deeper.length > 0 ? [`\t\tnot path ${deeper.map((other) => quoted(`${other.prefix}*`, 'a _headers path')).join(' ')}`] : []),
      '\t}',
      `\theader @place${i} {`,
      ...Object.entries(places[i]!.headers).map(([name, value]) => `\t\t${name} ${quoted(value, `the ${name} header`)}`),
      '\t}',
    ];
  });
  const serveFiles = [`\troot * ${quoted(root, 'the site folder')}`, '\tfile_server {', '\t\tprecompressed br gzip', '\t}'];
  return [
    '# Caddyfile for Briefing Room, made from its _headers by `npm run server-config -- caddy`.',
    '{',
    '\tadmin off',
    '\tauto_https off',
    '}',
    '',
    `http://:${port} {`,
    ...matchers,
    ...(base === '/'
      ? serveFiles
      : [`\thandle_path ${quoted(`${base}*`, 'the base path')} {`, ...serveFiles.map((line) => `\t${line}`), '\t}', '\thandle {', '\t\terror 404', '\t}']),
    // An error response is the 404 page, with that page's headers in place of those of the path asked for.
    '\thandle_errors {',
    '\t\theader {',
    ...Object.entries(headersFor(rules, `${base}404.html`)).map(([name, value]) => `\t\t\t${name} ${quoted(value, `the ${name} header`)}`),
    '\t\t}',
    `\t\trewrite * ${quoted(`/404.html`, 'the 404 page')}`,
    ...serveFiles.map((line) => `\t${line}`),
    '\t}',
    '}',
    '',
  ].join('\n');
}
