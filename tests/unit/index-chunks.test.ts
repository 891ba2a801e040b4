import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkRanges, cutIndexChunks, planCuts, type WordCount } from '../../src/build/index-chunks.ts';

const counts = (pairs: [string, number][]): WordCount[] => pairs.map(([word, locations]) => ({ word, locations }));

describe('planning where the index is cut', () => {
  it('cuts once a chunk holds the target, before the next word sharing the least with the one before it', () => {
    // After "bead" the chunk holds 10; "beam" shares 3 characters with "bead", "cab" none with "bear".
    const words = counts([
      ['bead', 10],
      ['beam', 2],
      ['bear', 2],
      ['cab', 2],
      ['cad', 10],
      ['cat', 1],
    ]);
    expect(planCuts(words, 10)).toEqual([3, 5]);
  });

  it('puts a cut off no further than twice the target, and cuts at the target when nothing shares less', () => {
    const words = counts([
      ['aaa', 10],
      ['aab', 6],
      ['aac', 6],
      ['b', 1],
    ]);
    // "b" would share nothing with "aac", but reaching it makes 22 locations, past 20.
    expect(planCuts(words, 10)).toEqual([1, 3]);
  });

  it('keeps every word whole: a word larger than the target is a chunk of its own', () => {
    expect(
      planCuts(
        counts([
          ['a', 50],
          ['b', 50],
          ['c', 1],
        ]),
        10,
      ),
    ).toEqual([1, 2]);
    expect(planCuts(counts([['a', 5]]), 10)).toEqual([]);
    expect(planCuts([], 10)).toEqual([]);
  });

  it('names each chunk by its first and last words, cut one character past what neighbours share', () => {
    expect(
      chunkRanges([
        ['apple', 'apply'],
        ['apricot', 'banana'],
        ['cherry', 'éclair'],
      ]),
    ).toEqual([
      ['apple', 'app'],
      ['apr', 'b'],
      ['c', 'éclair'],
    ]);
    // Characters, not UTF-16 units: "𝑎" is one.
    expect(chunkRanges([['𝑎x'], ['𝑎y']])).toEqual([
      ['𝑎x', '𝑎x'],
      ['𝑎y', '𝑎y'],
    ]);
  });
});

/** Pagefind's compressed CBOR files, read as it reads them. */
const readCbor = (file: string): unknown => decode(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length));
const metaFile = (folder: string) => readdirSync(folder).find((name) => name.endsWith('.pf_meta'))!;
type Chunk = [string, string, string];
type Word = [string, ...unknown[]];

/** The chunks' entries in the metadata, the words of each chunk with all they hold, and the metadata. */
function readIndex(folder: string): { entries: Chunk[]; chunks: Word[][]; meta: unknown[] } {
  const meta = readCbor(join(folder, metaFile(folder))) as unknown[];
  const entries = meta[2] as Chunk[];
  const chunks = entries.map(([, , hash]) => (readCbor(join(folder, 'index', `${hash}.pf_index`)) as [Word[]])[0]);
  return { entries, chunks, meta };
}

/**
 * The chunk a search loads for a word, as Pagefind's search finds it: the first
 * whose range holds the word, or failing any, the first whose range holds it
 * with both cut to the shorter length.
 */
function chunkFor(word: string, entries: Chunk[]): number {
  const strict = entries.findIndex(([from, to]) => word >= from && word <= to);
  if (strict >= 0) return strict;
  return entries.findIndex(([from, to]) => word.slice(0, from.length) >= from.slice(0, word.length) && word.slice(0, to.length) <= to.slice(0, word.length));
}

