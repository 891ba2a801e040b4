/**
 * Cuts one shard's index into the chunks a search downloads
 * (src/build/index-chunks.ts), in a worker thread of src/build/search-index.ts,
 * so that one shard is cut while Pagefind indexes the next.
 */
import { cutIndexChunks } from './index-chunks.ts';

export interface ChunkCutRequest {
  /** The folder Pagefind wrote the shard's index into. */
  folder: string;
  /** The word locations its chunks are cut after. */
  chunkLocations: number;
}

export default function cutShardChunks({ folder, chunkLocations }: ChunkCutRequest): void {
  cutIndexChunks(folder, chunkLocations);
}
