/**
 * `npm run import -- FILE.csv [--skip-invalid]`: imports the Government of
 * Canada's "Proactive Publication - Question Period Notes" CSV into content/,
 * one Markdown file per note and language. Every row is checked first; any
 * invalid row means nothing is written, unless --skip-invalid is given.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CsvFormatError } from '../src/import/csv-rows.ts';
import { importNotes, readMinisters } from '../src/import/import-notes.ts';
import { formatRowProblem } from '../src/import/note-from-row.ts';

const USAGE = 'usage: npm run import -- FILE.csv [--skip-invalid] [--content DIR] [--ministers FILE]';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'skip-invalid': { type: 'boolean', default: false },
    content: { type: 'string', default: process.env['CONTENT_DIR'] ?? 'content' },
    ministers: { type: 'string', default: 'content/data/ministers.yaml' },
  },
});
const [csvFile, ...extra] = positionals;
if (!csvFile || extra.length > 0) {
  console.error(USAGE);
  process.exit(2);
}

let report;
try {
  report = importNotes({
    csv: readFileSync(csvFile, 'utf8'),
    contentDir: options.content,
    ministers: readMinisters(options.ministers),
    skipInvalid: options['skip-invalid'],
  });
} catch (error) {
  const reason = error instanceof CsvFormatError ? error.message : (error as Error).message;
  console.error(`${csvFile}: ${reason}\nNothing was written.`);
  process.exit(2);
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-CA')} ${n === 1 ? one : many}`;
const byKind = (kind: string) => report.writes.filter((w) => w.kind === kind);
console.log(`${csvFile}: ${count(report.rows, 'row')} read.`);

if (report.problems.length > 0) {
  console.error(`\n${count(report.problems.length, 'problem')} in ${count(report.skippedRows.length, 'row')}:`);
  for (const problem of report.problems) console.error(`  - ${formatRowProblem(problem)}`);
}
if (!report.written) {
  console.error('\nNothing was written. Fix the rows above, or run again with --skip-invalid to import the valid rows only.');
  process.exit(1);
}

const updated = byKind('update');
console.log(`${count(byKind('create').length, 'note')} created, ${updated.length.toLocaleString('en-CA')} updated, ${byKind('unchanged').length.toLocaleString('en-CA')} unchanged, in ${options.content}/.`);
const reworded = updated.flatMap((w) => (w.kind === 'update' && w.words.length > 0 ? [w] : []));
if (reworded.length > 0) {
  console.log(`\nThe words of ${count(reworded.length, 'note')} changed:`);
  for (const w of reworded) console.log(`  - ${w.note.path}: ${w.words.join(', ')}`);
}
if (report.skippedRows.length > 0) {
  console.error(`\nSkipped ${count(report.skippedRows.length, 'invalid row')}: ${report.skippedRows.join(', ')}.`);
}
