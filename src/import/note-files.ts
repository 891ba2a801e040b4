import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../lib/atomic-write.ts';
import { FrontMatterError, readFrontMatter, writeFrontMatter } from '../lib/front-matter.ts';
import type { ImportedNote } from './note-from-row.ts';

/** The Markdown file of a note: YAML front matter, then the body. */
export function noteMarkdown({ frontmatter, body }: Pick<ImportedNote, 'frontmatter' | 'body'>): string {
  return `---\n${writeFrontMatter(frontmatter)}---\n\n${body}`;
}

/** An existing file's front matter and body; a file whose front matter cannot be read counts as written by hand. */
function splitFile(text: string): { frontmatter: Record<string, unknown>; body: string } {
  try {
    const { data, body } = readFrontMatter(text);
    return { frontmatter: data, body };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return { frontmatter: {}, body: text };
  }
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
export function changedWords(oldText: string, note: Pick<ImportedNote, 'frontmatter' | 'body'>): string[] {
  const old = splitFile(oldText);
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
export function planWrites(notes: readonly ImportedNote[], contentDir: string): { writes: PlannedWrite[]; conflicts: Conflict[] } {
  const writes: PlannedWrite[] = [];
  const conflicts: Conflict[] = [];
  for (const note of notes) {
    const file = join(contentDir, note.path);
    const text = noteMarkdown(note);
    if (!existsSync(file)) {
      writes.push({ kind: 'create', note, file, text });
      continue;
    }
    const existing = readFileSync(file, 'utf8');
    if (existing === text) writes.push({ kind: 'unchanged', note, file });
    else if (!splitFile(existing).frontmatter['open_data']) conflicts.push({ note, file });
    else writes.push({ kind: 'update', note, file, text, words: changedWords(existing, note) });
  }
  return { writes, conflicts };
}

/** Whether a path is a folder; anything else in a folder's place is left for the write to report. */
export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

const TEMPORARY = /^\..+\.md\.(\d+)\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of runs that were killed before they could
 * clean up (kill -9, a power cut), leaving those of a run still going.
 */
export function removeStaleTemporaryFiles(folder: string): string[] {
  if (!isFolder(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) return [];
    rmSync(join(folder, name), { force: true });
    return [join(folder, name)];
  });
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
