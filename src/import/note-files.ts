import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { ImportedNote } from './note-from-row.ts';

/** The Markdown file of a note: YAML front matter, then the body. */
export function noteMarkdown({ frontmatter, body }: Pick<ImportedNote, 'frontmatter' | 'body'>): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}

function splitFile(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { frontmatter: {}, body: text };
  return { frontmatter: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
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

/**
 * Writes a file whole or not at all: the text goes to a temporary file in the
 * same folder, which then replaces the old file in one rename, so that an
 * interrupted run never leaves a half-written note.
 */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flush: true });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
