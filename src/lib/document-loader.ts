import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentValidationError, problemsFromIssues, type ContentProblem } from './content-problems.ts';
import { missingSections } from './markdown-sections.ts';
import { rawHtmlIn } from './raw-html.ts';
import { urlSlug } from './slug.ts';

interface DocumentLoaderOptions {
  /** Folder of Markdown files, relative to the project root. */
  base: string;
  /** The collection's schema; validated here too, so that errors can name the file. */
  schema: z.ZodObject;
  /** The entry's id and URL slug, from its unvalidated front matter; undefined when it has none. */
  idOf: (data: Record<string, unknown>) => string | undefined;
  /** Front-matter field the id comes from, named in duplicate errors. */
  slugField: string;
  /** Level-2 headings the body must have. */
  requiredSections?: readonly string[];
}

/**
 * The glob() loader, made strict: every problem in every file (schema, body
 * sections, raw HTML, two files claiming one URL) is collected, named by file and field,
 * and reported together, and the build stops before any page is written.
 */
export function documentLoader({ base, schema, idOf, slugField, requiredSections = [] }: DocumentLoaderOptions): Loader {
  const allowedKeys = Object.keys(schema.shape);

  return {
    name: 'document-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const filesById = new Map<string, string[]>();
      const problems: ContentProblem[] = [];
      const invalidIds = new Set<string>();

      const inner = glob({
        pattern: '**/*.md',
        base,
        generateId({ entry, data }) {
          // A file with no usable slug still needs an id of its own, so that its schema errors get reported.
          const id = idOf(data) ?? `invalid-${urlSlug(entry)}`;
          filesById.set(id, [...(filesById.get(id) ?? []), `${base}/${entry}`]);
          return id;
        },
      });

      await inner.load({
        ...context,
        async parseData(props) {
          const file = props.filePath ? relative(root, props.filePath) : props.id;
          const result = schema.safeParse(props.data);
          if (!result.success) {
            problems.push(...problemsFromIssues(file, result.error.issues, allowedKeys));
            invalidIds.add(props.id);
            return props.data;
          }
          return context.parseData(props);
        },
      });

      for (const [id, files] of filesById) {
        if (files.length > 1) {
          for (const file of files) {
            problems.push({
              file,
              field: slugField,
              message: `gives the URL slug "${id}", which ${files.filter((f) => f !== file).join(', ')} also gives; each document needs its own ${slugField}`,
            });
          }
        }
      }

      for (const entry of context.store.values()) {
        for (const snippet of rawHtmlIn(entry.body ?? '')) {
          problems.push({
            file: entry.filePath ?? entry.id,
            field: 'body',
            message: `contains raw HTML (${JSON.stringify(snippet)}): expected Markdown only; write the words as text`,
          });
        }
        const missing = missingSections(entry.body ?? '', requiredSections);
        for (const section of missing) {
          problems.push({
            file: entry.filePath ?? entry.id,
            field: `body section "${section}"`,
            message: `is required: expected a level-2 heading "## ${section}" followed by its text`,
          });
        }
      }

      if (problems.length > 0) {
        // Invalid data must not stay in the content cache, where an unchanged file would skip validation next time.
        for (const id of invalidIds) context.store.delete(id);
        throw new ContentValidationError(problems);
      }
    },
  };
}
