import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { DATA_FILES } from './consts.ts';
import { DOCUMENT_TYPES, entryId, type Collection } from './lib/document-index.ts';
import { documentLoader } from './content/document-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { eventSchema, organizationSchema, personSchema, termSchema } from './schemas/entities.ts';
import { qpNoteFrSchema, qpNoteSchema, requiredQpNoteSections, requiredQpNoteSectionsFr } from './schemas/qp-note.ts';

/** Where the documents live; tests point it at fixture folders. */
const contentRoot = process.env['CONTENT_DIR'] ?? 'content';

function loaderFor(
  collection: Collection,
  schema: typeof qpNoteSchema | typeof qpNoteFrSchema | typeof articleSchema,
  requiredSections: readonly string[] = [],
) {
  const { folder, slugField } = DOCUMENT_TYPES[collection];
  return documentLoader({
    base: `${contentRoot}/${folder}`,
    schema,
    idOf: (data) => entryId(collection, data),
    slugField,
    requiredSections,
  });
}

/**
 * Documents are validated by their loader, which keeps their fields outside
 * the content store (src/content/document-records.ts) and gives the store an
 * id and digest each; src/data/entries.ts joins the two. The mentions are ids,
 * and src/data/mentions.ts fails the build on any that do not exist.
 */
export const collections = {
  notes: defineCollection({ loader: loaderFor('notes', qpNoteSchema, requiredQpNoteSections) }),
  articles: defineCollection({ loader: loaderFor('articles', articleSchema) }),
  notesFr: defineCollection({ loader: loaderFor('notesFr', qpNoteFrSchema, requiredQpNoteSectionsFr) }),
  organizations: defineCollection({ loader: file(DATA_FILES.organizations), schema: organizationSchema }),
  people: defineCollection({ loader: file(DATA_FILES.people), schema: personSchema }),
  glossary: defineCollection({ loader: file(DATA_FILES.glossary), schema: termSchema }),
  events: defineCollection({ loader: file(DATA_FILES.events), schema: eventSchema }),
};
