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
