/**
 * Cuts a shard's Pagefind word index into smaller chunks, after Pagefind has
 * written it (src/build/shard-indexer.ts).
 *
 * A search downloads, for each word it looks up, the one chunk of the index
 * whose range of words holds it. Pagefind 1.6 cuts its sorted words into
 * chunks of at least 20,000 word locations, a size its source marks as not
 * yet an option, and wherever that count is reached: about 22 KB of
 * download for any word, and a word whose longer forms (what the reader's
 * prefix also matches) fall in the next chunk finds only some of them.
 * Here the same words are cut into chunks of about CHUNK_LOCATIONS, each
 * cut made where the two words either side of it share the shortest
 * beginning within the following stretch, so that a prefix's words stay
 * together. Words, pages and locations are Pagefind's, byte for byte; only
 * the chunks holding them and the metadata naming the chunks are new.
 *
 * This reads Pagefind's files, not an interface it publishes: every file is
 * checked against the shape written here, and a Pagefind that writes another
 * stops the build, naming the file, rather than giving a broken search.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** Word locations a chunk is cut after, at the least. A typical chunk is then about 7 KB. */
export const CHUNK_LOCATIONS = 6000;
/** How far past CHUNK_LOCATIONS a cut may be put off, as a multiple of it, to fall between words sharing less. */
const CUT_STRETCH = 2;

/** What Pagefind writes ahead of the CBOR in each of its compressed files, and checks when it reads them. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** One word of the index as Pagefind encodes it: the word, then per page its number (from the previous page's) and locations, then more of the word's own. */
type IndexedWord = [word: string, pages: [page: number, locations: number[], ...rest: unknown[]][], ...rest: unknown[]];
/** A chunk's entry in the metadata: the first and last words it holds, shortened, and its file's hash. */
type ChunkEntry = [from: string, to: string, hash: string];

export interface WordCount {
  word: string;
  /** Pagefind's measure of a word's share of a chunk: its locations, and one for each page it is on. */
  locations: number;
}

class IndexFormatError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: ${what}; the search index cannot be cut into chunks (src/build/index-chunks.ts reads Pagefind 1.6's files)`);
  }
}

const codePoints = (word: string) => Array.from(word);

/** How many characters two words begin with in common. */
function sharedLength(a: string, b: string): number {
  const [x, y] = [codePoints(a), codePoints(b)];
  let length = 0;
  while (length < x.length && length < y.length && x[length] === y[length]) length += 1;
  return length;
}

/**
 * Where to cut `words` (in Pagefind's order) into chunks: the index of the
 * first word of each chunk but the first. A chunk takes words until it holds
 * `target` locations; the cut is then made before whichever of the next words,
 * up to `target` × CUT_STRETCH locations in all, shares the shortest beginning
 * with the word before it (the first of them on a tie).
 */
export function planCuts(words: readonly WordCount[], target: number): number[] {
  const cuts: number[] = [];
  let start = 0;
  while (start < words.length) {
    let held = 0;
    let end = start;
    while (end < words.length && held < target) held += words[end++]!.locations;
    if (end >= words.length) break;
    let best = end;
    let bestShared = sharedLength(words[end - 1]!.word, words[end]!.word);
    for (let next = end; next + 1 < words.length && held + words[next]!.locations <= target * CUT_STRETCH && bestShared > 0; next += 1) {
      held += words[next]!.locations;
      const shared = sharedLength(words[next]!.word, words[next + 1]!.word);
      if (shared < bestShared) [best, bestShared] = [next + 1, shared];
    }
    cuts.push(best);
    start = best;
  }
  return cuts;
}

/**
 * The metadata's range for each chunk, as Pagefind names them: its first and
 * last words, and where two chunks meet, each side shortened to one character
 * past what they share, so that a search finds which chunk a word belongs in.
 */
export function chunkRanges(chunks: readonly (readonly string[])[]): [from: string, to: string][] {
  const ranges = chunks.map((words): [string, string] => [words[0] ?? '', words.at(-1) ?? '']);
  for (let i = 0; i + 1 < ranges.length; i += 1) {
    const [last, first] = [ranges[i]![1], ranges[i + 1]![0]];
    const keep = sharedLength(last, first) + 1;
    ranges[i]![1] = codePoints(last).slice(0, keep).join('');
    ranges[i + 1]![0] = codePoints(first).slice(0, keep).join('');
  }
  return ranges;
}

