import type { MarkdownHeading } from 'astro';
import { articleCitation, noteCitation } from '../lib/citation.ts';
import type { Collection, DocumentSummary } from '../lib/document-index.ts';
import { articleMetadata, noteMetadata, type MetadataRow } from '../lib/metadata-rows.ts';
import { articleJsonLd, qpNoteJsonLd } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';
import { ui } from '../i18n/ui.ts';
import { documentNeighbours, summarize } from './documents.ts';
import { documentEntries, type DocumentEntry } from './entries.ts';
import { listedEntities, mentionLinks, relatedDocuments } from './mentions.ts';
import { renderedBody } from './rendered.ts';
import { versionsOf } from './series.ts';
import { windowAround } from '../lib/series.ts';
import { pageKey } from '../lib/page-key.ts';

/** Everything a document page shows, whatever the document's type; src/layouts/DocumentLayout.astro lays it out. */
export interface DocumentPageData extends DocumentSurroundings {
  summary: DocumentSummary;
  html: string;
  headings: MarkdownHeading[];
  metadata: MetadataRow[];
  jsonLd: Record<string, unknown>;
  citation: string;
  /** "Question Period Note:" above a note's title. */
  titlePrefix?: string;
  /** An article's standfirst, under its headline. */
  standfirst?: string;
  /** An article's closing lines. */
  signOff?: { author: string; publisher: string; publicationNote?: string | undefined };
  /** Site-relative URL of the same document in the other language, if it has one. */
  translation?: string;
}

/**
 * At most VERSIONS_SHOWN versions around the current one, so that a page does
 * not grow with its series; the first and last of the series are linked from
 * the lines that count the rest.
 */
export interface VersionWindow {
  list: VersionLink[];
  /** This version's position in `list`. */
  current: number;
  older?: { count: number; oldest: DocumentSummary } | undefined;
  newer?: { count: number; newest: DocumentSummary } | undefined;
}

const VERSIONS_SHOWN = 9;

function versionWindow(versions: readonly DocumentSummary[], index: number): VersionWindow {
  const { start, end } = windowAround(versions.length, index, VERSIONS_SHOWN);
  return {
    list: versions
      .slice(start, end)
      .map((version, k) => ({ summary: version, changes: start + k > 0 ? urls.changes(version.collection, version.id) : undefined })),
    current: index - start,
    older: start > 0 ? { count: start, oldest: versions[0]! } : undefined,
    newer: end < versions.length ? { count: versions.length - end, newest: versions.at(-1)! } : undefined,
  };
}

/** One version of a note, and the page of what changed in it, if it has a previous one. */
export interface VersionLink {
  summary: DocumentSummary;
  changes?: string | undefined;
}

interface Links {
  url: URL;
  image: URL;
  translation?: URL | undefined;
}

/** What differs between document types: how each is described, cited and titled. */
function notePage(entry: DocumentEntry<'notes' | 'notesFr'>, links: Links) {
  return {
    metadata: noteMetadata(entry.data),
    jsonLd: qpNoteJsonLd(entry.data, links),
    citation: noteCitation(entry.data, links.url),
    titlePrefix: ui(entry.data.lang).note.titlePrefix,
  };
}

function articlePage(entry: DocumentEntry<'articles'>, links: Links) {
  return {
    metadata: articleMetadata(entry.data),
    jsonLd: articleJsonLd(entry.data, links),
    citation: articleCitation(entry.data, links.url),
    standfirst: entry.data.summary,
    signOff: { author: entry.data.author, publisher: entry.data.publisher, publicationNote: entry.data.publication_note },
  };
}

/** The collection holding each type's copy in the other language. */
const TRANSLATED_IN: Partial<Record<Collection, Collection>> = { notes: 'notesFr', notesFr: 'notes' };

/**
 * What a document's page shows besides the document itself: the mentions,
 * related documents, neighbours and versions, which change when other
 * documents do.
 */
export interface DocumentSurroundings {
  mentions: ReturnType<typeof mentionLinks>;
  related: Awaited<ReturnType<typeof relatedDocuments>>;
  neighbours: Awaited<ReturnType<typeof documentNeighbours>>;
  /** The versions of a note's series around this one, oldest first, when it has more than one. */
  versions?: VersionWindow;
}

async function surroundingsOf(entry: DocumentEntry): Promise<DocumentSurroundings> {
  const summary = summarize(entry);
  const series = entry.collection === 'articles' ? undefined : await versionsOf(entry.collection, entry.id);
  return {
    mentions: mentionLinks(await listedEntities(entry), summary.lang),
    related: await relatedDocuments(entry),
    neighbours: await documentNeighbours(summary),
    ...(series && { versions: versionWindow(series.versions, series.index) }),
  };
}

/** A document page's props: the document, the address of its translation if it has one, and its surroundings. */
export type DocumentPageProps = {
  entry: DocumentEntry;
  translation: string | undefined;
  surroundings: DocumentSurroundings;
};

/**
 * A route's pages for one collection: each document, with the address of its
 * translation where there is one, keyed by everything the page shows (the
 * text and pipeline by the entry's digest).
 */
export async function documentPaths(collection: Collection) {
  const other = TRANSLATED_IN[collection];
  const [entries, translations] = await Promise.all([documentEntries(collection), other ? documentEntries(other) : Promise.resolve([])]);
  const translated = new Set(translations.map((entry) => entry.id));
  return Promise.all(
    entries.map(async (entry) => {
      const props: DocumentPageProps = {
        entry,
        translation: other && translated.has(entry.id) ? urls.document(other, entry.id) : undefined,
        surroundings: await surroundingsOf(entry),
      };
      return { params: { slug: entry.id }, props, cacheKey: pageKey(entry.digest, entry.data, props.translation, props.surroundings) };
    }),
  );
}

/** One document's page, in its own language. */
export function documentPage({ entry, translation, surroundings }: DocumentPageProps, site: URL): DocumentPageData {
  const summary = summarize(entry);
  const links = {
    url: new URL(summary.url, site),
    image: new URL(urls.socialImage(summary.collection, summary.source), site),
    translation: translation ? new URL(translation, site) : undefined,
  };
  const { html, headings } = renderedBody(entry);
  return {
    summary,
    ...(entry.collection === 'articles' ? articlePage(entry, links) : notePage(entry, links)),
    html,
    headings,
    ...surroundings,
    ...(translation && { translation }),
  };
}
