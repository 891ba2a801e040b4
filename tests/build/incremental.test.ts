import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShardsManifest } from '../../src/search/shards.ts';
import { nextNoteCsv, syntheticNotesCsv } from '../../scripts/bench/synthetic-notes.ts';

/**
 * A rebuild after one new note and one corrected note, with the caches of the
 * build before it, is the same site, byte for byte, as a cold build of the
 * same content, and it indexes only the shards whose pages changed.
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

const indexedCount = (output: string) => /(\d+) shards of \d+ pages: (\d+) indexed/.exec(output)?.slice(1).map(Number);
const indexedShards = (output: string) => [...output.matchAll(/indexing ([a-z0-9-]+):/g)].map((match) => match[1]).sort();
const shardsOf = (dist: string) => (JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as ShardsManifest).languages;
const shardName = (shard: { path: string }) => /^shards\/(.+)-[0-9a-f]{16}\/$/.exec(shard.path)![1]!;

describe('a rebuild after one new note', () => {
  let first: string;
  let rebuilt: string;
  let cold: string;

  beforeAll(() => {
    rmSync(ROOT, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    for (const folder of ['qp-notes', 'qp-notes-fr', 'articles']) cpSync(join('content', folder), join(CONTENT, folder), { recursive: true });
    writeFileSync(join(ROOT, 'notes.csv'), syntheticNotesCsv(60));
    writeFileSync(join(ROOT, 'new-note.csv'), nextNoteCsv());
    run(['scripts/import.ts', join(ROOT, 'notes.csv'), '--content', CONTENT]);
    first = build('first', 'cache');
    run(['scripts/import.ts', join(ROOT, 'new-note.csv'), '--content', CONTENT]);
    // And one old note corrected: its shard keeps its pages, but not their text.
    const oldest = readdirSync(join(CONTENT, 'qp-notes'))
      .filter((name) => name.startsWith('syn-') && name.endsWith('.md'))
      .map((name) => ({ name, date: /^date_received: "(.+)"$/m.exec(readFileSync(join(CONTENT, 'qp-notes', name), 'utf8'))![1]! }))
      .sort((a, b) => a.date.localeCompare(b.date))[0]!;
    appendFileSync(join(CONTENT, 'qp-notes', oldest.name), '\nA paragraph added when the note was corrected.\n');
    rebuilt = build('rebuilt', 'cache');
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

  it('compresses pages as Astro renders them, leaving few to compress after it', () => {
    const [compressed, files] = [/(\d+) of the files compressed now/.exec(first)?.[1], /beside (\d+) files/.exec(first)?.[1]].map(Number);
    expect(files).toBeGreaterThan(300);
    // Pagefind's files, the sitemaps, the styles and scripts; not the pages.
    expect(compressed).toBeLessThan(files! / 4);
  });

  it('is byte for byte the cold build of the same content', () => {
    const incremental = files(join(ROOT, 'rebuilt'));
    const fromCold = files(join(ROOT, 'cold'));
    expect([...incremental.keys()]).toEqual([...fromCold.keys()]);
    const differing = [...incremental].filter(([name, bytes]) => !bytes.equals(fromCold.get(name)!)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(incremental.size).toBeGreaterThan(500);
  });
});
