import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../lib/atomic-write.ts';
import { FrontMatterError, readFrontMatter, writeFrontMatter } from '../lib/front-matter.ts';
import type { ImportedNote } from './note-from-row.ts';

/** The Markdown file of a note: YAML front matter, then the body. */
function noteMarkdown({ frontmatter, body }: Pick<ImportedNote, 'frontmatter' | 'body'>): string {
  return `---\n${writeFrontMatter(frontmatter)}---\n\n${body}`;
}

/** A note file already in the content folder: its text, front matter and body. */
export interface ExistingNote {
  text: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Reads a note file, or undefined when there is none; a file whose front matter cannot be read counts as written by hand. */
function readExisting(file: string): ExistingNote | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  try {
    const { data, body } = readFrontMatter(text);
    return { text, frontmatter: data, body };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return { text, frontmatter: {}, body: text };
  }
}

/**
 * The existing notes of one import run, each read and parsed once however
 * many times it is asked for: the clash check and the write plan both look at
 * the same files, and at tens of thousands of notes reading them twice would
 * double the run's I/O.
 */
export function existingNotes(): (file: string) => ExistingNote | undefined {
  const read = new Map<string, ExistingNote | undefined>();
  return (file) => {
    if (!read.has(file)) read.set(file, readExisting(file));
    return read.get(file);
  };
}

/** Each level-2 section's words, keyed by heading, with layout ignored. */
function sectionWords(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of `\n${body}`.split(/\n## /).slice(1)) {
    const [heading = '', ...rest] = part.split('\n');
    sections.set(heading.trim(), rest.join(' ').replace(/\s+/g, ' ').trim());
  }
  return sections;
}

/** Where an update would change the note's words (title or sections), as opposed to only its layout or metadata. */
function changedWords(old: ExistingNote, note: Pick<ImportedNote, 'frontmatter' | 'body'>): string[] {
  const changes: string[] = [];
  if (old.frontmatter['title'] !== note.frontmatter['title']) changes.push('title');
  const before = sectionWords(old.body);
  const after = sectionWords(note.body);
  for (const heading of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(heading) !== after.get(heading)) changes.push(heading);
  }
  return changes;
}

export type PlannedWrite =
  | { kind: 'create'; note: ImportedNote; file: string; text: string }
  | { kind: 'update'; note: ImportedNote; file: string; text: string; words: string[] }
  | { kind: 'unchanged'; note: ImportedNote; file: string };

/** A file in the way that the importer did not write: it is never overwritten. */
export interface Conflict {
  note: ImportedNote;
  file: string;
}

/** What importing these notes into a content folder would do to each file, without touching any. */
export function planWrites(
  notes: readonly ImportedNote[],
  contentDir: string,
  existing: (file: string) => ExistingNote | undefined = existingNotes(),
): { writes: PlannedWrite[]; conflicts: Conflict[] } {
  const writes: PlannedWrite[] = [];
  const conflicts: Conflict[] = [];
  for (const note of notes) {
    const file = join(contentDir, note.path);
    const text = noteMarkdown(note);
    const old = existing(file);
    if (!old) writes.push({ kind: 'create', note, file, text });
    else if (old.text === text) writes.push({ kind: 'unchanged', note, file });
    else if (!old.frontmatter['open_data']) conflicts.push({ note, file });
    else writes.push({ kind: 'update', note, file, text, words: changedWords(old, note) });
  }
  return { writes, conflicts };
}

/** Whether a path is a folder; anything else in a folder's place is left for the write to report. */
export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** What writing the planned files came to: every file written, or those written before one failed. */
export type WriteOutcome = { ok: true; written: string[] } | { ok: false; written: string[]; failed: string; error: Error };

/** Writes every planned change, stopping at the first failure and saying exactly which files were written before it. */
export function writeAll(writes: readonly PlannedWrite[]): WriteOutcome {
  const written: string[] = [];
  for (const planned of writes) {
    if (planned.kind === 'unchanged') continue;
    try {
      writeAtomically(planned.file, planned.text);
    } catch (error) {
      return { ok: false, written, failed: planned.file, error: error as Error };
    }
    written.push(planned.file);
  }
  return { ok: true, written };
}
