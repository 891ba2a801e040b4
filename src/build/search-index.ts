import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import Tinypool from 'tinypool';
import { CHUNK_LOCATIONS } from './index-chunks.ts';
import type { ChunkCutRequest } from './chunk-cutter.ts';
import { PAGEFIND_VERSION, runPagefind } from './pagefind-cli.ts';
import { linkTreeSync } from '../lib/hard-links.ts';
import { fileDigest } from '../lib/file-digest.ts';
import { firstSearchShards, planShards, SHARDS_MANIFEST, type IndexedPage, type PlannedShard, type ShardsManifest } from '../search/shards.ts';

/** The folders of document pages in each language, relative to the site (from DOCUMENT_TYPES: notes, articles, fr/notes). */
export type PagesByLanguage = Record<string, readonly string[]>;

export interface SearchIndexOptions {
  /** The most pages one shard holds (src/search/shards.ts). */
  maxPages: number;
  /** Whether shards are of half-years (the default), or of each language's pages as one period. */
  byPeriod?: boolean;
  /** The word locations each shard's index chunks are cut after (src/build/index-chunks.ts). */
  chunkLocations?: number;
  /** Where finished shards are kept between builds, by a digest of what went into them. */
  cacheDir: string;
  log: (message: string) => void;
}

/** What a shard's folder keeps of Pagefind's output; its interfaces and pagefind.js are the site's, written once into pagefind/. */
const SHARD_FILES = /^(?:pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|pagefind-worker\.js|index|fragment|filter)$/;
/** What pagefind/ keeps of it: the script that loads the shards, and the highlighter of result pages. */
const SITE_FILES = ['pagefind.js', 'pagefind-highlight.js'];
/** Marks a cached shard as whole: written last, after every file of it. */
const COMPLETE = '.complete';

/** The code that makes a shard's index from its pages: a change to it makes every shard again. */
const INDEXING_CODE = ['pagefind-cli.ts', 'chunk-cutter.ts', 'index-chunks.ts'].map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'));

const SORT_BY_DATE = Buffer.from('data-pagefind-sort="date[datetime]"');
const INDEXED = Buffer.from('data-pagefind-body');
/** The `<time>` tag Pagefind takes a page's date from (src/components/MetadataPanel.astro), whole. */
const DATE_TAG = /^<time\b[^>]*\bdata-pagefind-sort="date\[datetime\]"[^>]*>$/;

/**
 * The date Pagefind sorts a page by (data-pagefind-sort="date[datetime]").
 * Looked for in the page's bytes, and only its tag decoded: decoding every
 * page whole took most of the time this step took.
 */
