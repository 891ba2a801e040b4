import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
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

/** A document's mentions as content-layer references; src/data/mentions.ts fails the build on any that do not exist. */
const mentions = {
  organizations: z.array(reference('organizations')).default([]),
  people: z.array(reference('people')).default([]),
  terms: z.array(reference('glossary')).default([]),
};

export const collections = {
  notes: defineCollection({ loader: loaderFor('notes', qpNoteSchema, requiredQpNoteSections), schema: qpNoteSchema.extend(mentions) }),
  articles: defineCollection({ loader: loaderFor('articles', articleSchema), schema: articleSchema.extend(mentions) }),
  notesFr: defineCollection({ loader: loaderFor('notesFr', qpNoteFrSchema, requiredQpNoteSectionsFr), schema: qpNoteFrSchema.extend(mentions) }),
  organizations: defineCollection({ loader: file(DATA_FILES.organizations), schema: organizationSchema }),
  people: defineCollection({ loader: file(DATA_FILES.people), schema: personSchema }),
  glossary: defineCollection({ loader: file(DATA_FILES.glossary), schema: termSchema }),
  events: defineCollection({ loader: file(DATA_FILES.events), schema: eventSchema }),
};
