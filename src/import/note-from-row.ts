import type { z } from 'astro/zod';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import { forbiddenCharacters, printable } from '../lib/characters.ts';
import { markdownHazards, unreadableMarkdown } from '../lib/markdown-hazards.ts';
import { pathSegment } from '../lib/slug.ts';
import type { Language } from '../schemas/fields.ts';
import { QP_NOTE_SECTIONS, qpNoteFrSchema, qpNoteSchema } from '../schemas/qp-note.ts';
import { QP_NOTE_COLUMNS, type CsvRow, type QpNoteColumn } from './csv-rows.ts';
import { ministerOnNote, type MinisterChoice } from './minister-choices.ts';
import { LayoutError, firstPassage, sectionBody } from './note-text.ts';

/** One note, in one language, ready to be written as a Markdown file. */
export interface ImportedNote {
  lang: Language;
  collection: Collection;
  /** Path of its file inside the content folder, e.g. qp-notes/ps-2023-qp-1.md. */
  path: string;
  reference: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** One thing wrong with one row, named as the data set names its columns. */
export interface RowProblem {
  row: number;
  line: number;
  reference: string;
  field: string;
  message: string;
}

/** One line per problem; values from the file are escaped, so that none can drive the terminal it is printed on. */
export function formatRowProblem({ row, line, reference, field, message }: RowProblem): string {
  return printable(`row ${row} (line ${line}${reference ? `, ${reference}` : ''}) → ${field}: ${message}`);
}

const LANGUAGE_OF = {
  'en-CA': { suffix: 'en', collection: 'notes', schema: qpNoteSchema },
  'fr-CA': { suffix: 'fr', collection: 'notesFr', schema: qpNoteFrSchema },
} as const;

/** Front-matter fields and the columns they come from, so that a schema error names the column. */
function columnOfField(suffix: 'en' | 'fr'): Record<string, QpNoteColumn> {
  return {
    reference_number: 'reference_number',
    title: `title_${suffix}`,
    date_received: 'date_received',
    organization: 'owner_org_title',
    minister: 'minister',
    minister_name: 'minister',
    open_data: 'owner_org',
  };
}

/**
 * "Public Safety Canada | Sécurité publique Canada": the data set's bilingual
 * organization title, as each language's name. A title without the separator
 * is the same in both languages; one with several, or with an empty side,
 * cannot be split without losing or guessing a part: undefined.
 */
function organizationTitles(title: string): Record<Language, string> | undefined {
  const parts = title.split(/\s*\|\s*/).map((part) => part.trim());
  if (parts.length === 1) return { 'en-CA': title, 'fr-CA': title };
  const [english, french] = parts;
  return parts.length === 2 && english && french ? { 'en-CA': english, 'fr-CA': french } : undefined;
}

function body(lang: Language, fields: Record<'question' | 'response' | 'background' | 'additional', string>): string {
  const headings = QP_NOTE_SECTIONS[lang];
  return (['question', 'response', 'background', 'additional'] as const)
    .filter((part) => fields[part])
    .map((part) => `## ${headings[part]}\n\n${fields[part]}\n`)
    .join('\n');
}

const TEXT_FIELDS = ['question', 'response', 'background', 'additional_information'] as const;
const textColumns = (suffix: 'en' | 'fr') => TEXT_FIELDS.map((name) => `${name}_${suffix}` as QpNoteColumn);
const TEXT_COLUMNS = new Set<QpNoteColumn>([...textColumns('en'), ...textColumns('fr')]);

/** What one row of the data set becomes. */
export interface RowResult {
  notes: ImportedNote[];
  problems: RowProblem[];
  /** The row's minister code, when the choices list does not know it: imported as written, and warned about. */
  unknownMinister?: string;
}

/**
 * The notes one row of the data set becomes: its English note, and its
 * French copy where the row has French text. Every problem is reported, by
 * column, rather than only the first; a row with any problem yields no note.
 */
export function notesFromRow({ row, line, values }: CsvRow, ministers: ReadonlyMap<string, MinisterChoice>): RowResult {
  const reference = values.reference_number;
  const problems: RowProblem[] = [];
  const report = (field: string, message: string) => problems.push({ row, line, reference, field, message });

  const minister = ministers.get(values.minister);
  if (!values.minister) report('minister', "is required: expected a minister code from the data set's choices list, e.g. PM or Marc Garneau");
  if (!values.owner_org) report('owner_org', 'is required: expected the publishing organization code, e.g. ps-sp');
  const organization = organizationTitles(values.owner_org_title);
  if (!organization)
    report(
      'owner_org_title',
      'expected the English title, " | ", then the French one, e.g. Public Safety Canada | Sécurité publique Canada; a part would be lost',
    );

  for (const column of QP_NOTE_COLUMNS) {
    const problem = forbiddenCharacters(values[column], { multiline: TEXT_COLUMNS.has(column) });
    if (problem) report(column, problem);
  }
  for (const column of TEXT_COLUMNS) {
    let hazards;
    try {
      hazards = markdownHazards(values[column]);
    } catch (error) {
      // The same field's layout (sectionBody) says so too; the two are one problem, reported once (dedupe).
      report(column, unreadableMarkdown(error));
      continue;
    }
    const { html, urls } = hazards;
    for (const snippet of html) report(column, `contains raw HTML (${JSON.stringify(snippet)}): expected Markdown only`);
    for (const url of urls) report(column, `links to ${JSON.stringify(url)}: expected an http, https or mailto URL, or a relative one`);
  }

  const hasFrench = (['title_fr', ...textColumns('fr')] as const).some((column) => values[column]);
  const languages: Language[] = hasFrench ? ['en-CA', 'fr-CA'] : ['en-CA'];
  const notes: ImportedNote[] = [];

  for (const lang of languages) {
    const { suffix, collection, schema } = LANGUAGE_OF[lang];
    const section = (column: QpNoteColumn) => {
      try {
        return sectionBody(values[column]);
      } catch (error) {
        if (!(error instanceof LayoutError)) throw error;
        report(column, error.message);
        return '';
      }
    };
    const fields = {
      question: section(`question_${suffix}`),
      response: section(`response_${suffix}`),
      background: section(`background_${suffix}`),
      additional: section(`additional_information_${suffix}`),
    };
    const headings = QP_NOTE_SECTIONS[lang];
    if (!values[`response_${suffix}`]) report(`response_${suffix}`, `is required: expected the ${headings.response} text`);
    if (!values[`background_${suffix}`]) report(`background_${suffix}`, `is required: expected the ${headings.background} text`);

    // The summary is the first passage of the question, else of the response, else the title; a problem with it is that column's.
    const summary = [
      { column: `question_${suffix}` as const, text: firstPassage(fields.question) },
      { column: `response_${suffix}` as const, text: firstPassage(fields.response) },
      { column: `title_${suffix}` as const, text: values[`title_${suffix}`] },
    ].find(({ text }) => text) ?? { column: `title_${suffix}` as const, text: '' };
    // A code the choices list does not know is still the government's own: it is kept as the name, with no title.
    const onNote = minister ? ministerOnNote(minister, values.date_received, lang) : { name: values.minister };
    const frontmatter = {
      reference_number: reference,
      title: values[`title_${suffix}`],
      date_received: values.date_received,
      organization: organization?.[lang] ?? values.owner_org_title,
      ...('title' in onNote && { minister: onNote.title }),
      ...(onNote.name && { minister_name: onNote.name }),
      summary: summary.text,
      ...(lang === 'fr-CA' && { lang }),
      open_data: { owner_org: values.owner_org, minister: values.minister },
    };
    const markdown = body(lang, fields);

    const parsed = schema.safeParse(frontmatter);
    if (!parsed.success) reportSchemaIssues(parsed.error.issues, { ...columnOfField(suffix), summary: summary.column }, report);
    const slug = pathSegment(reference);
    notes.push({ lang, collection, path: `${DOCUMENT_TYPES[collection].folder}/${slug || 'invalid'}.md`, reference, frontmatter, body: markdown });
  }
  const unknownMinister = values.minister && !minister ? { unknownMinister: values.minister } : {};
  return problems.length > 0 ? { notes: [], problems: dedupe(problems), ...unknownMinister } : { notes, problems: [], ...unknownMinister };
}

function reportSchemaIssues(issues: readonly z.core.$ZodIssue[], columns: Record<string, QpNoteColumn>, report: (field: string, message: string) => void) {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    report(columns[field] ?? field, issue.message);
  }
}

/** A problem with a shared column (a bad date, say) is found once per language; it is reported once. */
function dedupe(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
