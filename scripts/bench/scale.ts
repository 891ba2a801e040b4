/**
 * `npm run bench:scale [-- N…]`: how the site grows with the corpus. For each N
 * (default 100, 1,000 and 10,000), generates N synthetic notes in the open
 * data CSV format, imports them beside the real documents, builds the site
 * from cold, and prints the build's wall time and peak memory, the size of
 * dist/ and of the Pagefind index, and what a first and a later search
 * download in Chromium. Work goes to a temporary folder; content/ and dist/
 * are not touched.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNotes } from '../../src/import/import-notes.ts';
import { readMinisterChoices } from '../../src/import/minister-choices.ts';
import { watchPeakMemory } from './peak-memory.ts';
import { measureSearch, median } from './search-cost.ts';
import { syntheticNotesCsv, syntheticQueries } from './synthetic-notes.ts';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const COUNTS = SIZES.length > 0 ? SIZES : [100, 1_000, 10_000];
const SEARCH_RUNS = 3;
const PORT = 4397;

interface Row {
  notes: number;
  importSeconds: number;
  buildSeconds: number;
  peakBytes: number;
  distBytes: number;
  distFiles: number;
  pages: number;
  pagefindBytes: number;
  searchFirst: number;
  searchLater: number;
  searchCommonest: number;
}

function folderSize(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, files, pages };
}

/** A cold `npm run build` of the given content folder into outDir (Astro, then the search index and compressed copies): the content cache is cleared first. */
async function build(contentDir: string, outDir: string): Promise<{ seconds: number; peakBytes: number }> {
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const started = performance.now();
  const child = spawn('node', ['scripts/build.ts', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const memory = watchPeakMemory(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const peakBytes = memory.stop();
  if (code !== 0) throw new Error(`the build failed for ${contentDir} (exit ${code})`);
  return { seconds: (performance.now() - started) / 1000, peakBytes };
}

async function serve(dir: string): Promise<() => void> {
  const server = spawn('node', ['scripts/serve-static.ts', dir, String(PORT)], { stdio: 'ignore' });
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return () => server.kill();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the static server did not answer on port ${PORT}`);
}

async function measure(count: number): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), `briefing-scale-${count}-`));
  try {
    const content = join(work, 'content');
    mkdirSync(content);
    for (const folder of ['qp-notes', 'qp-notes-fr', 'articles']) cpSync(join('content', folder), join(content, folder), { recursive: true });

    const importStart = performance.now();
    const report = importNotes({ csv: syntheticNotesCsv(count), contentDir: content, ministers: readMinisterChoices(), skipInvalid: false });
    const importSeconds = (performance.now() - importStart) / 1000;
    if (report.problems.length > 0) throw new Error(`synthetic rows were rejected: ${report.problems.length} problems`);

    const dist = join(work, 'dist');
    const { seconds, peakBytes } = await build(content, dist);
    const site = folderSize(dist);
    const pagefind = folderSize(join(dist, 'pagefind'));

    const stop = await serve(dist);
    let costs;
    let worst;
    try {
      const { typical, later, commonest } = syntheticQueries();
      costs = await measureSearch(`http://127.0.0.1:${PORT}/`, typical, later, SEARCH_RUNS);
      worst = await measureSearch(`http://127.0.0.1:${PORT}/`, commonest, later, SEARCH_RUNS);
    } finally {
      stop();
    }
    return {
      notes: count,
      importSeconds,
      buildSeconds: seconds,
      peakBytes,
      distBytes: site.bytes,
      distFiles: site.files,
      pages: site.pages,
      pagefindBytes: pagefind.bytes,
      searchFirst: median(costs.map((c) => c.bytesFirst)),
      searchLater: median(costs.map((c) => c.bytesLater)),
      searchCommonest: median(worst.map((c) => c.bytesFirst)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Row[] = [];
for (const count of COUNTS) {
  console.error(`building with ${count.toLocaleString('en-CA')} synthetic notes…`);
  rows.push(await measure(count));
}

console.log(
  `\nScale benchmark: synthetic notes (English and French) beside the real documents; cold builds on ${(await import('node:os')).cpus().length} cores.\n`,
);
console.log(
  '| notes | import | build | peak memory | dist/ | files | HTML pages | Pagefind index | first search | later search | first search, commonest word |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.notes.toLocaleString('en-CA')} | ${r.importSeconds.toFixed(1)} s | ${r.buildSeconds.toFixed(1)} s | ${mb(r.peakBytes)} | ${mb(r.distBytes)} | ${r.distFiles.toLocaleString('en-CA')} | ${r.pages.toLocaleString('en-CA')} | ${mb(r.pagefindBytes)} | ${kb(r.searchFirst)} | ${kb(r.searchLater)} | ${kb(r.searchCommonest)} |`,
  );
}
const first = rows[0]!;
for (const r of rows.slice(1)) {
  const growth = r.notes / first.notes;
  console.log(
    `\n${r.notes.toLocaleString('en-CA')} vs ${first.notes.toLocaleString('en-CA')} notes (×${growth}): build ×${(r.buildSeconds / first.buildSeconds).toFixed(1)}, memory ×${(r.peakBytes / first.peakBytes).toFixed(1)}, dist ×${(r.distBytes / first.distBytes).toFixed(1)}.`,
  );
}
const queries = syntheticQueries();
console.log(
  `\nSearches, from the home page's field: first "${queries.typical}" (a typical term), later "${queries.later}"; the last column searches "${queries.commonest}", the commonest word, first.`,
);
console.log('Search bytes are as sent by the server of npm start: Brotli where the build wrote a .br file.');
