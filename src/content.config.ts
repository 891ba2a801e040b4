import { defineCollection } from 'astro:content';
import { documentLoader } from './lib/document-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { qpNoteSchema, qpNoteSlugField, requiredQpNoteSections } from './schemas/qp-note.ts';

/** Where the content lives; tests point it at fixture folders. */
const contentRoot = process.env['CONTENT_DIR'] ?? 'content';

export const collections = {
  notes: defineCollection({
    loader: documentLoader({
      base: `${contentRoot}/qp-notes`,
      schema: qpNoteSchema,
      slugField: qpNoteSlugField,
      requiredSections: requiredQpNoteSections,
    }),
    schema: qpNoteSchema,
  }),
  articles: defineCollection({
    loader: documentLoader({ base: `${contentRoot}/articles`, schema: articleSchema, slugField: 'slug' }),
    schema: articleSchema,
  }),
};
