/**
 * `npm run bench:weight`: the bytes each built page costs on load, raw and as
 * a server sends them compressed: its HTML, the CSS and JS files it links,
 * and its request count; then fails if any page is over the budget (HTML and
 * CSS within 14 KB gzipped, one round trip; no JavaScript downloaded on
 * load), or links a stylesheet or script the site lacks. The compressed sizes
 * are those of the .gz and .br copies the build wrote beside each file
 * (src/deploy/precompress.ts), which the servers send as they are, so that
 * the budget is checked against the bytes a reader gets (gzip's, for a
 * browser that takes no Brotli).
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = 'dist';

/** Every built page; the search index and bundled assets hold none. */
const htmlFiles = (dir: string) => globSync('**/*.html', { cwd: dir, exclude: ['pagefind/**', '_astro/**'] }).map((page) => join(dir, page));

/** Bytes that arrive in the first round trip of a new connection (10 TCP segments). */
const FIRST_ROUND_TRIP = 14 * 1024;
const failures: string[] = [];

interface Size {
  raw: number;
  gz: number;
  br: number;
}

// A site with no compressed copy of its home page was not built by `npm run build`, which writes them: its served bytes are unknown.
if (!existsSync(join(DIST, 'index.html.gz')) || !existsSync(join(DIST, 'index.html.br'))) {
  console.error(`${DIST}/index.html has no .gz or .br copy: bench:weight measures a site built by npm run build, which writes them`);
  process.exit(1);
}

/** The bytes a server sends of a file: its copy, or the file itself where the copy would not be smaller and the build wrote none. */
const served = (file: string, suffix: 'gz' | 'br') => statSync(existsSync(`${file}.${suffix}`) ? `${file}.${suffix}` : file).size;

const size = (file: string): Size => ({ raw: statSync(file).size, gz: served(file, 'gz'), br: served(file, 'br') });
const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz, br: a.br + b.br }), { raw: 0, gz: 0, br: 0 });
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const column = ({ raw, gz, br }: Size) => `${kb(raw)} ${kb(gz)} ${kb(br)}`;

console.log('page'.padEnd(72), ' HTML raw/gz/br KB     CSS raw/gz/br KB      JS raw/gz/br KB  requests');
for (const file of htmlFiles(DIST).sort()) {
  const text = readFileSync(file, 'utf8');
  const url = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => join(DIST, m[1]!));
  const css = linked(/<link rel="stylesheet" href="\/([^"]+)"/g);
  const js = linked(/<script type="module" src="\/([^"]+)"/g);
  // A file the page links and the site lacks would cost a reader a failed request, not bytes: named, then left out of the sums.
  const missing = [...css, ...js].filter((linkedFile) => !existsSync(linkedFile));
  for (const linkedFile of missing) failures.push(`${url}: links ${relative(DIST, linkedFile)}, which ${DIST} does not have`);
  const present = (files: string[]) => files.filter((linkedFile) => !missing.includes(linkedFile));
  const h = size(file);
  const c = sum(present(css).map(size));
  const j = sum(present(js).map(size));
  if (h.gz + c.gz > FIRST_ROUND_TRIP) failures.push(`${url}: HTML and CSS are ${kb(h.gz + c.gz).trim()} KB gzipped, over ${FIRST_ROUND_TRIP / 1024} KB`);
  if (js.length > 0) failures.push(`${url}: downloads ${js.length} script(s) on load`);
  console.log(url.padEnd(72), `${column(h)}  ${column(c)}  ${column(j)}  ${String(1 + css.length + js.length).padStart(4)}`);
}

if (failures.length > 0) {
  console.error(`\nOver budget, or broken:\n${failures.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
