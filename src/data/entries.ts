import { getCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { readDocumentRecords } from '../content/document-records.ts';
import type { Collection } from '../lib/document-index.ts';
import type { articleSchema } from '../schemas/article.ts';
import type { qpNoteFrSchema, qpNoteSchema } from '../schemas/qp-note.ts';
import { PROJECT_ROOT } from './rendered.ts';

/** Each collection's fields, as its schema gives them back. */
interface FieldsOf {
  notes: z.output<typeof qpNoteSchema>;
  notesFr: z.output<typeof qpNoteFrSchema>;
  articles: z.output<typeof articleSchema>;
}

/** A document: its id and digest from the content store, its file and fields from its loader's records (src/content/document-records.ts). */
export type DocumentEntry<C extends Collection = Collection> = {
  [K in C]: { collection: K; id: string; digest: string; filePath: string; data: FieldsOf[K] };
}[C];

interface Loaded {
  list: DocumentEntry[];
  byId: Map<string, DocumentEntry>;
}

/**
 * The records joined with the store's entries, in the records' order. The
 * store says which documents there are; a record that is missing or of other
 * text than the store's digest is an error, never shown.
 */
async function load(collection: Collection): Promise<Loaded> {
  const { records } = readDocumentRecords(PROJECT_ROOT, collection);
  const stored = new Map((await getCollection(collection)).map(({ id, digest }) => [id, String(digest)]));
  for (const [id, digest] of stored) {
    if (records.get(id)?.digest !== digest) throw new Error(`${collection}/${id}: no validated front matter matching its text; build again`);
  }
  const list = [...records.values()]
    .filter((record) => stored.has(record.id))
    .map(({ id, digest, filePath, data }) => ({ collection, id, digest, filePath, data }) as DocumentEntry);
  return { list, byId: new Map(list.map((entry) => [entry.id, entry])) };
}

/** Read once per build; the dev server reads again, since content changes under it. */
const built = new Map<Collection, Promise<Loaded>>();

function loaded(collection: Collection): Promise<Loaded> {
  let entries = import.meta.env.DEV ? undefined : built.get(collection);
  if (!entries) {
    entries = load(collection);
    built.set(collection, entries);
  }
  return entries;
}

/** Every document of a collection, in the order of its files. */
export async function documentEntries<C extends Collection>(collection: C): Promise<DocumentEntry<C>[]> {
  return (await loaded(collection)).list as DocumentEntry<C>[];
}

/** One document of a collection, or undefined when there is none of that id. */
export async function documentEntry<C extends Collection>(collection: C, id: string): Promise<DocumentEntry<C> | undefined> {
  return (await loaded(collection)).byId.get(id) as DocumentEntry<C> | undefined;
}
