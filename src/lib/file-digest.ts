import { createHash } from 'node:crypto';

/**
 * A file's digest, by which the build cache finds what an earlier build made
 * from the same bytes: the search index's shards (src/build/search-index.ts)
 * and the compressed copies (src/deploy/precompress.ts), which are given the
 * index's digests of the pages rather than read them again.
 */
export const fileDigest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
