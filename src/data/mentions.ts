import { getEntry, type CollectionEntry } from 'astro:content';
import { summarize } from './documents.ts';
import { documentEntries, type DocumentEntry } from './entries.ts';
import type { DocumentSummary } from '../lib/document-index.ts';
import { renderedBody } from './rendered.ts';
import { DATA_FILES } from '../consts.ts';
import { urls } from '../lib/urls.ts';
import { ui } from '../i18n/ui.ts';
import type { Language } from '../schemas/fields.ts';
import { wholeWord } from '../lib/text-patterns.ts';

type EntityCollection = 'organizations' | 'people' | 'glossary';

/** One paragraph or item of a document that names an entity. */
export interface Passage {
  url: string;
  text: string;
}

export interface Mention {
  document: DocumentSummary;
  passages: Passage[];
}

/** Whether text names any of the given words, as whole words. */
export function names(text: string, words: readonly string[]): boolean {
  return words.some((word) => wholeWord(word).test(text));
}

/** How the documents write an entity, for finding the passages that name it. */
function writtenAs(entry: CollectionEntry<EntityCollection>): string[] {
  switch (entry.collection) {
    case 'organizations':
      return [entry.data.name, ...(entry.data.acronym ? [entry.data.acronym] : [])];
    case 'people':
      return [entry.data.name, ...entry.data.also_written];
    case 'glossary':
      return [entry.data.term];
  }
}

/**
 * The entities a document lists, looked up; a reference to an entry that does
 * not exist stops the build, naming the file and the missing entry.
 */
export async function listedEntities(entry: DocumentEntry) {
  const resolve = async <C extends EntityCollection>(field: string, collection: C, ids: readonly string[]) =>
    Promise.all(
      ids.map(async (id) => {
        const found = await getEntry(collection, id);
        if (!found) throw new Error(`${entry.filePath} → ${field}: no entry "${id}" in ${DATA_FILES[collection]}; add it there or fix the id`);
        return found;
      }),
    );
  return {
    organizations: await resolve('organizations', 'organizations', entry.data.organizations),
    people: await resolve('people', 'people', entry.data.people),
    terms: await resolve('terms', 'glossary', entry.data.terms),
  };
}

/**
 * The English documents that list any organization, person or term. Only
 * these can be mentioned or related; the rest (imported notes, typically)
 * need not be looked at again by each of the entity and document pages.
 */
let listing: Promise<DocumentEntry[]> | undefined;

async function documentsWithMentions(): Promise<DocumentEntry[]> {
  if (!listing || import.meta.env.DEV) {
    listing = Promise.all([documentEntries('notes'), documentEntries('articles')]).then(([notes, articles]) =>
      [...notes, ...articles].filter((doc) => doc.data.organizations.length + doc.data.people.length + doc.data.terms.length > 0),
    );
  }
  return listing;
}

/** Blocks of each rendered body, parsed once per document: every entity page and quote reads all of them. */
const blocksByDocument = new Map<string, { id: string; text: string }[]>();

function blocksOf(entry: DocumentEntry): { id: string; text: string }[] {
  const key = `${entry.collection}/${entry.id}`;
  let blocks = import.meta.env.DEV ? undefined : blocksByDocument.get(key);
  if (!blocks) {
    blocks = renderedBody(entry).sections.flatMap((section) => section.blocks);
    blocksByDocument.set(key, blocks);
  }
  return blocks;
}

const FIELD: Record<EntityCollection, 'organizations' | 'people' | 'terms'> = { organizations: 'organizations', people: 'people', glossary: 'terms' };

async function documentsListing(entity: CollectionEntry<EntityCollection>): Promise<DocumentEntry[]> {
  return (await documentsWithMentions()).filter((doc) => doc.data[FIELD[entity.collection]].includes(entity.id));
}

/** Every document that lists the entity, with each of its paragraphs and items that name it, computed from the rendered text. */
export async function mentionsOf(entity: CollectionEntry<EntityCollection>): Promise<Mention[]> {
  const words = writtenAs(entity);
  const documents = await documentsListing(entity);
  return documents
    .map((doc) => {
      const document = summarize(doc);
      const passages = blocksOf(doc)
        .filter((block) => names(block.text, words))
        .map((block) => ({ url: `${document.url}#${block.id}`, text: block.text }));
      return { document, passages };
    })
    .sort((a, b) => b.document.date.localeCompare(a.document.date));
}

/** Other documents sharing organizations or terms with this one, the most shared first. */
export async function relatedDocuments(entry: DocumentEntry): Promise<{ document: DocumentSummary; shared: number }[]> {
  const keys = (doc: DocumentEntry) => new Set([...doc.data.organizations.map((id) => `o:${id}`), ...doc.data.terms.map((id) => `t:${id}`)]);
  const mine = keys(entry);
  if (mine.size === 0) return [];
  return (await documentsWithMentions())
    .filter((doc) => !(doc.collection === entry.collection && doc.id === entry.id))
    .map((doc) => ({ document: summarize(doc), shared: [...keys(doc)].filter((key) => mine.has(key)).length }))
    .filter((related) => related.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.document.date.localeCompare(a.document.date));
}

/** The passage quoted by an entity's description, in one of the documents that list the entity, so that the quote links to its source. */
export async function sourceOfQuote(quote: string, entity: CollectionEntry<EntityCollection>): Promise<Passage | undefined> {
  for (const doc of await documentsListing(entity)) {
    const document = summarize(doc);
    for (const block of blocksOf(doc)) {
      if (block.text.includes(quote)) return { url: `${document.url}#${block.id}`, text: document.title };
    }
  }
  return undefined;
}

/** The "In this document" links of a document page, from its listed entities, labelled in the page's language. */
export function mentionLinks({ organizations, people, terms }: Awaited<ReturnType<typeof listedEntities>>, lang: Language) {
  const t = ui(lang);
  return [
    { label: t.organizations, links: organizations.map((o) => ({ href: urls.organization(o.id), text: o.data.acronym ?? o.data.name })) },
    { label: t.people, links: people.map((p) => ({ href: urls.person(p.id), text: p.data.name })) },
    { label: t.terms, links: terms.map((term) => ({ href: urls.term(term.id), text: term.data.term })) },
  ];
}
