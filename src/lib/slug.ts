/**
 * A URL path segment from any text: accents dropped, lowercase, and every run
 * of characters other than a–z and 0–9 turned into one hyphen.
 * "PS-2023-QP-1--MPS-003" becomes "ps-2023-qp-1-mps-003".
 */
export function urlSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Longest path segment made from data: file names stay far below every file system's limit of 255 bytes. */
export const MAX_SEGMENT = 80;

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell apart the few long names that share their first 71 characters. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * urlSlug() bounded for use as a file name or URL path segment: a slug longer
 * than MAX_SEGMENT keeps its first characters and ends with a hash of the
 * whole, so that two long names still get two paths and no path built from
 * data can be too long to write.
 */
export function pathSegment(text: string): string {
  const slug = urlSlug(text);
  if (slug.length <= MAX_SEGMENT) return slug;
  return `${slug.slice(0, MAX_SEGMENT - 9).replace(/-+$/, '')}-${shortHash(slug)}`;
}

/**
 * Makes a fragment id readable: runs of hyphens become one and none lead or
 * trail, so "background---rcmp-insider-risk-program" reads
 * "background-rcmp-insider-risk-program".
 */
export function tidyId(id: string): string {
  return id.replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

/** Hands out ids, numbering repeats (`x`, `x-1`, `x-2`) so that none is used twice or takes a reserved one. */
export class UniqueIds {
  readonly #used: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.#used = new Set(reserved);
  }

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 1; this.#used.has(id); n += 1) id = `${wanted}-${n}`;
    this.#used.add(id);
    return id;
  }
}
