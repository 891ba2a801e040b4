import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';
import { linkOrCopy, linkOrCopySync } from '../lib/hard-links.ts';
import { fileDigest } from '../lib/file-digest.ts';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The files a server sends compressed: text of every kind the site has,
 * Pagefind's code and entry file included. Pagefind's index files (.pf_*) and
 * WebAssembly (.pagefind) are gzip streams already: compressed again they only
 * grow (a pf_meta of 1,346 B becomes 1,350 B in Brotli, 1,369 B in gzip), and
 * with one fragment per page, trying would cost most of the time.
 */
export const COMPRESSIBLE = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt'] as const;

/** The Brotli quality and gzip level a file is compressed at. */
interface Levels {
  brotli: number;
  gzip: number;
}

/**
 * Pages are many and each read once: Brotli's quality 5 compresses one in
 * under a millisecond, where 11 takes 30 ms (an hour for 100,000 pages) for
 * 13% fewer bytes. A server sends the gzip copy only to a reader whose
 * browser takes no Brotli: gzip's level 5 compresses a page in 0.44 ms, where
 * 9 takes 1.02 ms, for 0.76% more bytes (at 10,000 notes 239,875 KB of gzip
 * copies rather than 238,075 KB, and a cold build's processes used 218 s of
 * user time rather than 242 and 256 s).
 */
const PAGE_LEVELS: Levels = { brotli: 5, gzip: 5 };
/**
 * The few files every reader downloads (styles, scripts, Pagefind's code) are
 * compressed as small as each format goes: level 9 takes a note page's two
 * stylesheets from 4,484 to 4,443 bytes of gzip.
 */
const SHARED_LEVELS: Levels = { brotli: 11, gzip: 9 };
const PAGE = /\.(html|json|xml)$/;

/** How a file of this name is compressed. */
const levelsOf = (file: string) => (PAGE.test(file) ? PAGE_LEVELS : SHARED_LEVELS);

/** Files compressed at once: zlib runs them on libuv's thread pool, one per core. */
const IN_FLIGHT = 8;
/** Files whose cached copies are placed between turns of the event loop: a few milliseconds' work. */
const YIELD_EVERY = 500;

export interface PrecompressResult {
  /** Compressible files found, and .br and .gz files written. */
  files: number;
  written: number;
  /** Files whose copies were not in the cache, and were made by this call. */
  compressed: number;
  /** Bytes of the files that got a Brotli sibling, and of those siblings and the gzip ones. */
  bytes: { original: number; brotli: number; gzip: number };
}

interface CachedCopies {
  /** The cached files, and their sizes. */
  br: string;
  gz: string;
  sizes: { br: number; gz: number };
  /** Whether they were made now, rather than found in the cache. */
  made: boolean;
}

/**
 * A file's .br and .gz as a previous build made them, kept in `cacheDir` by a
 * digest of the file and the levels it is compressed at; made and kept when
 * there are none, from the bytes `read` gives (only then read). `made` holds
 * the copies of this build by digest, so that files alike (each search shard
 * has the same Pagefind worker) are compressed once.
 */
function compressedCopies(
  digest: string,
  read: () => Promise<Buffer>,
  levels: Levels,
  cacheDir: string,
  made: Map<string, Promise<CachedCopies>>,
): Promise<CachedCopies> {
  const key = cacheKey(digest, levels);
  let copies = made.get(key);
  if (!copies) {
    const { br, gz } = copyPaths(cacheDir, key);
    copies = cacheCopies(read, levels, br, gz);
    made.set(key, copies);
  }
  return copies;
}

const cacheKey = (digest: string, { brotli, gzip }: Levels) => `${digest}-br${brotli}-gz${gzip}`;
const copyPaths = (cacheDir: string, key: string) => ({ br: join(cacheDir, `${key}.br`), gz: join(cacheDir, `${key}.gz`) });

/**
 * The pair of copies the cache holds at `br` and `gz`; undefined when either is
 * missing. Both are written whole and renamed into place, so a pair with one
 * missing (an interrupted build, a cache pruned by hand) is made again.
 */
function cachedPair(br: string, gz: string): CachedCopies | undefined {
  const [cachedBr, cachedGz] = [statSync(br, { throwIfNoEntry: false }), statSync(gz, { throwIfNoEntry: false })];
  return cachedBr && cachedGz ? { br, gz, sizes: { br: cachedBr.size, gz: cachedGz.size }, made: false } : undefined;
}

/**
 * A file's copies, when the cache holds both, noted in `made` as this build's.
 * Undefined when it lacks either, and for a file alike one placed before it,
 * which takes that one's copies through compressedCopies().
 */
function cachedCopiesSync(digest: string, levels: Levels, cacheDir: string, made: Map<string, Promise<CachedCopies>>): CachedCopies | undefined {
  const key = cacheKey(digest, levels);
  if (made.has(key)) return undefined;
  const { br, gz } = copyPaths(cacheDir, key);
  const copies = cachedPair(br, gz);
  if (copies) made.set(key, Promise.resolve(copies));
  return copies;
}

/**
 * Makes a file's compressed copies in `cacheDir` ahead of precompress(), from
 * its bytes before it is written, on a thread of its own
 * (src/deploy/compress-worker.ts). They are found by the digest of those
 * bytes, so copies of anything but the file as written are never used, only
 * pruned.
 */
