import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_FILES } from '../consts.ts';
import { BASE_PATH } from '../lib/urls.ts';

/**
 * What a body's rendering depends on besides its text: the Markdown pipeline,
 * the modules its plugins use (ids, labels in both languages, glossary links),
 * how front matter is read (the plugins read the language and terms from it),
 * the glossary it marks, the base path its glossary links start with, and how
 * its sections are read and kept.
 */
const PIPELINE_FILES = [
  'src/markdown',
  'src/plugins',
  'src/i18n',
  'src/lib/permalink-labels.ts',
  'src/lib/slug.ts',
  'src/lib/front-matter.ts',
  'src/lib/text-patterns.ts',
  'src/lib/urls.ts',
  'src/lib/document-index.ts',
  'src/lib/document-data.ts',
  'src/content/rendered-documents.ts',
  'src/consts.ts',
  DATA_FILES.glossary,
];

/**
 * The text of everything a body's rendering depends on, so that a change to
 * the pipeline renders every document again while an unchanged one renders
 * none.
 */
export function pipelineFingerprint(root: string): string {
  return PIPELINE_FILES.flatMap((path) => {
    const full = resolve(root, path);
    try {
      return readdirSync(full)
        .sort()
        .map((name) => readFileSync(resolve(full, name), 'utf8'));
    } catch {
      return [readFileSync(full, 'utf8')];
    }
  })
    .concat(`base path ${BASE_PATH}`)
    .join('\u0000');
}
