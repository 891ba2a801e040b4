/**
 * `npm run bench:scale [-- N…]`: how the site grows with the corpus. For each N
 * (default 1,000, 10,000 and 50,000), generates N synthetic notes in the open
 * data CSV format, imports them beside the real documents, builds the site
 * from cold (an empty build cache), and prints the build's wall time and peak
 * memory (every process of it), the size of dist/ and of the search index,
 * what searches download in Chromium (a first one, with a typical term and
 * with the commonest word; a later one; one over every period), and the time
 * of a rebuild after one new note with the build cache of the builds before
 * it (the cold one, then one with nothing changed). Every size's cold build
 * runs before any rebuild. Each build's log is kept beside the system's
 * temporary files and named at the end. Each size's work goes to a temporary
 * folder of its own, deleted once every build is done; content/, dist/ and the
 * project's build cache are not touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNotes } from '../../src/import/import-notes.ts';
import { readMinisterChoices } from '../../src/import/minister-choices.ts';
import { watchPeakMemory } from './peak-memory.ts';
import { measureCompleteSearch, measureSearch, median } from './search-cost.ts';
import { nextNoteCsv, syntheticNotesCsv, syntheticQueries } from './synthetic-notes.ts';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const COUNTS = SIZES.length > 0 ? SIZES : [1_000, 10_000, 50_000];
const SEARCH_RUNS = 3;
const PORT = 4397;
const MINISTERS = readMinisterChoices();

/** The build and the static server running now: an interruption stops them before the bench deletes its folders. */
const running = new Set<ChildProcess>();

/** Spawns a child process the bench stops if it is interrupted, in a process group of its own so that all of it stops. */
function spawnTracked(command: string, args: string[], options: Parameters<typeof spawn>[2]): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

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
  searchComplete: number;
  shards: number;
  unchangedSeconds: number;
  rebuildSeconds: number;
  rebuildPeakBytes: number;
  rebuildIndexed: number;
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

interface BuildRun {
  seconds: number;
  peakBytes: number;
  /** Shards in the index, and how many this build indexed rather than took from the cache. */
  shards: number;
  indexed: number;
}