export function cacheCompressedCopiesSync(original: Buffer, file: string, cacheDir: string, digest = fileDigest(original)): void {
  const levels = levelsOf(file);
  const { br, gz } = copyPaths(cacheDir, cacheKey(digest, levels));
  if (cachedPair(br, gz)) return;
  for (const [copy, data] of [
    [br, brotliCompressSync(original, brotliOptions(original, levels))],
    [gz, gzipSync(original, gzipOptions(levels))],
  ] as const) {
    const temporary = temporaryCopyName(copy);
    writeFileSync(temporary, data);
    renameSync(temporary, copy);
  }
}

const brotliOptions = (original: Buffer, { brotli }: Levels) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: brotli, [constants.BROTLI_PARAM_SIZE_HINT]: original.length },
});
const gzipOptions = ({ gzip }: Levels) => ({ level: gzip });

let writes = 0;
/** Named by process, thread and write, as two writers of one copy may overlap (src/deploy/compress-ahead.ts); precompress() prunes any left. */
const temporaryCopyName = (file: string) => `${file}.${process.pid}-${threadId}-${(writes += 1)}.tmp`;

async function cacheCopies(read: () => Promise<Buffer>, levels: Levels, br: string, gz: string): Promise<CachedCopies> {
  const cached = cachedPair(br, gz);
  if (cached) return cached;
  const original = await read();
  const made = await Promise.all([brotli(original, brotliOptions(original, levels)), gzipped(original, gzipOptions(levels))]);
  for (const [file, data] of [
    [br, made[0]],
    [gz, made[1]],
  ] as const) {
    const temporary = temporaryCopyName(file);
    await writeFile(temporary, data);
    await rename(temporary, file);
  }
  return { br, gz, sizes: { br: made[0].length, gz: made[1].length }, made: true };
}

/**
 * Writes `NAME.br` and `NAME.gz` beside each compressible file of a built
 * site, so that a server sends them as they are (nginx's gzip_static and
 * brotli_static, Caddy's precompressed, `npm start`) rather than
 * compressing each response. A sibling is written only when it is smaller than
 * the file. Copies are kept in `cacheDir` by a digest of the file, so that a
 * rebuild compresses only the files that changed; copies no file of this site
 * needs are removed from it. `digests` (by path below the site) spares
 * reading the files whose digest the build already has, where their copies
 * are cached.
 */
export async function precompress(site: string, cacheDir: string, digests: ReadonlyMap<string, string> = new Map()): Promise<PrecompressResult> {
  const files = globSync(`**/*.{${COMPRESSIBLE.join(',')}}`, { cwd: site });
  const result: PrecompressResult = { files: files.length, written: 0, compressed: 0, bytes: { original: 0, brotli: 0, gzip: 0 } };
  await mkdir(cacheDir, { recursive: true });
  const made = new Map<string, Promise<CachedCopies>>();
  /** Counts a file's copies into the result, and gives the links to make: a copy goes beside the file only when it is smaller. */
  const linksFor = (path: string, length: number, copies: CachedCopies): [cached: string, target: string][] => {
    const { sizes } = copies;
    if (copies.made) result.compressed += 1;
    if (sizes.br < length) result.bytes.original += length;
    const links: [string, string][] = [];
    for (const suffix of ['br', 'gz'] as const) {
      if (sizes[suffix] >= length) continue;
      links.push([copies[suffix], `${path}.${suffix}`]);
      result.written += 1;
      result.bytes[suffix === 'br' ? 'brotli' : 'gzip'] += sizes[suffix];
    }
    return links;
  };
  // Most files have their digest already and their copies in the cache (every file a rebuild did not change, and the
  // document pages and .json files, compressed as they were written): those are placed one after the other with
  // synchronous calls, of a few microseconds each, where each asynchronous call costs this thread a round trip through
  // libuv's thread pool. With all 83,551 copies of a 10,000-note site cached, this step took 5.2 to 6.6 s (five runs)
  // with every file the asynchronous way, and 3.3 to 4.5 s so.
  const others: string[] = [];
  for (const [index, file] of files.entries()) {
    // A turn of the event loop now and then, so that an interruption (Ctrl-C, scripts/build.ts) is not held up by this loop.
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    const known = digests.get(file);
    const cached = known === undefined ? undefined : cachedCopiesSync(known, levelsOf(file), cacheDir, made);
    if (!cached) {
      others.push(file);
      continue;
    }
    const path = join(site, file);
    for (const [from, to] of linksFor(path, statSync(path).size, cached)) linkOrCopySync(from, to);
  }
  const compressOne = async (file: string) => {
    const path = join(site, file);
    const known = digests.get(file);
    const original = known === undefined ? await readFile(path) : undefined;
    const length = original?.length ?? (await stat(path)).size;
    const copies = await compressedCopies(
      known ?? fileDigest(original!),
      () => (original ? Promise.resolve(original) : readFile(path)),
      levelsOf(file),
      cacheDir,
      made,
    );
    for (const [from, to] of linksFor(path, length, copies)) await linkOrCopy(from, to);
  };
  let next = 0;
  const worker = async () => {
    while (next < others.length) await compressOne(others[next++]!);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  for (const name of readdirSync(cacheDir)) {
    if (!made.has(name.replace(/\.(br|gz)$/, ''))) rmSync(join(cacheDir, name), { force: true });
  }
  return result;
}