function dateOf(html: Buffer): string | undefined {
  for (let at = html.indexOf(SORT_BY_DATE); at !== -1; at = html.indexOf(SORT_BY_DATE, at + 1)) {
    const open = html.lastIndexOf('<time', at);
    const close = html.indexOf('>', at);
    if (open === -1 || close === -1) continue;
    const tag = html.toString('utf8', open, close + 1);
    if (DATE_TAG.test(tag)) return /\bdatetime="(\d{4}-\d{2}-\d{2})"/.exec(tag)?.[1];
  }
  return undefined;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The document pages Pagefind indexes (those with data-pagefind-body), each with its language, date and a digest of its HTML. */
function indexedPages(site: string, pagesByLanguage: PagesByLanguage): (IndexedPage & { digest: string })[] {
  const pages: (IndexedPage & { digest: string })[] = [];
  for (const [language, folders] of Object.entries(pagesByLanguage)) {
    for (const folder of folders) {
      for (const file of globSync(`${folder}/**/*.html`, { cwd: site }).sort()) {
        const html = readFileSync(join(site, file));
        if (!html.includes(INDEXED)) continue;
        const date = dateOf(html);
        if (!date) throw new Error(`${join(site, file)}: a page to index has no date (data-pagefind-sort="date[datetime]")`);
        pages.push({ file, language, date, digest: fileDigest(html) });
      }
    }
  }
  return pages;
}

/** The shard's folder name: its name and a digest of Pagefind's version, the code around it, the chunk size and every page in it, so that the same pages give the same folder. */
function folderOf(shard: PlannedShard, digests: Map<string, string>, chunkLocations: number): string {
  const inputs = [PAGEFIND_VERSION, ...INDEXING_CODE, String(chunkLocations), ...shard.files.map((file) => `${file}\u0000${digests.get(file)}`)].join('\u0000');
  return `${shard.name}-${sha256(inputs).slice(0, 16)}`;
}

/**
 * Shards indexed at once. Each Pagefind process keeps one core and a third busy
 * on this size of page, so two make use of two cores; memory is bounded by
 * two of the largest shards.
 */
const INDEXERS = 2;

/** Indexes one shard's pages into `output` with a Pagefind process of its own. */
async function indexShard(site: string, shard: PlannedShard, staging: string, output: string): Promise<void> {
  // Pagefind indexes a folder: one of links to the shard's pages, under the same paths, so that their URLs are the site's.
  rmSync(staging, { recursive: true, force: true });
  for (const file of shard.files) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    linkSync(join(site, file), join(staging, file));
  }
  try {
    await runPagefind(staging, output, shard.files.length, shard.name);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Cuts a shard's index chunks in a worker (src/build/chunk-cutter.ts), then marks the shard whole and puts it in the cache. */
async function finishShard(cutters: Tinypool, partial: string, cached: string, chunkLocations: number): Promise<void> {
  const request: ChunkCutRequest = { folder: partial, chunkLocations };
  await cutters.run(request);
  writeFileSync(join(partial, COMPLETE), '');
  rmSync(cached, { recursive: true, force: true });
  renameSync(partial, cached);
}

/**
 * Builds the search index into SITE/pagefind/ once Astro has written the pages
 * and exited (scripts/build.ts): one Pagefind index per shard
 * (src/search/shards.ts), each made by a Pagefind process of its own, so the
 * memory indexing takes is bounded by the largest shard, not the corpus.
 * A shard whose pages are byte for byte those of a previous build is copied
 * from the cache instead of indexed again; since its folder is named by a
 * digest of those pages, the result is the same either way. Any Pagefind
 * error, a page without a date or a site without pages is thrown. Returns the
 * digest of each page indexed (src/lib/file-digest.ts), by path below the site.
 */
export async function buildSearchIndex(
  site: string,
  pagesByLanguage: PagesByLanguage,
  { maxPages, byPeriod = true, chunkLocations = CHUNK_LOCATIONS, cacheDir, log }: SearchIndexOptions,
): Promise<ReadonlyMap<string, string>> {
  const pages = indexedPages(site, pagesByLanguage);
  if (pages.length === 0) throw new Error('Pagefind found no pages to index: the site has no document pages');
  const digests = new Map(pages.map((page) => [page.file, page.digest]));
  const shards = planShards(pages, maxPages, byPeriod);
  const output = join(site, 'pagefind');
  // Inside the site being built, so that an interrupted build removes it with the rest.
  const staging = join(site, '.search-staging');
  mkdirSync(cacheDir, { recursive: true });

  const folders = shards.map((shard) => folderOf(shard, digests, chunkLocations));
  const toIndex = shards.flatMap((shard, i) => (existsSync(join(cacheDir, folders[i]!, COMPLETE)) ? [] : [{ shard, folder: folders[i]! }]));
  const cutters = new Tinypool({ filename: new URL('./chunk-cutter.ts', import.meta.url).href, minThreads: 0, maxThreads: INDEXERS });
  // A shard's chunks are cut while Pagefind indexes the next one, so that an indexer starts its next shard without waiting for the cut.
  const finishing: Promise<unknown>[] = [];
  let failure: unknown;
  try {
    const queue = [...toIndex];
    // The first failure stops the queue: the indexers stop after their shard, and no more are started.
    const stopOnFailure = (error: unknown) => {
      queue.length = 0;
      return error instanceof Error ? error : new Error(String(error));
    };
    await Promise.all(
      Array.from({ length: INDEXERS }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { shard, folder } = next;
          log(`indexing ${shard.name}: ${shard.files.length} pages dated ${shard.from} to ${shard.to}`);
          const cached = join(cacheDir, folder);
          // Named for this build: a Pagefind process outlives a build killed outright (kill -9) and writes on for seconds,
          // which must not be into the folder the next build indexes this shard into. Left over, it goes with the unused ones below.
          const partial = `${cached}.${process.pid}.partial`;
          rmSync(partial, { recursive: true, force: true });
          try {
            await indexShard(site, shard, join(staging, shard.name), partial);
          } catch (error) {
            throw stopOnFailure(error);
          }
          // Its failure is kept rather than thrown, and reported below once every cut begun has ended.
          finishing.push(finishShard(cutters, partial, cached, chunkLocations).then(() => undefined, stopOnFailure));
        }
      }),
    );
  } catch (error) {
    failure = error;
  }
  // An indexer's failure is the one reported; a cut's, if there was none.
  const outcomes = await Promise.all(finishing);
  failure ??= outcomes.find((outcome) => outcome instanceof Error);
  await cutters.destroy();
  rmSync(staging, { recursive: true, force: true });
  if (failure) throw failure;

  const manifest: ShardsManifest = { languages: {}, first: {} };
  shards.forEach((shard, i) => {
    const folder = folders[i]!;
    const cached = join(cacheDir, folder);
    linkTreeSync(cached, join(output, 'shards', folder), (name) => SHARD_FILES.test(name));
    (manifest.languages[shard.language] ??= []).push({
      path: `shards/${folder}/`,
      part: shard.part,
      parts: shard.parts,
      from: shard.from,
      to: shard.to,
      pages: shard.files.length,
    });
  });
  for (const [language, list] of Object.entries(manifest.languages)) manifest.first[language] = firstSearchShards(list, maxPages);

  const used = new Set(folders);
  const anyShard = join(cacheDir, folders[0]!);
  for (const name of SITE_FILES) cpSync(join(anyShard, name), join(output, name));
  writeFileSync(join(site, SHARDS_MANIFEST), JSON.stringify(manifest));
  // Shards no page of this build is in are of no further use.
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  log(`${shards.length} shards of ${pages.length} pages: ${toIndex.length} indexed, ${shards.length - toIndex.length} unchanged since the last build`);
  return digests;
}
