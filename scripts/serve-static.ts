/**
 * `node scripts/serve-static.ts DIR [PORT]`: serves a built site as its
 * production servers do (src/deploy/): the headers of DIR/_headers, under the
 * base path those name, the build's .br and .gz files to browsers that accept
 * them, folders redirected to their final slash, and anything else the site's
 * 404 page with status 404. `npm start` uses it, as do the browser tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile } from '../src/deploy/headers-file.ts';
import { basePathOf, headersFor } from '../src/deploy/served-headers.ts';

const [dir, port = '4321'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/serve-static.ts DIR [PORT]');
  process.exit(2);
}
const headersFile = join(dir, '_headers');
if (!existsSync(headersFile)) {
  console.error(`${headersFile} not found: build the site first (npm run build)`);
  process.exit(2);
}

const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile);
const base = basePathOf(rules);
const notFoundPage = readFileSync(join(dir, '404.html'));
const send = (response: ServerResponse, path: string) => {
  for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
};
const serve = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true, setHeaders: (response, path) => send(response, `${base}${path.slice(1)}`) });

const isFolder = (path: string) => {
  try {
    return statSync(join(dir, path)).isDirectory();
  } catch {
    return false;
  }
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const notFound = () => {
    send(response, `${base}404.html`);
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : notFoundPage);
  };
  if (!url.pathname.startsWith(base)) return notFound();
  let below: string;
  try {
    below = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return notFound();
  }
  if (below !== '' && !below.endsWith('/') && isFolder(below)) {
    send(response, url.pathname);
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    return response.end();
  }
  request.url = `/${url.pathname.slice(base.length)}${url.search}`;
  return serve(request, response, notFound);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`));