function readCompressed(file: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(file));
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new IndexFormatError(file, 'no Pagefind signature');
  return bytes.subarray(SIGNATURE.length);
}

const compressed = (cbor: Uint8Array) => gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: constants.Z_BEST_COMPRESSION });

/** Decodes CBOR that must come back byte for byte when encoded again: anything of Pagefind's this could not write as it was is an error. */
function decodeExactly(cbor: Uint8Array, file: string): unknown {
  const value: unknown = decode(cbor);
  if (!Buffer.from(encode(value)).equals(cbor)) throw new IndexFormatError(file, 'CBOR that would not be written back as it was');
  return value;
}

const isWord = (value: unknown): value is IndexedWord =>
  Array.isArray(value) &&
  value.length >= 2 &&
  typeof value[0] === 'string' &&
  Array.isArray(value[1]) &&
  value[1].every((page) => Array.isArray(page) && Array.isArray(page[1]));

const isChunkEntry = (value: unknown): value is ChunkEntry => Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');

function readWords(file: string): IndexedWord[] {
  const chunk = decodeExactly(readCompressed(file), file);
  if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0]) || !chunk[0].every(isWord)) {
    throw new IndexFormatError(file, 'a chunk that is not a list of words');
  }
  return chunk[0] as IndexedWord[];
}

const locationsOf = ([word, pages]: IndexedWord): WordCount => ({ word, locations: pages.reduce((sum, page) => sum + page[1].length + 1, 0) });

/** Names files by their contents, as Pagefind does: the language, then a hash lengthened until it is unique among `taken`. */
function uniqueName(language: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let name = `${language}_${hash.slice(0, length)}`;
  for (let more = length + 1; taken.has(name); more += 1) name = `${language}_${hash.slice(0, more)}`;
  taken.add(name);
  return name;
}

interface EntryFile {
  languages: Record<string, { hash: string }>;
}

/**
 * Cuts the word index of the Pagefind output in `folder` into chunks of
 * about `target` locations, rewriting its index/ folder, its metadata file and
 * pagefind-entry.json, which names that file.
 */
export function cutIndexChunks(folder: string, target = CHUNK_LOCATIONS): void {
  const entryFile = join(folder, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as EntryFile;
  const indexFolder = join(folder, 'index');
  const newIndex = join(folder, 'index.cut');
  rmSync(newIndex, { recursive: true, force: true });
  mkdirSync(newIndex);
  for (const [language, about] of Object.entries(entry.languages)) {
    const metaFile = join(folder, `pagefind.${about.hash}.pf_meta`);
    const meta = decodeExactly(readCompressed(metaFile), metaFile);
    if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !meta[2].every(isChunkEntry)) {
      throw new IndexFormatError(metaFile, 'metadata without a list of chunks where Pagefind 1.6 puts it');
    }
    const words = (meta[2] as ChunkEntry[]).flatMap(([, , hash]) => readWords(join(indexFolder, `${hash}.pf_index`)));
    const bounds = [0, ...planCuts(words.map(locationsOf), target), words.length];
    const chunks = bounds.slice(1).map((end, i) => words.slice(bounds[i], end));
    const ranges = chunkRanges(chunks.map((chunk) => chunk.map(([word]) => word)));
    const taken = new Set<string>();
    meta[2] = chunks.map((chunk, i): ChunkEntry => {
      const cbor = encode([chunk]);
      const name = uniqueName(language, cbor, 7, taken);
      writeFileSync(join(newIndex, `${name}.pf_index`), compressed(cbor));
      return [...ranges[i]!, name];
    });
    const metaCbor = encode(meta);
    const metaName = uniqueName(language, metaCbor, 13, new Set());
    rmSync(metaFile);
    writeFileSync(join(folder, `pagefind.${metaName}.pf_meta`), compressed(metaCbor));
    about.hash = metaName;
  }
  rmSync(indexFolder, { recursive: true, force: true });
  renameSync(newIndex, indexFolder);
  writeFileSync(entryFile, JSON.stringify(entry));
}
