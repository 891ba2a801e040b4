import { parse } from 'csv-parse/sync';

/**
 * The columns of the "Proactive Publication - Question Period Notes" CSV that
 * the importer reads (field definitions: open-data/ckanext-canada,
 * ckanext/canada/tables/qpnotes.yaml). The data set's other columns, such as
 * its audit trail, are ignored.
 */
export const QP_NOTE_COLUMNS = [
  'reference_number',
  'title_en',
  'title_fr',
  'minister',
  'question_en',
  'question_fr',
  'date_received',
  'response_en',
  'response_fr',
  'background_en',
  'background_fr',
  'additional_information_en',
  'additional_information_fr',
  'owner_org',
  'owner_org_title',
] as const;

export type QpNoteColumn = (typeof QP_NOTE_COLUMNS)[number];

/** One data row, its values trimmed, with where it sits in the file. */
export interface CsvRow {
  /** 1 for the first row after the header. */
  row: number;
  /** Line of the file the row starts on; a quoted field may span several lines. */
  line: number;
  values: Record<QpNoteColumn, string>;
}

/** A file that cannot be read as the data set's CSV at all, as opposed to one with bad rows. */
export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

/**
 * The CSV file's bytes as text. The data set is published as UTF-8; a file in
 * another encoding would import with its accents replaced ("R�forme"), so
 * any byte that is not UTF-8 stops the import, naming its line, and a UTF-16
 * file (as some spreadsheets save "Unicode text") is named as such.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16) throw new CsvFormatError('is UTF-16 text: expected UTF-8, as the data set is published; save it again as "CSV UTF-8"');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // Line feeds are single bytes in UTF-8, so each line can be decoded on its own to find the first bad one.
    let start = 0;
    for (let line = 1; start <= bytes.length; line += 1) {
      const end = bytes.indexOf(0x0a, start) === -1 ? bytes.length : bytes.indexOf(0x0a, start);
      try {
        decoder.decode(bytes.subarray(start, end));
      } catch {
        throw new CsvFormatError(
          `line ${line} is not UTF-8: expected UTF-8 text, as the data set is published; save the file again as "CSV UTF-8" (it may be Latin-1 or Windows-1252)`,
        );
      }
      start = end + 1;
    }
    throw new CsvFormatError('is not UTF-8: expected UTF-8 text, as the data set is published');
  }
}

/**
 * Reads the CSV: a byte-order mark, CRLF line ends and quoted fields that
 * span lines are all accepted. Missing columns, or a malformed quote, stop the
 * import before any row is looked at.
 */
export function readCsvRows(text: string): CsvRow[] {
  let records: { record: Record<string, string>; raw: string }[];
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => {
        header = names.map((name) => name.trim());
        // With two columns of one name, csv-parse keeps the last silently; which one the data set meant is unknown.
        const repeated = header.find((name, index) => name && header.indexOf(name) !== index);
        if (repeated) {
          const positions = header.flatMap((name, index) => (name === repeated ? [index + 1] : []));
          throw new CsvFormatError(`column ${repeated} appears ${positions.length} times (columns ${positions.join(' and ')}): expected each column once`);
        }
        return header;
      },
      raw: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    if (error instanceof CsvFormatError) throw error;
    throw new CsvFormatError(`not a readable CSV file: ${(error as Error).message}`);
  }
  const missing = QP_NOTE_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new CsvFormatError(
      `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: expected the header of the Question Period Notes data set (${QP_NOTE_COLUMNS.join(',')})`,
    );
  }

  // Counted from each record's raw text: a quoted field's line breaks move every later row down.
  let line = 2;
  return records.map(({ record, raw }, index) => {
    const values = Object.fromEntries(QP_NOTE_COLUMNS.map((column) => [column, (record[column] ?? '').trim()])) as Record<QpNoteColumn, string>;
    const row = { row: index + 1, line, values };
    line += (raw.match(/\r\n|\r|\n/g)?.length ?? 0) + (/[\r\n]$/.test(raw) ? 0 : 1);
    return row;
  });
}
