import type { DocumentSummary } from '../lib/document-index.ts';
import { compareSections, type SectionChange } from '../lib/text-changes.ts';
import { documentEntries, type DocumentEntry } from './entries.ts';
import { renderedBody } from './rendered.ts';
import { versionsOf } from './series.ts';
import { pageKey } from '../lib/page-key.ts';

type NoteCollection = 'notes' | 'notesFr';

/** What a "what changed" page shows: a version, the one before it, and their differences. */
export interface ChangesPageData {
  current: DocumentSummary;
  previous: DocumentSummary;
  sections: SectionChange[];
  counts: { changed: number; added: number; removed: number };
}

/** A route's pages: one for every note that has a previous version, keyed by the two versions it compares. */
export async function changesPaths(collection: NoteCollection) {
  const paths: { params: { slug: string }; props: { entry: DocumentEntry<NoteCollection> }; cacheKey: string }[] = [];
  for (const entry of await documentEntries(collection)) {
    const versions = await versionsOf(collection, entry.id);
    if (!versions || versions.index === 0) continue;
    const previous = versions.entries[versions.index - 1]!;
    const cacheKey = pageKey(entry.digest, previous.digest, versions.versions[versions.index], versions.versions[versions.index - 1]);
    paths.push({ params: { slug: entry.id }, props: { entry }, cacheKey });
  }
  return paths;
}

export async function changesPage(entry: DocumentEntry<NoteCollection>): Promise<ChangesPageData> {
  const versions = await versionsOf(entry.collection, entry.id);
  const previousEntry = versions?.entries[versions.index - 1];
  if (!versions || !previousEntry) throw new Error(`${entry.collection}/${entry.id} has no previous version to compare with`);
  const sections = compareSections(renderedBody(previousEntry).sections, renderedBody(entry).sections);
  const blocks = sections.flatMap((section) => section.blocks);
  return {
    current: versions.versions[versions.index]!,
    previous: versions.versions[versions.index - 1]!,
    sections,
    counts: {
      changed: blocks.filter((block) => block.kind === 'changed').length,
      added: blocks.filter((block) => block.kind === 'added').length,
      removed: blocks.filter((block) => block.kind === 'removed').length,
    },
  };
}