/** `npm run build` of the given content folder into outDir with the given build cache (an empty one for a cold build), its output logged to `log`. */
async function build(contentDir: string, outDir: string, cacheDir: string, log: string): Promise<BuildRun> {
  const started = performance.now();
  const child = spawnTracked('node', ['scripts/build.ts', '--outDir', outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONTENT_DIR: contentDir, BUILD_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const file = createWriteStream(log);
  const written = new Promise<void>((resolve) => file.on('close', () => resolve()));
  // Both streams into one file, which is ended once both have.
  child.stdout!.pipe(file, { end: false });
  child.stderr!.pipe(file, { end: false });
  const drained = Promise.all([child.stdout!, child.stderr!].map((stream) => new Promise((resolve) => stream.on('end', resolve))));
  const memory = watchPeakMemory(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const peakBytes = memory.stop();
  const seconds = (performance.now() - started) / 1000;
  await drained;
  file.end();
  await written;
  if (code !== 0) throw new Error(`the build failed for ${contentDir} (exit ${code}); see ${log}`);
  const [shards = 0, indexed = 0] = /(\d+) shards of \d+ pages: (\d+) indexed/.exec(readFileSync(log, 'utf8'))?.slice(1).map(Number) ?? [];
  return { seconds, peakBytes, shards, indexed };
}

async function serve(dir: string): Promise<() => void> {
  const server = spawnTracked('node', ['scripts/serve-static.ts', dir, String(PORT)], { stdio: 'ignore' });
  // sirv lists every file of the site before it listens: over 700,000 at 50,000 notes, which takes more than 10 s.
  for (let tries = 0; tries < 1200; tries += 1) {
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

/** One size's folders and logs, kept from its cold build to its rebuild. */
interface SizeRun {
  count: number;
  work: string;
  content: string;
  dist: string;
  cache: string;
  logs: Record<'cold' | 'unchanged' | 'rebuild', string>;
}

/** Generates and imports `count` synthetic notes into a folder of their own, builds them from cold and measures the searches. */
async function measureCold(run: SizeRun): Promise<Omit<Row, 'unchangedSeconds' | 'rebuildSeconds' | 'rebuildPeakBytes' | 'rebuildIndexed'>> {
  const { count, content, dist, cache, logs } = run;
  mkdirSync(content);
  for (const folder of ['qp-notes', 'qp-notes-fr', 'articles']) cpSync(join('content', folder), join(content, folder), { recursive: true });

  const importStart = performance.now();
  const report = importNotes({ csv: syntheticNotesCsv(count), contentDir: content, ministers: MINISTERS, skipInvalid: false });
  const importSeconds = (performance.now() - importStart) / 1000;
  if (report.problems.length > 0) throw new Error(`synthetic rows were rejected: ${report.problems.length} problems`);

  const cold = await build(content, dist, cache, logs.cold);
  const site = folderSize(dist);
  const pagefind = folderSize(join(dist, 'pagefind'));

  const stop = await serve(dist);
  try {
    const { typical, later, commonest } = syntheticQueries();
    const home = `http://127.0.0.1:${PORT}/`;
    const costs = await measureSearch(home, typical, later, SEARCH_RUNS);
    const worst = await measureSearch(home, commonest, later, SEARCH_RUNS);
    const complete = await measureCompleteSearch(home, typical, SEARCH_RUNS);
    return {
      notes: count,
      importSeconds,
      buildSeconds: cold.seconds,
      peakBytes: cold.peakBytes,
      distBytes: site.bytes,
      distFiles: site.files,
      pages: site.pages,
      pagefindBytes: pagefind.bytes,
      searchFirst: median(costs.map((c) => c.bytesFirst)),
      searchLater: median(costs.map((c) => c.bytesLater)),
      searchCommonest: median(worst.map((c) => c.bytesFirst)),
      searchComplete: median(complete),
      shards: cold.shards,
    };
  } finally {
    stop();
  }
}

/** A build with nothing changed after the cold one, then one after importing the next note, with the caches of the builds before. */
async function measureRebuild(run: SizeRun): Promise<Pick<Row, 'unchangedSeconds' | 'rebuildSeconds' | 'rebuildPeakBytes' | 'rebuildIndexed'>> {
  const { content, dist, cache, logs } = run;
  // As builds come after the first: it leaves the cold build's site as dist.previous/, which the next build deletes
  // while Astro runs, as every build after it does with the site before the last.
  const unchanged = await build(content, dist, cache, logs.unchanged);
  const added = importNotes({ csv: nextNoteCsv(), contentDir: content, ministers: MINISTERS, skipInvalid: false });
  if (added.problems.length > 0 || added.writes.length !== 2) throw new Error('the next note was not imported in both languages');
  const rebuild = await build(content, dist, cache, logs.rebuild);
  return { unchangedSeconds: unchanged.seconds, rebuildSeconds: rebuild.seconds, rebuildPeakBytes: rebuild.peakBytes, rebuildIndexed: rebuild.indexed };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
// Every size's cold build comes first, and nothing is deleted until the end (a rebuild deletes the site before the
// last): on this machine's ext4, which has no journal, a new file skips every inode freed in the minute before (five
// if not yet written back), and a cold 10,000-note build started just after a few gigabytes were deleted took 154 and
// 162 s, against 119 to 123 s.
const runs: SizeRun[] = COUNTS.map((count) => {
  const work = mkdtempSync(join(tmpdir(), `briefing-scale-${count}-`));
  const log = (kind: string) => join(tmpdir(), `bench-scale-${count}-${kind}.log`);
  return {
    count,
    work,
    content: join(work, 'content'),
    dist: join(work, 'dist'),
    cache: join(work, 'cache'),
    logs: { cold: log('cold'), unchanged: log('unchanged'), rebuild: log('rebuild') },
  };
});
const removeWork = () => {
  for (const run of runs) rmSync(run.work, { recursive: true, force: true });
};
// Interrupted (Ctrl-C, a kill), the bench stops what it runs and waits for it, then deletes its folders, which it keeps
// until the end (the default sizes' sites alone are 8 GB); the build it stops deletes its own unfinished site.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\nbench:scale interrupted (${signal}): stopping, then deleting ${runs.map((run) => run.work).join(', ')}`);
    const children = [...running];
    const stopped = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
    for (const child of children) {
      try {
        process.kill(-child.pid!, 'SIGINT');
      } catch {
        // Ended already; its exit is on its way.
      }
    }
    void Promise.all(stopped).then(() => {
      removeWork();
      process.exit(128 + constants.signals[signal]);
    });
  });
}
const rows: Row[] = [];
try {
  const colds = [];
  for (const run of runs) {
    console.error(`building with ${run.count.toLocaleString('en-CA')} synthetic notes…`);
    colds.push(await measureCold(run));
  }
  for (const [i, run] of runs.entries()) {
    console.error(`rebuilding ${run.count.toLocaleString('en-CA')} notes, unchanged and with one more…`);
    rows.push({ ...colds[i]!, ...(await measureRebuild(run)) });
  }
} catch (error) {
  // What was stopped fails (a build, the browser); the interruption's handler ends the process once all of it has.
  if (interrupted) await new Promise(() => {});
  throw error;
} finally {
  removeWork();
}

console.log(
  `\nScale benchmark: synthetic notes (English and French) beside the real documents; cold builds on ${(await import('node:os')).cpus().length} cores.\n`,
);
console.log(
  '| notes (pages) | import | build | peak memory, all processes | first results, typical term | first results, commonest word | later search | every period | rebuild after one note | shards (re-indexed) | rebuild peak | dist/ | files | search index |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const n = (value: number) => value.toLocaleString('en-CA');
  console.log(
    `| ${n(r.notes)} (${n(r.pages)}) | ${r.importSeconds.toFixed(1)} s | ${r.buildSeconds.toFixed(1)} s | ${mb(r.peakBytes)} | ${kb(r.searchFirst)} | ${kb(r.searchCommonest)} | ${kb(r.searchLater)} | ${kb(r.searchComplete)} | ${r.rebuildSeconds.toFixed(1)} s (${((100 * r.rebuildSeconds) / r.buildSeconds).toFixed(0)}%) | ${n(r.shards)} (${n(r.rebuildIndexed)}) | ${mb(r.rebuildPeakBytes)} | ${mb(r.distBytes)} | ${n(r.distFiles)} | ${mb(r.pagefindBytes)} |`,
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
console.log(
  'Search bytes are as sent by the server of npm start (Brotli where the build wrote a .br file), until the results show; "every period" searches the typical term on /search/ with periods=all. HTML pages counts every page, changes pages and listings included.',
);
console.log(
  `The rebuild follows a build with nothing changed (${rows.map((r) => `${r.unchangedSeconds.toFixed(1)} s at ${r.notes.toLocaleString('en-CA')} notes`).join(', ')}), as any build but the first does, and so deletes a previous site while Astro runs.`,
);
console.log(`Build logs: ${COUNTS.map((count) => join(tmpdir(), `bench-scale-${count}-{cold,unchanged,rebuild}.log`)).join(', ')}`);
