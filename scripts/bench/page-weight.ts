/**
 * `npm run bench:weight`: the bytes each built page costs on load, raw and
 * gzipped: its HTML, the CSS and JS files it links, and its request count;
 * then fails if any page is over the budget: HTML and CSS within 14 KB
 * gzipped (one round trip) and no JavaScript downloaded on load.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

/** Every built page; the search index and bundled assets hold none. */
const htmlFiles = (dir: string) => globSync('**/*.html', { cwd: dir, exclude: ['pagefind/**', '_astro/**'] }).map((page) => join(dir, page));

/** Bytes that arrive in the first round trip of a new connection (10 TCP segments). */
const FIRST_ROUND_TRIP = 14 * 1024;
const overBudget: string[] = [];

const size = (text: Buffer) => ({ raw: text.length, gz: gzipSync(text, { level: 9 }).length });
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);

console.log('page'.padEnd(72), 'HTML raw/gz KB  CSS raw/gz KB   JS raw/gz KB  requests');
for (const file of htmlFiles(DIST).sort()) {
  const html = readFileSync(file);
  const text = html.toString();
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => readFileSync(join(DIST, m[1]!)));
  const css = linked(/<link rel="stylesheet" href="\/([^"]+)"/g);
  const js = linked(/<script type="module" src="\/([^"]+)"/g);
  const total = (files: Buffer[]) => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
  const h = size(html);
  const c = total(css);
  const j = total(js);
  const url = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
  if (h.gz + c.gz > FIRST_ROUND_TRIP) overBudget.push(`${url}: HTML and CSS are ${kb(h.gz + c.gz).trim()} KB gzipped, over ${FIRST_ROUND_TRIP / 1024} KB`);
  if (js.length > 0) overBudget.push(`${url}: downloads ${js.length} script(s) on load`);
  console.log(
    url.padEnd(72),
    `${kb(h.raw)} ${kb(h.gz)}  ${kb(c.raw)} ${kb(c.gz)}  ${kb(j.raw)} ${kb(j.gz)}  ${String(1 + css.length + js.length).padStart(4)}`,
  );
}

if (overBudget.length > 0) {
  console.error(`\nOver budget:\n${overBudget.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
