import type { HeaderRule } from './header-policy.ts';
import { basePathOf, servedPlaces } from './served-headers.ts';
import { configValue, type ServerOptions } from './server-options.ts';

/** Where Debian's libnginx-mod-http-brotli-static puts the module that serves `.br` files. */
export const DEBIAN_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The types of the files the site is made of; anything else is sent as application/octet-stream. */
const TYPES = {
  'text/html': 'html',
  'text/css': 'css',
  'text/javascript': 'js mjs',
  'application/json': 'json',
  'application/xml': 'xml',
  'application/rss+xml': 'rss',
  'text/plain': 'txt',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'application/wasm': 'wasm',
};

const quoted = (value: string, what: string) => `"${configValue(value, what, /["\\$]/)}"`;

/**
 * A complete nginx.conf serving a built site as `_headers` describes, run with
 * `nginx -p PREFIX -c FILE` (its pid and temporary files go under PREFIX):
 * each rule becomes a location with every header its files get (nginx drops
 * a server's add_header in any location that has its own, so each location
 * repeats them all); `.br` and `.gz` files made at build are sent to browsers
 * that accept them, with `Vary: Accept-Encoding`; a folder asked for without
 * its final slash is redirected to it; anything else is the site's 404 page
 * with status 404. Brotli needs a module (`brotliModule`, or null to send
 * gzip only).
 */
export function nginxConfig(rules: readonly HeaderRule[], { root, port }: ServerOptions, brotliModule: string | null = DEBIAN_BROTLI_MODULE): string {
  const base = basePathOf(rules);
  const folder = (prefix: string) => quoted(`${root}/${prefix.slice(base.length)}`, 'the site folder');
  const headerLines = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `      add_header ${name} ${quoted(value, `the ${name} header`)} always;`);
  const locations = servedPlaces(rules).flatMap(({ prefix, headers }) => [
    `    location ^~ ${quoted(prefix, 'a _headers path')} {`,
    `      alias ${folder(prefix)};`,
    ...headerLines(headers),
    '    }',
  ]);
  return [
    '# nginx.conf for Briefing Room, made from its _headers by `npm run server-config -- nginx`.',
    ...(brotliModule ? [`load_module ${quoted(brotliModule, 'the Brotli module')};`] : []),
    'worker_processes auto;',
    'pid nginx.pid;',
    'error_log stderr warn;',
    'events {',
    '  worker_connections 1024;',
    '}',
    'http {',
    '  types {',
    ...Object.entries(TYPES).map(([type, extensions]) => `    ${type} ${extensions};`),
    '  }',
    '  default_type application/octet-stream;',
    '  charset utf-8;',
    `  charset_types ${Object.keys(TYPES)
      // text/html always is.
      .filter((type) => type !== 'text/html' && (type.startsWith('text/') || /json|xml|svg/.test(type)))
      .join(' ')};`,
    '  access_log off;',
    '  # A missing file is the 404 page, not a server error.',
    '  log_not_found off;',
    '  server_tokens off;',
    '  sendfile on;',
    '  # Temporary files under the prefix, so that no folder outside it needs to be writable.',
    '  client_body_temp_path client_body_temp;',
    '  proxy_temp_path proxy_temp;',
    '  fastcgi_temp_path fastcgi_temp;',
    '  uwsgi_temp_path uwsgi_temp;',
    '  scgi_temp_path scgi_temp;',
    '  # The build wrote .gz and .br beside each file that compresses; nothing is compressed per request.',
    '  gzip off;',
    '  gzip_static on;',
    ...(brotliModule ? ['  brotli_static on;'] : []),
    '  gzip_vary on;',
    '  # A folder asked for without its final slash is redirected to a path, whatever host and port the reader used.',
    '  absolute_redirect off;',
    '  server {',
    `    listen ${port};`,
    '    server_name _;',
    '    index index.html;',
    `    error_page 404 ${quoted(`${base}404.html`, 'the 404 page')};`,
    ...locations,
    ...(base === '/' ? [] : ['    location / {', '      return 404;', '    }']),
    '  }',
    '}',
    '',
  ].join('\n');
}
