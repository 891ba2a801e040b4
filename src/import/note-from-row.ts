import type { z } from 'astro/zod';
import { DOCUMENT_TYPES, type Collection } from '../lib/document-index.ts';
import { rawHtmlIn } from '../lib/raw-html.ts';
import { urlSlug } from '../lib/slug.ts';
import type { Language } from '../schemas/fields.ts';
import type { Minister } from '../schemas/minister.ts';
import { QP_NOTE_SECTIONS, qpNoteFrSchema, qpNoteSchema } from '../schemas/qp-note.ts';
import type { CsvRow, QpNoteColumn } from './csv-rows.ts';
import { firstPassage, sectionBody } from './note-text.ts';

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

export function formatRowProblem({ row, line, reference, field, message }: RowProblem): string {
  return `row ${row} (line ${line}${reference ? `, ${reference}` : ''}) → ${field}: ${message}`;
}

const LANGUAGE_OF = {
  'en-CA': { suffix: 'en', collection: 'notes', schema: qpNoteSchema },
  'fr-CA': { suffix: 'fr', collection: 'notesFr', schema: qpNoteFrSchema },
} as const;

/** Front-matter fields and the columns they come from, so that a schema error names the column. */
const COLUMN_OF_FIELD: Record<string, (suffix: 'en' | 'fr') => QpNoteColumn> = {
  reference_number: () => 'reference_number',
  title: (suffix) => `title_${suffix}`,
  date_received: () => 'date_received',
  organization: () => 'owner_org_title',
  minister: () => 'minister',
  minister_name: () => 'minister',
  summary: (suffix) => `question_${suffix}`,
  open_data: () => 'owner_org',
};

/** "Public Safety Canada | Sécurité publique Canada": the data set's bilingual organization title. */
function organizationTitle(title: string, lang: Language): string {
  const [english, french] = title.split(/\s+\|\s+/);
  return (lang === 'fr-CA' ? french : english)?.trim() || title;
}

function body(lang: Language, fields: Record<'question' | 'response' | 'background' | 'additional', string>): string {
  const headings = QP_NOTE_SECTIONS[lang];
  return (['question', 'response', 'background', 'additional'] as const)
    .filter((part) => fields[part])
    .map((part) => `## ${headings[part]}\n\n${fields[part]}\n`)
    .join('\n');
}

/**
 * The notes one row of the data set becomes: its English note, and its
 * French copy where the row has French text. Every problem is reported, by
 * column, rather than only the first; a row with any problem yields no note.
 */
export function notesFromRow({ row, line, values }: CsvRow, ministers: ReadonlyMap<string, Minister>): { notes: ImportedNote[]; problems: RowProblem[] } {
  const reference = values.reference_number;
  const problems: RowProblem[] = [];
  const report = (field: string, message: string) => problems.push({ row, line, reference, field, message });

  const minister = ministers.get(values.minister);
  if (!values.minister) report('minister', 'is required: expected a minister code from content/data/ministers.yaml, e.g. Dominic LeBlanc');
  else if (!minister) report('minister', `expected a minister code listed in content/data/ministers.yaml; got ${JSON.stringify(values.minister)}`);
  if (!values.owner_org) report('owner_org', 'is required: expected the publishing organization code, e.g. ps-sp');

  const textColumns = (suffix: 'en' | 'fr') => ['question', 'response', 'background', 'additional_information'].map((name) => `${name}_${suffix}` as QpNoteColumn);
  for (const column of [...textColumns('en'), ...textColumns('fr')]) {
    for (const snippet of rawHtmlIn(values[column])) {
      report(column, `contains raw HTML (${JSON.stringify(snippet)}): expected Markdown only`);
    }
  }

  const hasFrench = (['title_fr', ...textColumns('fr')] as const).some((column) => values[column]);
  const languages: Language[] = hasFrench ? ['en-CA', 'fr-CA'] : ['en-CA'];
  const notes: ImportedNote[] = [];

  for (const lang of languages) {
    const { suffix, collection, schema } = LANGUAGE_OF[lang];
    const fields = {
      question: sectionBody(values[`question_${suffix}`]),
      response: sectionBody(values[`response_${suffix}`]),
      background: sectionBody(values[`background_${suffix}`]),
      additional: sectionBody(values[`additional_information_${suffix}`]),
    };
    const headings = QP_NOTE_SECTIONS[lang];
    if (!fields.response) report(`response_${suffix}`, `is required: expected the ${headings.response} text`);
    if (!fields.background) report(`background_${suffix}`, `is required: expected the ${headings.background} text`);

    const frontmatter = {
      reference_number: reference,
      title: values[`title_${suffix}`],
      date_received: values.date_received,
      organization: organizationTitle(values.owner_org_title, lang),
      minister: minister ? (lang === 'fr-CA' ? minister.title_fr : minister.title_en) : values.minister,
      ...(minister && { minister_name: minister.name }),
      summary: firstPassage(fields.question) || firstPassage(fields.response) || values[`title_${suffix}`],
      ...(lang === 'fr-CA' && { lang }),
      open_data: { owner_org: values.owner_org, minister: values.minister },
    };
    const markdown = body(lang, fields);

    const parsed = schema.safeParse(frontmatter);
    if (!parsed.success) reportSchemaIssues(parsed.error.issues, suffix, report);
    const slug = urlSlug(reference);
    notes.push({ lang, collection, path: `${DOCUMENT_TYPES[collection].folder}/${slug || 'invalid'}.md`, reference, frontmatter, body: markdown });
  }
  return problems.length > 0 ? { notes: [], problems: dedupe(problems) } : { notes, problems: [] };
}

function reportSchemaIssues(issues: readonly z.core.$ZodIssue[], suffix: 'en' | 'fr', report: (field: string, message: string) => void) {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const column = COLUMN_OF_FIELD[field]?.(suffix) ?? field;
    report(column, issue.message);
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
