import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileDigest } from '../../src/lib/file-digest.ts';
import { readFrontMatter } from '../../src/lib/front-matter.ts';
import type { ShardsManifest } from '../../src/search/shards.ts';
import { nextNoteCsv, syntheticNotesCsv } from '../../scripts/bench/synthetic-notes.ts';

/**
 * A rebuild after one new note and one corrected note, with the caches of the
 * build before it, is the same site, byte for byte, as a cold build of the
 * same content, and it renders only the pages and indexes only the shards
 * whose content changed.
 */
const ROOT = 'tests/.tmp/incremental';
const CONTENT = join(ROOT, 'content');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('node', args, {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${output}`);
  return output;
}

/** A build of CONTENT into `outDir` with the given cache folder; its output. */
const build = (outDir: string, cache: string) =>
  run(['scripts/build.ts', '--outDir', join(ROOT, outDir)], { CONTENT_DIR: CONTENT, BUILD_CACHE_DIR: join(ROOT, cache), SEARCH_SHARD_PAGES: '12' });

/** Every file below a folder, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) found.set(name, readFileSync(path));
  }
  return found;
}

/** The files that differ between two built sites, or that only one of them has. */
function differences(dir: string, otherDir: string): string[] {
  const [site, other] = [files(dir), files(otherDir)];
  const names = new Set([...site.keys(), ...other.keys()]);
  return [...names].filter((name) => !site.get(name)?.equals(other.get(name) ?? Buffer.alloc(0)) || !other.has(name)).sort();
}

const indexedCount = (output: string) => /(\d+) shards of \d+ pages: (\d+) indexed/.exec(output)?.slice(1).map(Number);
const indexedShards = (output: string) => [...output.matchAll(/indexing ([a-z0-9-]+):/g)].map((match) => match[1]).sort();
const shardsOf = (dist: string) => (JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as ShardsManifest).languages;
const shardName = (shard: { path: string }) => /^shards\/(.+)-[0-9a-f]{16}\/$/.exec(shard.path)![1]!;

/** The notes' ids and dates, from their files. */
const notesByDate = () =>
  readdirSync(join(CONTENT, 'qp-notes'))
    .filter((name) => name.startsWith('syn-') && name.endsWith('.md'))
    .map((name) => ({
      name,
      id: name.slice(0, -'.md'.length),
      date: /^date_received: "(.+)"$/m.exec(readFileSync(join(CONTENT, 'qp-notes', name), 'utf8'))![1]!,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));

/** The pages Astro rendered since `since` (ms), rather than copied from the previous build: it keeps a copy of each page it renders in the build cache. */
function pagesRenderedSince(cache: string, since: number): string[] {
  const copies = join(ROOT, cache, 'dist');
  if (!existsSync(copies)) return [];
  return readdirSync(copies, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(copies, name)).isFile() && statSync(join(copies, name)).mtimeMs > since)
    .sort();
}

describe('a rebuild after one new note', () => {
  let first: string;
  let rebuilt: string;
  let cold: string;
  let rendered: string[];
  let newestBefore: string;
  let corrected: string;
  let rebuildStarted: number;

  beforeAll(() => {
    rmSync(ROOT, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    for (const folder of ['qp-notes', 'qp-notes-fr', 'articles']) cpSync(join('content', folder), join(CONTENT, folder), { recursive: true });
    writeFileSync(join(ROOT, 'notes.csv'), syntheticNotesCsv(60));
    writeFileSync(join(ROOT, 'new-note.csv'), nextNoteCsv());
    run(['scripts/import.ts', join(ROOT, 'notes.csv'), '--content', CONTENT]);
    first = build('first', 'cache');
    newestBefore = notesByDate().at(-1)!.id;
    run(['scripts/import.ts', join(ROOT, 'new-note.csv'), '--content', CONTENT]);
    // And one old note corrected: its shard keeps its pages, but not their text.
    const oldest = notesByDate()[0]!;
    corrected = oldest.id;
    appendFileSync(join(CONTENT, 'qp-notes', oldest.name), '\nA paragraph added when the note was corrected.\n');
    rebuildStarted = Date.now();
    rebuilt = build('rebuilt', 'cache');
    rendered = pagesRenderedSince('cache', rebuildStarted);
    cold = build('cold', 'cold-cache');
  }, 600_000);

  it('indexes only the shards whose pages changed: the newest of each language, which the new note joined, and the corrected note’s', () => {
    const [shards, indexed] = indexedCount(first)!;
    expect(indexed, 'a cold build indexes every shard').toBe(shards);
    expect(shards).toBeGreaterThan(6);
    const after = shardsOf(join(ROOT, 'rebuilt'));
    const expected = [shardName(after['en-CA']!.at(0)!), shardName(after['fr-CA']!.at(0)!), shardName(after['en-CA']!.at(-1)!)];
    expect(indexedShards(rebuilt)).toEqual(expected.sort());
    expect(indexedCount(rebuilt)).toEqual([shards, 3]);
    expect(indexedCount(cold)).toEqual([shards, shards]);
  });

  it('renders again only the document pages whose content changed: the new note’s, its neighbour’s, and the corrected note’s', () => {
    const documentPages = rendered.filter((name) => /^(fr\/)?notes\//.test(name));
    const next = 'syn-2026-qp-next';
    expect(documentPages).toEqual(
      [
        // The new note, in both languages.
        `notes/${next}/index.html`,
        `fr/notes/${next}/index.html`,
        // The note that was newest, whose page now links to a newer one.
        `notes/${newestBefore}/index.html`,
        `fr/notes/${newestBefore}/index.html`,
        // The corrected note: its text, not its summary, so its neighbours are untouched.
        `notes/${corrected}/index.html`,
      ].sort(),
    );
  });

  it('writes every .json file again, and compresses only those whose bytes changed: the new note’s and the corrected note’s', () => {
    const site = join(ROOT, 'rebuilt');
    const copies = join(ROOT, 'cache', 'precompressed');
    const dataFiles = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => /^(fr\/)?(notes|articles)\/[^/]+\.json$/.test(name));
    expect(dataFiles.length).toBeGreaterThan(120);
    // Their copies are kept in the cache by the digest of the file (src/deploy/precompress.ts), at the levels of pages.
    const compressedNow = dataFiles.filter(
      (name) => statSync(join(copies, `${fileDigest(readFileSync(join(site, name)))}-br5-gz5.br`)).mtimeMs > rebuildStarted,
    );
    const next = 'syn-2026-qp-next';
    expect(compressedNow.sort()).toEqual([`fr/notes/${next}.json`, `notes/${corrected}.json`, `notes/${next}.json`].sort());
    expect(/\[data\] wrote (\d+) documents/.exec(rebuilt)?.[1]).toBe(String(dataFiles.length));
  });

  it('compresses pages as Astro renders them, leaving few to compress after it', () => {
    const [compressed, files] = [/(\d+) of the files compressed now/.exec(first)?.[1], /beside (\d+) files/.exec(first)?.[1]].map(Number);
    expect(files).toBeGreaterThan(300);
    // Pagefind's files, the sitemaps, the styles and scripts; not the pages.
    expect(compressed).toBeLessThan(files! / 4);
  });

  it('keeps the documents’ fields out of the content store, which Astro loads whole into the build: the store holds ids and digests', () => {
    const store = readFileSync(join(ROOT, 'cache', 'data-store.json'), 'utf8');
    const notes = notesByDate();
    expect(notes.length).toBeGreaterThan(60);
    for (const { id, name } of notes) {
      const { summary } = readFrontMatter(readFileSync(join(CONTENT, 'qp-notes', name), 'utf8')).data as { summary: string };
      expect(store).toContain(id);
      expect(store, id).not.toContain(summary.slice(0, 40));
    }
  });

  it('is byte for byte the cold build of the same content', () => {
    expect(differences(join(ROOT, 'rebuilt'), join(ROOT, 'cold'))).toEqual([]);
    expect(files(join(ROOT, 'rebuilt')).size).toBeGreaterThan(500);
  });
});

describe('a build after one that was killed', () => {
  const correctedFile = () => join(CONTENT, 'qp-notes', `${notesByDate()[0]!.id}.md`);
  let afterKill: string;

  // After the builds above: the cache holds the rebuilt site's pages, and the content is the cold build's.
  beforeAll(() => {
    const record = join(ROOT, 'cache', 'incremental-build.json');
    const recordBefore = readFileSync(record);
    const textBefore = readFileSync(correctedFile());
    // A build with the note changed again, killed once its pages were copied into the cache but before Astro recorded them:
    // its copies with the previous record, and its lock, whose process has gone.
    appendFileSync(correctedFile(), '\nA second correction, which a build began to publish.\n');
    build('killed', 'cache');
    writeFileSync(record, recordBefore);
    const gone = spawnSync('node', ['-e', '']).pid!;
    writeFileSync(join(ROOT, 'cache', 'build.lock'), String(gone));
    // The change withdrawn: the content is again the cold build's.
    writeFileSync(correctedFile(), textBefore);
    afterKill = build('after-kill', 'cache');
  }, 600_000);

  it('renders every page again, rather than take copies the killed build made from other content', () => {
    expect(differences(join(ROOT, 'after-kill'), join(ROOT, 'cold'))).toEqual([]);
    expect(afterKill).toContain('The last build with this cache was stopped before it ended: every page is rendered again.');
  });

  it('stops, naming the lock, while another build holds the cache', () => {
    const lock = join(ROOT, 'cache', 'build.lock');
    writeFileSync(lock, String(process.pid));
    try {
      expect(() => build('second', 'cache')).toThrow(`another build (process ${process.pid}) is using the build cache`);
      expect(existsSync(join(ROOT, 'second.partial'))).toBe(false);
    } finally {
      rmSync(lock);
    }
  });
});

describe('a site replaced by the next build', () => {
  const site = join(ROOT, 'swap');
  const marked = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('marker-'));

  it('stays whole as SITE.previous until the build after, which deletes it while Astro runs', () => {
    build('swap', 'cache');
    writeFileSync(join(site, 'marker-1'), 'the first site');
    build('swap', 'cache');
    expect(marked(`${site}.previous`)).toEqual(['marker-1']);
    writeFileSync(join(site, 'marker-2'), 'the second site');
    build('swap', 'cache');
    expect(marked(`${site}.previous`)).toEqual(['marker-2']);
    expect(marked(site)).toEqual([]);
    expect(existsSync(`${site}.discarded`)).toBe(false);
  });

  it('after a build killed between its two renames, puts the published site back before anything else', () => {
    writeFileSync(join(site, 'marker-3'), 'the published site');
    rmSync(`${site}.previous`, { recursive: true, force: true });
    renameSync(site, `${site}.previous`);
    build('swap', 'cache');
    expect(marked(`${site}.previous`)).toEqual(['marker-3']);
    expect(marked(site)).toEqual([]);
  });
});

describe('a sync after one under the same checks', () => {
  const TRUSTED = 'A title that only the records of the last sync hold';
  let site: string;
  let english: string;
  let french: string;

  // After the builds above, with a copy of their cache, whose records say which checks they passed.
  beforeAll(() => {
    const cache = join(ROOT, 'records-cache');
    rmSync(cache, { recursive: true, force: true });
    cpSync(join(ROOT, 'cache'), cache, { recursive: true });
    type RecordsFile = { validation: string; records: { id: string; data: { title: string } }[] };
    const alter = (collection: string, change: (file: RecordsFile) => string) => {
      const path = join(cache, 'document-records', `${collection}.json`);
      const file = JSON.parse(readFileSync(path, 'utf8')) as RecordsFile;
      const id = change(file);
      writeFileSync(path, JSON.stringify(file));
      return id;
    };
    const retitle = (file: RecordsFile) => {
      const record = file.records.find((candidate) => candidate.id.startsWith('syn-'))!;
      record.data.title = TRUSTED;
      return record.id;
    };
    english = alter('notes', retitle);
    french = alter('notesFr', (file) => {
      file.validation = 'checks that have since changed';
      return retitle(file);
    });
    build('records', 'records-cache');
    site = join(ROOT, 'records');
  }, 600_000);

  it('takes an unchanged file’s record as it is, rather than read and validate the file again', () => {
    expect(readFileSync(join(site, 'notes', english, 'index.html'), 'utf8')).toContain(TRUSTED);
  });

  it('validates every file again when the checks have changed since', () => {
    const page = readFileSync(join(site, 'fr', 'notes', french, 'index.html'), 'utf8');
    const { title } = readFrontMatter(readFileSync(join(CONTENT, 'qp-notes-fr', `${french}.md`), 'utf8')).data as { title: string };
    expect(page).not.toContain(TRUSTED);
    expect(page).toContain(title);
  });
});
