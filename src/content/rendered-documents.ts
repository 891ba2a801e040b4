import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILD_CACHE_DIR } from '../lib/build-cache.ts';
import { writeAtomically } from '../lib/atomic-write.ts';
import type { MarkdownHeading } from 'astro';
import type { DocumentSection } from '../lib/document-data.ts';

/**
 * Rendered document bodies live on disk, one file per document, not in the
 * content store: the store is loaded whole into every build, and ten thousand
 * bodies in it cost gigabytes of memory. Pages read only their own body.
 * The folder sits in the build cache (src/lib/build-cache.ts).
 */
const RENDERED_DIR = 'rendered-documents';

export interface RenderedDocument {
  /** The digest of the text and pipeline it was rendered from, as the content store records it. */
  digest: string;
  html: string;
  headings: MarkdownHeading[];
  /** Its sections and their paragraphs' text (src/lib/document-data.ts), read from the HTML once, when it is rendered. */
  sections: DocumentSection[];
}

function fileOf(root: string, collection: string, id: string): string {
  return resolve(root, BUILD_CACHE_DIR, RENDERED_DIR, collection, `${id}.json`);
}

function read(file: string): RenderedDocument | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RenderedDocument;
  } catch {
    return undefined;
  }
}

/**
 * The last bytes of a body's file: its digest again, written last, so that a
 * file that ends with them is whole and of that text. Each sync checks every
 * document's file, and reading these few bytes costs a tenth of parsing it.
 */
const endOf = (digest: string) => `,"whole":${JSON.stringify(digest)}}`;

export function writeRendered(root: string, collection: string, id: string, rendered: RenderedDocument): void {
  const file = fileOf(root, collection, id);
  // Written whole, then renamed into place, so that a page never reads half a body. Not flushed to the disk:
  // a body a power cut left empty or short does not end as a whole one does, and is rendered again.
  writeAtomically(file, `${JSON.stringify(rendered).slice(0, -1)}${endOf(rendered.digest)}`, { durable: false });
}

/** Whether the body on disk is whole and was rendered from exactly this text and pipeline. */
export function hasRendered(root: string, collection: string, id: string, digest: string): boolean {
  const end = Buffer.from(endOf(digest));
  let fd: number;
  try {
    fd = openSync(fileOf(root, collection, id), 'r');
  } catch {
    return false;
  }
  try {
    const { size } = fstatSync(fd);
    if (size < end.length) return false;
    const last = Buffer.alloc(end.length);
    readSync(fd, last, 0, end.length, size - end.length);
    return last.equals(end);
  } finally {
    closeSync(fd);
  }
}

/** A document's rendered body and headings, as its loader wrote them under `root`; a body from other text is an error, never shown. */
export function renderedOf(root: string, entry: { collection: string; id: string; digest?: string | number | undefined }): RenderedDocument {
  const file = fileOf(root, entry.collection, entry.id);
  const rendered = read(file);
  if (!rendered || rendered.digest !== String(entry.digest)) {
    throw new Error(`${file}: no rendered body for ${entry.collection}/${entry.id} matching its text; build again`);
  }
  return rendered;
}
