import { join } from 'node:path';

/**
 * Where builds keep what a later build can reuse: Astro's content store, the
 * rendered bodies, the documents' .json files, the search index's shards and
 * the compressed copies. It is
 * `node_modules/.astro` unless BUILD_CACHE_DIR names another folder (relative
 * to the project root, or absolute); an empty folder makes a cold build.
 */
export const BUILD_CACHE_DIR = process.env['BUILD_CACHE_DIR'] || 'node_modules/.astro';

/** Where the compressed copies of the site's files are kept (src/deploy/precompress.ts). */
export const PRECOMPRESSED_CACHE_DIR = join(BUILD_CACHE_DIR, 'precompressed');
