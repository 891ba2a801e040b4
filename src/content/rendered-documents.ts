import { readFileSync } from 'node:fs';
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

export function writeRendered(root: string, collection: string, id: string, rendered: RenderedDocument): void {
  const file = fileOf(root, collection, id);
  // Written whole, then renamed into place, so that a page never reads half a body. Not flushed to the disk:
  // a body a power cut left empty or short fails to parse, or to match its digest, and is rendered again.
  writeAtomically(file, JSON.stringify(rendered), { durable: false });
}

/** Whether the body on disk was rendered from exactly this text and pipeline. */
export function hasRendered(root: string, collection: string, id: string, digest: string): boolean {
  return read(fileOf(root, collection, id))?.digest === digest;
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
