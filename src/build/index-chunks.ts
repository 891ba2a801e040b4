/**
 * Cuts a shard's Pagefind word index into smaller chunks, after Pagefind has
 * written it (src/build/chunk-cutter.ts).
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
 * together. Each word's bytes are moved as Pagefind wrote them; only the
 * chunks holding them and the metadata naming the chunks are new.
 *
 * This reads Pagefind's files, not an interface it publishes: every chunk is
 * checked to be a list of words and nothing more, and the metadata to encode
 * back to its own bytes, and a Pagefind that writes anything else stops the
 * build, naming the file, rather than giving a broken search.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** Word locations a chunk is cut after, at the least: the median chunk of an 894-page shard of synthetic notes is then 8.3 KB. */
export const CHUNK_LOCATIONS = 6000;
/** How far past CHUNK_LOCATIONS a cut may be put off, as a multiple of it, to fall between words sharing less. */
const CUT_STRETCH = 2;

/** What Pagefind writes ahead of the CBOR in each of its compressed files, and checks when it reads them. */
const SIGNATURE = Buffer.from('pagefind_dcd');

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

// Pagefind compresses its files at the strongest level; the default level is 2.5 times faster, for 0.13% more bytes.
const compressed = (cbor: Uint8Array) => gzipSync(Buffer.concat([SIGNATURE, cbor]));

/** Decodes CBOR that must come back byte for byte when encoded again: anything of Pagefind's this could not write as it was is an error. */
function decodeExactly(cbor: Uint8Array, file: string): unknown {
  const value: unknown = decode(cbor);
  if (!Buffer.from(encode(value)).equals(cbor)) throw new IndexFormatError(file, 'CBOR that would not be written back as it was');
  return value;
}

/** The head of a CBOR array of `length` items (RFC 8949, major type 4), which a chunk's bytes begin with twice: one list of `length` words. */
function arrayHead(length: number): Uint8Array {
  if (length < 24) return Uint8Array.of(0x80 | length);
  if (length < 0x100) return Uint8Array.of(0x98, length);
  if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
  return Uint8Array.of(0x9a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

/** Decodes a word's text, refusing bytes that are not UTF-8 rather than replacing them. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A chunk's bytes: the list of its words' own bytes. */
const chunkBytes = (words: readonly Uint8Array[]) => Buffer.concat([arrayHead(1), arrayHead(words.length), ...words]);

/**
 * Reads CBOR heads (RFC 8949, section 3) without decoding what they hold, so
 * that a chunk's words can be found and measured without building each
 * location as a JavaScript value: decoding them took most of the time, at
 * 20 word locations a page.
 */
class HeadReader {
  offset = 0;
  readonly bytes: Uint8Array;
  readonly file: string;

  constructor(bytes: Uint8Array, file: string) {
    this.bytes = bytes;
    this.file = file;
  }

  /** Reads one head: its major type and argument (a length, a count or a value). */
  head(): { type: number; argument: number } {
    const first = this.byte();
    const type = first >> 5;
    const info = first & 0x1f;
    if (info < 24) return { type, argument: info };
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    // Indefinite lengths (31) and the reserved values Pagefind never writes.
    if (size === undefined) throw new IndexFormatError(this.file, `CBOR this does not read (${first} at byte ${this.offset - 1})`);
    let argument = 0;
    for (let i = 0; i < size; i += 1) argument = argument * 256 + this.byte();
    return { type, argument };
  }

  /** Reads an array's head, and returns how many items it holds. */
  array(): number {
    const { type, argument } = this.head();
    if (type !== 4) throw new IndexFormatError(this.file, 'a chunk that is not a list of words');
    return argument;
  }

  /** Reads a text string. */
  text(): string {
    const { type, argument } = this.head();
    if (type !== 3) throw new IndexFormatError(this.file, 'a chunk that is not a list of words');
    const start = this.offset;
    this.offset += argument;
    if (this.offset > this.bytes.length) throw new IndexFormatError(this.file, 'a chunk cut short');
    try {
      return UTF8.decode(this.bytes.subarray(start, this.offset));
    } catch {
      // Read any other way, the word would be another in the chunk's range than in its bytes.
      throw new IndexFormatError(this.file, `a word that is not UTF-8 (at byte ${start})`);
    }
  }

  /** Passes over one item, whatever it holds. */
  skip(): void {
    const { type, argument } = this.head();
    if (type === 2 || type === 3) this.offset += argument;
    else if (type === 4) for (let i = 0; i < argument; i += 1) this.skip();
    else if (type === 5) for (let i = 0; i < 2 * argument; i += 1) this.skip();
    else if (type === 6) this.skip();
    if (this.offset > this.bytes.length) throw new IndexFormatError(this.file, 'a chunk cut short');
  }

  private byte(): number {
    if (this.offset >= this.bytes.length) throw new IndexFormatError(this.file, 'a chunk cut short');
    return this.bytes[this.offset++]!;
  }
}

const isChunkEntry = (value: unknown): value is ChunkEntry => Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');

/** A word of a chunk, its share of a chunk (WordCount) and its bytes there, which are moved to its new chunk as they are. */
interface ChunkWord extends WordCount {
  bytes: Uint8Array;
}

/**
 * A chunk's words, as Pagefind writes them: a list of one list of words, each
 * a list of the word, its pages (each a list of the page's number, its
 * locations, and more), and more of its own. Anything else is an error.
 */
function readWords(file: string): ChunkWord[] {
  const reader = new HeadReader(readCompressed(file), file);
  if (reader.array() !== 1) throw new IndexFormatError(file, 'a chunk that is not a list of words');
  const words: ChunkWord[] = [];
  for (let count = reader.array(); words.length < count;) {
    const start = reader.offset;
    const fields = reader.array();
    if (fields < 2) throw new IndexFormatError(file, 'a chunk that is not a list of words');
    const word = reader.text();
    let locations = 0;
    for (let pages = reader.array(); pages > 0; pages -= 1) {
      const pageFields = reader.array();
      if (pageFields < 2) throw new IndexFormatError(file, 'a chunk that is not a list of words');
      reader.skip();
      const pageLocations = reader.array();
      for (let i = 0; i < pageLocations; i += 1) reader.skip();
      for (let i = 2; i < pageFields; i += 1) reader.skip();
      locations += pageLocations + 1;
    }
    for (let i = 2; i < fields; i += 1) reader.skip();
    words.push({ word, locations, bytes: reader.bytes.subarray(start, reader.offset) });
  }
  if (reader.offset !== reader.bytes.length) throw new IndexFormatError(file, 'a chunk that is not a list of words');
  return words;
}

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
    const bounds = [0, ...planCuts(words, target), words.length];
    // An index without words has no chunks, as Pagefind writes it, not one empty one.
    const chunks = words.length === 0 ? [] : bounds.slice(1).map((end, i) => words.slice(bounds[i], end));
    const ranges = chunkRanges(chunks.map((chunk) => chunk.map(({ word }) => word)));
    const taken = new Set<string>();
    meta[2] = chunks.map((chunk, i): ChunkEntry => {
      const cbor = chunkBytes(chunk.map(({ bytes }) => bytes));
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
