/**
 * `node scripts/serve-static.ts DIR PORT`: serves a built site from any
 * folder, for a second site beside `astro preview` (which serves one per
 * project): the site built from imported test notes, and the scale benchmark's.
 * Unknown paths get the site's own 404 page, as on a static host.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const [dir, port = '4323'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/serve-static.ts DIR [PORT]');
  process.exit(2);
}

const notFound = readFileSync(join(dir, '404.html'));
const serve = sirv(dir, { dev: false, etag: true });

createServer((request, response) =>
  serve(request, response, () => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(notFound);
  }),
).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}/`));
