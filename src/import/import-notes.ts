import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { urlSlug } from '../lib/slug.ts';
import { ministerSchema, type Minister } from '../schemas/minister.ts';
import { readCsvRows } from './csv-rows.ts';
import { planWrites, writeAtomically, type PlannedWrite } from './note-files.ts';
import { notesFromRow, type RowProblem } from './note-from-row.ts';

export interface ImportOptions {
  /** The CSV file's text. */
  csv: string;
  /** The content folder the notes go into (its qp-notes/ and qp-notes-fr/). */
  contentDir: string;
  ministers: ReadonlyMap<string, Minister>;
  /** Write the valid rows even when some are invalid, instead of writing nothing. */
  skipInvalid: boolean;
}

export interface ImportReport {
  rows: number;
  /** Every problem found, row by row; when not skipping invalid rows, any problem means nothing was written. */
  problems: RowProblem[];
  /** Rows left out because of their problems. */
  skippedRows: number[];
  writes: PlannedWrite[];
  /** Whether the files were written. */
  written: boolean;
}

/** The minister choices file: code → minister. A malformed entry stops the import, naming it. */
export function readMinisters(file: string): Map<string, Minister> {
  const entries = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list of { code, name, title_en, title_fr }`);
  return new Map(
    entries.map((entry, index) => {
      const result = ministerSchema.safeParse(entry);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new Error(`${file} → entry ${index + 1}, ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      }
      return [result.data.code, result.data];
    }),
  );
}

/** The URL slug each existing note file in a folder claims, from its reference number. */
function slugsInFolder(folder: string): Map<string, string> {
  const claimed = new Map<string, string>();
  if (!existsSync(folder)) return claimed;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.md')) continue;
    const reference = /^reference_number:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(join(folder, name), 'utf8'))?.[1];
    if (reference) claimed.set(urlSlug(reference), name);
  }
  return claimed;
}

/**
 * Checks every row of the CSV, then writes the notes. Without `skipInvalid`,
 * one invalid row means no file is written at all. A file the importer did
 * not write is never overwritten, and a file whose text would not change is
 * not touched.
 */
export function importNotes({ csv, contentDir, ministers, skipInvalid }: ImportOptions): ImportReport {
  const rows = readCsvRows(csv);
  const problems: RowProblem[] = [];
  const rowOfSlug = new Map<string, number>();
  const claimedByFolder = new Map<string, Map<string, string>>();
  const writes: PlannedWrite[] = [];
  const skippedRows: number[] = [];

  for (const row of rows) {
    const result = notesFromRow(row, ministers);
    const rowProblems = [...result.problems];
    const report = (field: string, message: string) => rowProblems.push({ row: row.row, line: row.line, reference: row.values.reference_number, field, message });

    const slug = urlSlug(row.values.reference_number);
    const earlier = rowOfSlug.get(slug);
    if (slug && earlier !== undefined) report('reference_number', `gives the URL slug "${slug}", which row ${earlier} also gives; each note needs its own reference number`);
    else rowOfSlug.set(slug, row.row);

    for (const note of result.notes) {
      const folder = join(contentDir, note.path.split('/')[0]!);
      if (!claimedByFolder.has(folder)) claimedByFolder.set(folder, slugsInFolder(folder));
      const owner = claimedByFolder.get(folder)!.get(slug);
      if (owner && `${slug}.md` !== owner) {
        report('reference_number', `${join(folder, owner)} already has this reference number; a note written by hand is never overwritten`);
      }
    }

    // Each row's files are read once, here: the plan is kept for writing as well as checked for conflicts.
    const planned = planWrites(result.notes, contentDir);
    for (const { file } of planned.conflicts) report('reference_number', `${file} exists and was not written by the importer; a note written by hand is never overwritten`);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      skippedRows.push(row.row);
    } else writes.push(...planned.writes);
  }

  const write = problems.length === 0 || skipInvalid;
  if (write) {
    for (const planned of writes) if (planned.kind !== 'unchanged') writeAtomically(planned.file, planned.text);
  }
  return { rows: rows.length, problems, skippedRows, writes, written: write };
}
