/**
 * `npm run build`: a build published into dist/ only when it is complete.
 * Astro builds into a sibling folder (dist.partial/); once Astro has exited,
 * its memory freed, each document's .json is written beside its page,
 * Pagefind indexes the pages in shards, and every text file gets its .br and
 * .gz copies; then dist.partial/ takes dist/'s place. What an
 * earlier build made from the same input (rendered bodies, shards, copies) is
 * taken from the build cache (src/lib/build-cache.ts). A failed or
 * interrupted build (Ctrl-C at any step) leaves the previous dist/ as it was,
 * never a half-built site without its search index or headers. The site it
 * replaces stays as dist.previous/ until the next build, which deletes it
 * while Astro runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { CHUNK_LOCATIONS } from '../src/build/index-chunks.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { writeDocumentDataFiles } from '../src/build/document-data-files.ts';
import { CacheLockError, lockBuildCache } from '../src/build/cache-lock.ts';
import { precompress } from '../src/deploy/precompress.ts';
import { documentPathsByLanguage } from '../src/lib/document-index.ts';
import { MAX_SHARD_PAGES } from '../src/search/shards.ts';
import { BUILD_CACHE_DIR, PRECOMPRESSED_CACHE_DIR } from '../src/lib/build-cache.ts';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const outDir = outDirFlag >= 0 && args[outDirFlag + 1] ? args[outDirFlag + 1]! : 'dist';
const partial = `${outDir}.partial`;
const previous = `${outDir}.previous`;
const discarded = `${outDir}.discarded`;

/** A whole number from the environment, or `fallback` when unset; anything else stops the build, naming the variable. */
function wholeNumberFromEnvironment(name: string, fallback: number, what: string): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d{0,6}$/.test(value)) {
    console.error(`${name} must be a whole number of ${what} from 1 to 9999999; got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return Number(value);
}

/** The most pages one search shard holds: tests set it low, to split a small corpus as a large one is. */
const maxShardPages = wholeNumberFromEnvironment('SEARCH_SHARD_PAGES', MAX_SHARD_PAGES, 'pages');
/** The word locations a shard's index chunks are cut after: tests set it low, so that a small index is cut into several. */
const chunkLocations = wholeNumberFromEnvironment('SEARCH_CHUNK_LOCATIONS', CHUNK_LOCATIONS, 'word locations');

/**
 * V8 lets a process's garbage grow to about 4 GB on this size of machine before
 * it collects it all, whatever the build keeps live: 278 MB at 20,000
 * documents, by a heap snapshot taken while pages are written, 58 MB of it
 * two strings of the content store (Astro inlines the store in a module as
 * JSON, and the module's source is kept with it). So Astro's heap is held to 512 MB
 * plus 14 KB a document, at least 1 GB (or ASTRO_HEAP_MB), where full
 * collections begin sooner and the build's memory stays near what it uses.
 */
const documents = globSync('**/*.md', { cwd: process.env['CONTENT_DIR'] || 'content' }).length;
const astroHeapMb = wholeNumberFromEnvironment('ASTRO_HEAP_MB', Math.max(1024, Math.ceil(512 + documents * 0.014)), 'megabytes');

// The cache must outlive the sites it serves: inside one, it would go with the next build's swap, and every build would be cold.
const cacheDir = resolve(BUILD_CACHE_DIR);
for (const site of [outDir, partial, previous, discarded].map((dir) => resolve(dir))) {
  if (cacheDir === site || cacheDir.startsWith(`${site}${sep}`)) {
    console.error(`BUILD_CACHE_DIR must be outside the built site; ${JSON.stringify(BUILD_CACHE_DIR)} is in ${relative('.', site) || '.'}`);
    process.exit(2);
  }
}

function lockCache() {
  try {
    return lockBuildCache(cacheDir);
  } catch (error) {
    if (!(error instanceof CacheLockError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
const cacheLock = lockCache();
if (cacheLock.afterInterruptedBuild) console.log('The last build with this cache was stopped before it ended: every page is rendered again.');

// A run killed between the two renames below left the last good site under its previous name: put it back.
if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
rmSync(partial, { recursive: true, force: true });

/**
 * Deletes a folder in a process of its own, which runs on while Astro holds
 * this one: deleting a site of a hundred thousand files takes seconds, which
 * overlap Astro's rather than add to the build's.
 */
function deleteInBackground(dir: string): Promise<void> {
  const deleting = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], { stdio: 'inherit' });
  return new Promise((resolve) =>
    deleting.on('exit', (code) => {
      if (code !== 0) console.warn(`${dir} could not be deleted (exit ${code}); the next build tries again.`);
      resolve();
    }),
  );
}

// The site before the last one: out of the way of this build's, and deleted while it is made. One left by a killed build goes first.
if (existsSync(previous)) {
  rmSync(discarded, { recursive: true, force: true });
  renameSync(previous, discarded);
}
const discarding = existsSync(discarded) ? deleteInBackground(discarded) : Promise.resolve();

function fail(why: string, code: number): never {
  rmSync(partial, { recursive: true, force: true });
  cacheLock.release();
  const kept = existsSync(outDir) ? `${outDir} is the previous build, unchanged` : `there is no ${outDir}`;
  console.error(`\nBuild ${why}; ${kept}.`);
  process.exit(code);
}

// While Astro runs, Ctrl-C reaches it too and it stops; this process stays to clean up and say so.
let astroRunning = true;
process.on('SIGINT', () => {
  if (!astroRunning) fail('interrupted (SIGINT)', 130);
});

const astroArgs = outDirFlag >= 0 ? args.toSpliced(outDirFlag, 2) : args;
const result = spawnSync('astro', ['build', ...astroArgs, '--outDir', partial], {
  stdio: 'inherit',
  env: {
    ...process.env,
    // Astro's page thread hands each page's folders and writes to libuv's thread pool, and a call that must wake an idle
    // thread of it costs the caller the wake-up. With one thread, busy with the calls before, few do: a cold 10,000-note
    // astro build took 77.9 and 81.5 s so, against 92.7 s with the default four threads and 94.2 s with two.
    UV_THREADPOOL_SIZE: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: [process.env['NODE_OPTIONS'], `--max-old-space-size=${astroHeapMb}`].filter(Boolean).join(' '),
  },
});
astroRunning = false;
if (result.status !== 0) {
  // Astro may have stopped while it was writing pages, after some of their copies and before its record of them.
  cacheLock.forgetRenderedPages();
  fail(result.signal ? `interrupted (${result.signal})` : 'failed', result.status ?? 1);
}

const log = (step: string) => (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${step}] ${message}`);
try {
  // One step after the other, so that the build's peak memory is its largest step's, not two steps' together
  // (2.9 GB rather than 2.6 GB at 50,000 notes side by side); the time was no clearer: cold 10,000-note builds took
  // 121.0 to 129.1 s side by side (three) and 122.3 and 131.8 s one after the other (two).
  const dataDigests = await writeDocumentDataFiles(partial, process.cwd(), PRECOMPRESSED_CACHE_DIR);
  log('data')(`wrote ${dataDigests.size} documents' .json files`);
  const pageDigests = await buildSearchIndex(partial, documentPathsByLanguage(), {
    maxPages: maxShardPages,
    chunkLocations,
    cacheDir: join(BUILD_CACHE_DIR, 'search-shards'),
    log: log('pagefind'),
  });
  const { files, written, compressed, bytes } = await precompress(partial, PRECOMPRESSED_CACHE_DIR, new Map([...pageDigests, ...dataDigests]));
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  log('precompress')(
    `wrote ${written} .br and .gz files beside ${files} files: ${kb(bytes.original)} is ${kb(bytes.brotli)} in Brotli, ${kb(bytes.gzip)} in gzip; ${compressed} of the files compressed now, the others' copies made ahead or by an earlier build`,
  );
} catch (error) {
  // Ctrl-C stops Pagefind's process too, and its failure can arrive before the signal does: a moment's wait lets an interruption be reported as one.
  await new Promise((resolve) => setTimeout(resolve, 250));
  console.error(error instanceof Error ? error.message : error);
  fail('failed', 1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(partial, outDir);
await discarding;
cacheLock.release();
