import { diffArrays, diffWords } from 'diff';
import type { DocumentSection } from './document-data.ts';

/**
 * What changed between two versions of a document, section by section and
 * paragraph by paragraph, down to the word, for a page that shows it: the
 * `diff` package aligns the sections, the paragraphs of each and the words
 * of each changed paragraph.
 */

type Block = DocumentSection['blocks'][number];

export interface WordChange {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export type BlockChange =
  /** A run of paragraphs both versions have word for word. */
  | { kind: 'same'; blocks: Block[] }
  | { kind: 'changed'; before: Block; after: Block; words: WordChange[] }
  | { kind: 'added'; after: Block }
  | { kind: 'removed'; before: Block };

export interface SectionChange {
  heading: string | null;
  level: number | null;
  /** The section's permalink id in the version it is shown from (the newer, unless it was removed). */
  id: string | null;
  status: 'same' | 'changed' | 'added' | 'removed';
  blocks: BlockChange[];
}

/** Below this share of common characters, two paragraphs read as one removed and one added, not one rewritten. */
const REWRITE_THRESHOLD = 0.4;

const sectionKey = (section: DocumentSection) => (section.heading ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** Walks a diff of two lists, handing on each run as the items of both lists it covers. */
function alignedRuns<T, K>(before: readonly T[], after: readonly T[], keyOf: (item: T) => K) {
  const runs: { kind: 'same' | 'added' | 'removed'; before: T[]; after: T[] }[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(before.map(keyOf), after.map(keyOf))) {
    const n = part.count ?? part.value.length;
    if (part.added) runs.push({ kind: 'added', before: [], after: after.slice(j, (j += n)) });
    else if (part.removed) runs.push({ kind: 'removed', before: before.slice(i, (i += n)), after: [] });
    else runs.push({ kind: 'same', before: before.slice(i, (i += n)), after: after.slice(j, (j += n)) });
  }
  return runs;
}

function wordChanges(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

function sharedShare(words: readonly WordChange[], before: string, after: string): number {
  const shared = words.filter((word) => word.change === 'same').reduce((sum, word) => sum + word.text.trim().length, 0);
  return shared / Math.max(before.length, after.length, 1);
}

/** Paragraphs removed where others were added, paired in order as rewrites when they share enough words. */
function pairRewrites(removed: readonly Block[], added: readonly Block[]): BlockChange[] {
  const changes: BlockChange[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let k = 0; k < pairs; k++) {
    const before = removed[k]!;
    const after = added[k]!;
    const words = wordChanges(before.text, after.text);
    if (sharedShare(words, before.text, after.text) >= REWRITE_THRESHOLD) changes.push({ kind: 'changed', before, after, words });
    else changes.push({ kind: 'removed', before }, { kind: 'added', after });
  }
  for (const before of removed.slice(pairs)) changes.push({ kind: 'removed', before });
  for (const after of added.slice(pairs)) changes.push({ kind: 'added', after });
  return changes;
}

function blockChanges(before: readonly Block[], after: readonly Block[]): BlockChange[] {
  const changes: BlockChange[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  const flush = () => {
    changes.push(...pairRewrites(removed, added));
    removed = [];
    added = [];
  };
  for (const run of alignedRuns(before, after, (block) => block.text)) {
    if (run.kind === 'removed') removed.push(...run.before);
    else if (run.kind === 'added') added.push(...run.after);
    else {
      flush();
      changes.push({ kind: 'same', blocks: run.after });
    }
  }
  flush();
  return changes;
}

/** Every section of either version, in reading order, with what happened to it and to each of its paragraphs. */
export function compareSections(before: readonly DocumentSection[], after: readonly DocumentSection[]): SectionChange[] {
  return alignedRuns(before, after, sectionKey).flatMap((run): SectionChange[] => {
    if (run.kind === 'added')
      return run.after.map((section) => ({ ...heading(section), status: 'added', blocks: section.blocks.map((block) => ({ kind: 'added', after: block })) }));
    if (run.kind === 'removed')
      return run.before.map((section) => ({
        ...heading(section),
        status: 'removed',
        blocks: section.blocks.map((block) => ({ kind: 'removed', before: block })),
      }));
    return run.after.map((section, k) => {
      const blocks = blockChanges(run.before[k]!.blocks, section.blocks);
      return { ...heading(section), status: blocks.every((block) => block.kind === 'same') ? 'same' : 'changed', blocks };
    });
  });
}

function heading(section: DocumentSection) {
  return { heading: section.heading, level: section.level, id: section.id };
}