describe('cutting a Pagefind index into chunks', () => {
  let root = '';
  let original = '';
  const vocabulary = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 10007}x${i % 13}`);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'briefing-chunks-'));
    original = join(root, 'original');
    const { index } = await createIndex({});
    for (let page = 0; page < 30; page += 1) {
      const content = Array.from({ length: 200 }, (_, i) => vocabulary[(page * 31 + i * i) % vocabulary.length]).join(' ');
      await index!.addCustomRecord({ url: `/notes/n${page}/`, content, language: 'en-CA', meta: { title: `Note ${page}` } });
    }
    await index!.writeFiles({ outputPath: original });
    await close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const copy = (name: string) => {
    const folder = join(root, name);
    cpSync(original, folder, { recursive: true });
    return folder;
  };

  it('keeps every word, page and location, in order, in more and smaller chunks', () => {
    const before = readIndex(original);
    expect(before.entries).toHaveLength(1);
    const folder = copy('cut');
    cutIndexChunks(folder, 300);
    const after = readIndex(folder);
    expect(after.entries.length).toBeGreaterThan(10);
    expect(after.chunks.flat()).toEqual(before.chunks.flat());
    // The metadata is Pagefind's but for its chunks: its version, pages, filters and sorts are kept.
    expect([after.meta[0], after.meta[1], ...after.meta.slice(3)]).toEqual([before.meta[0], before.meta[1], ...before.meta.slice(3)]);
  });

  it('lets a search find each word in the chunk that holds it', () => {
    const folder = copy('found');
    cutIndexChunks(folder, 300);
    const { entries, chunks } = readIndex(folder);
    const misplaced = chunks.flatMap((words, i) => words.filter(([word]) => chunkFor(word, entries) !== i).map(([word]) => `${word} in ${i}`));
    expect(misplaced).toEqual([]);
  });

  it('leaves only the new chunks and metadata, and names the metadata in pagefind-entry.json', () => {
    const folder = copy('files');
    cutIndexChunks(folder, 300);
    const { entries } = readIndex(folder);
    expect(readdirSync(join(folder, 'index')).sort()).toEqual(entries.map(([, , hash]) => `${hash}.pf_index`).sort());
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    expect(readdirSync(folder).filter((name) => name.endsWith('.pf_meta'))).toEqual(
      Object.values(entry.languages).map(({ hash }) => `pagefind.${hash}.pf_meta`),
    );
    expect(readdirSync(folder)).not.toContain('index.cut');
  });

  it('gives the same files for the same index', () => {
    const [a, b] = [copy('same-a'), copy('same-b')];
    cutIndexChunks(a, 300);
    cutIndexChunks(b, 300);
    const files = (folder: string) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((file) => file.isFile())
        .map((file) => [join(file.parentPath, file.name).slice(folder.length), readFileSync(join(file.parentPath, file.name)).toString('base64')]);
    expect(files(b)).toEqual(files(a));
  });

  it('moves the bytes of fields it does not read as they are: maps, byte strings, floats, large numbers', () => {
    const folder = copy('more-fields');
    const { entries } = readIndex(folder);
    const chunk = join(folder, 'index', `${entries[0]![2]}.pf_index`);
    const [words] = readCbor(chunk) as [Word[]];
    const extended = words.map((word, i) => [...word, { kind: 'extra', at: i }, Uint8Array.of(i & 0xff, 7), 1.5, -(2 ** 40), [2 ** 33, 'x']]);
    writeFileSync(chunk, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode([extended])])));
    const before = readIndex(folder);
    cutIndexChunks(folder, 300);
    expect(readIndex(folder).chunks.flat()).toEqual(before.chunks.flat());
  });

  it('leaves an index without words without chunks', () => {
    const folder = copy('no-words');
    const meta = join(folder, metaFile(folder));
    const fields = readCbor(meta) as unknown[];
    for (const [, , hash] of fields[2] as Chunk[]) rmSync(join(folder, 'index', `${hash}.pf_index`));
    fields[2] = [];
    writeFileSync(meta, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(fields)])));
    cutIndexChunks(folder, 300);
    expect(readIndex(folder).entries).toEqual([]);
    expect(readdirSync(join(folder, 'index'))).toEqual([]);
  });

  it('stops, naming the file, at an index in a form it does not know', () => {
    const folder = copy('unknown');
    const { entries } = readIndex(folder);
    const chunk = join(folder, 'index', `${entries[0]![2]}.pf_index`);
    writeFileSync(chunk, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode({ words: [] })])));
    expect(() => cutIndexChunks(folder, 300)).toThrow(`${chunk}: a chunk that is not a list of words`);

    const trailing = copy('trailing');
    const trailingChunk = join(trailing, 'index', `${readIndex(trailing).entries[0]![2]}.pf_index`);
    writeFileSync(trailingChunk, gzipSync(Buffer.concat([gunzipSync(readFileSync(trailingChunk)), Buffer.of(0)])));
    expect(() => cutIndexChunks(trailing, 300)).toThrow(`${trailingChunk}: a chunk that is not a list of words`);

    // One word, its text the two bytes FF FE, which are not UTF-8, and no pages.
    const garbled = copy('garbled');
    const garbledChunk = join(garbled, 'index', `${readIndex(garbled).entries[0]![2]}.pf_index`);
    writeFileSync(garbledChunk, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.of(0x81, 0x81, 0x82, 0x62, 0xff, 0xfe, 0x80)])));
    expect(() => cutIndexChunks(garbled, 300)).toThrow(`${garbledChunk}: a word that is not UTF-8 (at byte 4)`);

    const unsigned = copy('unsigned');
    const meta = join(unsigned, metaFile(unsigned));
    writeFileSync(meta, gzipSync(Buffer.from('not pagefind')));
    expect(() => cutIndexChunks(unsigned, 300)).toThrow(`${meta}: no Pagefind signature`);
  });
});
