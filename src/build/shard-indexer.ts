/**
 * Indexes one search shard, in a worker thread of src/build/search-index.ts.
 * Pagefind's Node API keeps one backend process per loaded module, so each
 * worker (one per shard: the pool isolates them) has a process of its own,
 * and its close() ends that process alone, returning the shard's memory.
 * Its index is then cut into the chunks a search downloads
 * (src/build/index-chunks.ts), in the worker too, so shards are cut in parallel.
 */
import { close, createIndex } from 'pagefind';
import { cutIndexChunks } from './index-chunks.ts';

export interface ShardIndexRequest {
  /** The shard's name, for messages. */
  name: string;
  /** A folder of the shard's pages, under the same paths as in the site. */
  pages: string;
  /** How many pages it holds: Pagefind must index every one. */
  count: number;
  /** Where the index is written. */
  output: string;
  /** The word locations its index chunks are cut after (src/build/index-chunks.ts). */
  chunkLocations: number;
}

export default async function indexShard({ name, pages, count, output, chunkLocations }: ShardIndexRequest): Promise<void> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: pages });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${name}: ${added.errors.join('; ')}`);
    if (added.page_count !== count) throw new Error(`Pagefind indexed ${added.page_count} of the ${count} pages of ${name}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${name}: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  cutIndexChunks(output, chunkLocations);
}
