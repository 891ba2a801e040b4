/**
 * `npm run import -- FILE.csv [--skip-invalid] [--strict]`: imports the
 * Government of Canada's "Proactive Publication - Question Period Notes" CSV
 * into content/, one Markdown file per note and language. Every row is
 * checked first; any invalid row means nothing is written, unless
 * --skip-invalid is given.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printable } from '../src/lib/characters.ts';
import { CsvFormatError, decodeCsv } from '../src/import/csv-rows.ts';
import { importNotes } from '../src/import/import-notes.ts';
import { MINISTER_CHOICES_DIR, readMinisterChoices } from '../src/import/minister-choices.ts';
import { formatRowProblem } from '../src/import/note-from-row.ts';

const USAGE = 'usage: npm run import -- FILE.csv [--skip-invalid] [--strict] [--content DIR] [--minister-choices DIR]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'skip-invalid': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      content: { type: 'string', default: process.env['CONTENT_DIR'] ?? 'content' },
      'minister-choices': { type: 'string', default: MINISTER_CHOICES_DIR },
    },
  });
} catch (error) {
  console.error(`${printable((error as Error).message)}\n${USAGE}`);
  process.exit(2);
}
const { values: options, positionals } = parsed;
const [csvFile, ...extra] = positionals;
if (!csvFile || extra.length > 0) {
  console.error(USAGE);
  process.exit(2);
}
const name = printable(csvFile);

let report;
try {
  report = importNotes({
    csv: decodeCsv(readFileSync(csvFile)),
    contentDir: options.content,
    ministers: readMinisterChoices(options['minister-choices']),
    skipInvalid: options['skip-invalid'],
    strict: options.strict,
  });
} catch (error) {
  const reason = error instanceof CsvFormatError ? error.message : (error as Error).message;
  console.error(`${name}: ${printable(reason)}\nNothing was written.`);
  process.exit(2);
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-CA')} ${n === 1 ? one : many}`;
const byKind = (kind: string) => report.writes.filter((w) => w.kind === kind);
console.log(`${name}: ${count(report.rows, 'row')} read.`);
for (const file of report.removedTemporaryFiles) console.log(`Removed ${printable(file)}, left by an interrupted run.`);

for (const { code, rows } of report.unknownMinisters) {
  console.warn(
    printable(
      `warning: minister code ${JSON.stringify(code)} is not in the data set's choices list (${options['minister-choices']}/); ` +
        `${options.strict ? 'refused' : "imported as the minister's name, with no title"}, in ${count(rows.length, 'row')}: ${rows.join(', ')}`,
    ),
  );
}
if (report.problems.length > 0) {
  console.error(`\n${count(report.problems.length, 'problem')} in ${count(report.skippedRows.length, 'row')}:`);
  for (const problem of report.problems) console.error(`  - ${formatRowProblem(problem)}`);
}
if (!report.outcome) {
  console.error('\nNothing was written. Fix the rows above, or run again with --skip-invalid to import the valid rows only.');
  process.exit(1);
}
if (!report.outcome.ok) {
  const { written, failed, error } = report.outcome;
  console.error(printable(`\nCould not write ${failed}: ${error.message}`));
  console.error(
    written.length === 0
      ? 'Nothing was written.'
      : `${count(written.length, 'file was', 'files were')} written before it:\n${written.map((f) => `  - ${printable(f)}`).join('\n')}`,
  );
  process.exit(1);
}

const updated = byKind('update');
console.log(
  `${count(byKind('create').length, 'note')} created, ${updated.length.toLocaleString('en-CA')} updated, ${byKind('unchanged').length.toLocaleString('en-CA')} unchanged, in ${printable(options.content)}/.`,
);
const reworded = updated.flatMap((w) => (w.kind === 'update' && w.words.length > 0 ? [w] : []));
if (reworded.length > 0) {
  console.log(`\nThe words of ${count(reworded.length, 'note')} changed:`);
  for (const w of reworded) console.log(`  - ${w.note.path}: ${w.words.join(', ')}`);
}
if (report.skippedRows.length > 0) {
  console.error(`\nSkipped ${count(report.skippedRows.length, 'invalid row')}: ${report.skippedRows.join(', ')}.`);
}
