import { defineCollection } from 'astro:content';
import { DOCUMENT_TYPES, entryId, type Collection } from './lib/document-index.ts';
import { documentLoader } from './lib/document-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { qpNoteSchema, requiredQpNoteSections } from './schemas/qp-note.ts';

/** Where the content lives; tests point it at fixture folders. */
const contentRoot = process.env['CONTENT_DIR'] ?? 'content';

function loaderFor(collection: Collection, schema: typeof qpNoteSchema | typeof articleSchema, requiredSections: readonly string[] = []) {
  const { folder, slugField } = DOCUMENT_TYPES[collection];
  return documentLoader({
    base: `${contentRoot}/${folder}`,
    schema,
    idOf: (data) => entryId(collection, data),
    slugField,
    requiredSections,
  });
}

export const collections = {
  notes: defineCollection({ loader: loaderFor('notes', qpNoteSchema, requiredQpNoteSections), schema: qpNoteSchema }),
  articles: defineCollection({ loader: loaderFor('articles', articleSchema), schema: articleSchema }),
};
