import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTemporaryFiles } from '../lib/atomic-write.ts';
import { pathSegment } from '../lib/slug.ts';
import { DOCUMENT_TYPES } from '../lib/document-index.ts';
import { readCsvRows } from './csv-rows.ts';
import { MINISTER_CHOICES_DIR, type MinisterChoice } from './minister-choices.ts';
import { existingNotes, isFolder, planWrites, writeAll, type ExistingNote, type PlannedWrite, type WriteOutcome } from './note-files.ts';
import { notesFromRow, type RowProblem } from './note-from-row.ts';

export interface ImportOptions {
  /** The CSV file's text. */
  csv: string;
  /** The content folder the notes go into (its qp-notes/ and qp-notes-fr/). */
  contentDir: string;
  ministers: ReadonlyMap<string, MinisterChoice>;
  /** Write the valid rows even when some are invalid, instead of writing nothing. */
  skipInvalid: boolean;
  /** Refuse rows whose minister code the choices list does not know, instead of warning. */
  strict?: boolean;
}

/** A minister code the choices list does not know, and the rows that use it. */
export interface UnknownMinister {
  code: string;
  rows: number[];
}

export interface ImportReport {
  rows: number;
  /** Every problem found, row by row; when not skipping invalid rows, any problem means nothing was written. */
  problems: RowProblem[];
  /** Rows left out because of their problems. */
  skippedRows: number[];
  /** One entry per unknown minister code. */
  unknownMinisters: UnknownMinister[];
  writes: PlannedWrite[];
  /** Whether writing was attempted, and what came of it. */
  outcome?: WriteOutcome;
  /** Temporary files of an interrupted earlier run, removed. */
  removedTemporaryFiles: string[];
}

/** The reference number each existing note file in a folder holds, by its file's URL slug; read with the site's own front-matter reader. */
function referencesInFolder(
  folder: string,
  existing: (file: string) => ExistingNote | undefined,
): Map<string, { file: string; reference: string | undefined }> {
  const claimed = new Map<string, { file: string; reference: string | undefined }>();
  if (!isFolder(folder)) return claimed;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.md')) continue;
    const file = join(folder, name);
    const reference = existing(file)?.frontmatter['reference_number'];
    const value = typeof reference === 'string' ? reference : undefined;
    claimed.set(value ? pathSegment(value) : name.slice(0, -3), { file, reference: value });
  }
  return claimed;
}

/**
 * Checks every row of the CSV, then writes the notes. Without `skipInvalid`,
 * one invalid row means no file is written at all. A file the importer did
 * not write is never overwritten, nor one that holds another reference
 * number, and a file whose text would not change is not touched.
 */
export function importNotes({ csv, contentDir, ministers, skipInvalid, strict = false }: ImportOptions): ImportReport {
  const removedTemporaryFiles = Object.values(DOCUMENT_TYPES).flatMap(({ folder }) => removeStaleTemporaryFiles(join(contentDir, folder)));
  const rows = readCsvRows(csv);
  const problems: RowProblem[] = [];
  const rowOfSlug = new Map<string, number>();
  const claimedByFolder = new Map<string, ReturnType<typeof referencesInFolder>>();
  const existing = existingNotes();
  const unknown = new Map<string, number[]>();
  const writes: PlannedWrite[] = [];
  const skippedRows: number[] = [];

  for (const row of rows) {
    const result = notesFromRow(row, ministers);
    const rowProblems = [...result.problems];
    const report = (field: string, message: string) =>
      rowProblems.push({ row: row.row, line: row.line, reference: row.values.reference_number, field, message });

    if (result.unknownMinister) {
      unknown.set(result.unknownMinister, [...(unknown.get(result.unknownMinister) ?? []), row.row]);
      if (strict)
        report(
          'minister',
          `${JSON.stringify(result.unknownMinister)} is not in the data set's choices list (${MINISTER_CHOICES_DIR}/); without --strict it is imported as the minister's name, with no title`,
        );
    }

    const slug = pathSegment(row.values.reference_number);
    const earlier = rowOfSlug.get(slug);
    if (slug && earlier !== undefined)
      report('reference_number', `gives the URL slug "${slug}", which row ${earlier} also gives; each note needs its own reference number`);
    else rowOfSlug.set(slug, row.row);

    for (const note of result.notes) {
      const folder = join(contentDir, DOCUMENT_TYPES[note.collection].folder);
      if (!claimedByFolder.has(folder)) claimedByFolder.set(folder, referencesInFolder(folder, existing));
      const owner = claimedByFolder.get(folder)!.get(slug);
      if (owner && owner.reference !== note.reference) {
        // Another reference number that gives the same URL ("PS-2024-QP-1" and "ps 2024 qp 1"): replacing it would lose that note.
        report(
          'reference_number',
          `gives the URL slug "${slug}" of ${owner.file}, which holds ${owner.reference === undefined ? 'no reference number' : `reference number ${JSON.stringify(owner.reference)}`}; a note is never replaced by one with another reference number`,
        );
      } else if (owner && owner.file !== join(contentDir, note.path)) {
        report('reference_number', `${owner.file} already has this reference number; a note written by hand is never overwritten`);
      }
    }

    // The plan is kept for writing as well as checked for conflicts; the files it reads were read for the clash check above.
    const planned = planWrites(result.notes, contentDir, existing);
    for (const { file } of planned.conflicts)
      report('reference_number', `${file} exists and was not written by the importer; a note written by hand is never overwritten`);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      skippedRows.push(row.row);
    } else writes.push(...planned.writes);
  }

  const unknownMinisters = [...unknown].map(([code, codeRows]) => ({ code, rows: codeRows }));
  const base = { rows: rows.length, problems, skippedRows, unknownMinisters, writes, removedTemporaryFiles };
  if (problems.length > 0 && !skipInvalid) return base;
  return { ...base, outcome: writeAll(writes) };
}
