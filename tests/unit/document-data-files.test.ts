import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeDocumentDataFiles } from '../../src/build/document-data-files.ts';
import { writeDocumentRecords, type DocumentRecord } from '../../src/content/document-records.ts';
import { writeRendered } from '../../src/content/rendered-documents.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/build-cache.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/deployment.ts';
import type { DocumentSection } from '../../src/lib/document-data.ts';
import { fileDigest } from '../../src/lib/file-digest.ts';

const ROOT = resolve('tests/.tmp/document-data-files');
const SITE = join(ROOT, 'site');
const COPIES = join(ROOT, 'copies');

const SECTIONS: DocumentSection[] = [
  { id: null, heading: null, level: null, blocks: [{ id: 'p-1', text: 'Avant le premier titre : « oui ».' }] },
  { id: 'background', heading: 'Background', level: 2, blocks: [{ id: 'background-p1', text: '“Quoted” text, with a } and a ".' }] },
];

const record = (id: string, data: Record<string, unknown>): DocumentRecord => ({ id, digest: `digest-${id}`, filePath: `content/${id}.md`, data, written: {} });

/** A build cache as a content sync leaves it: each collection's records, and each document's rendered body. */
function syncedCache(notes: DocumentRecord[], notesFr: DocumentRecord[], articles: DocumentRecord[] = []) {
  for (const [collection, records] of [
    ['notes', notes],
    ['notesFr', notesFr],
    ['articles', articles],
  ] as const) {
    writeDocumentRecords(ROOT, collection, 'checks', records);
    for (const { id, digest } of records) writeRendered(ROOT, collection, id, { digest, html: '<p id="p-1">…</p>', headings: [], sections: SECTIONS });
  }
}

describe("documents' .json files, written after Astro from the content sync's records", () => {
  beforeEach(() => rmSync(ROOT, { recursive: true, force: true }));
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it('are written for every record of every collection, each with its compressed copies, and their digests returned', async () => {
    const notes = Array.from({ length: 2500 }, (_, i) => record(`n-${i}`, { title: `Note ${i}`, terms: ['imve'], lang: 'en-CA' }));
    syncedCache(notes, [record('n-0', { title: 'Note « 0 »', lang: 'fr-CA' })], [record('an-article', { headline: 'A 𝕏 headline' })]);

    const digests = await writeDocumentDataFiles(SITE, ROOT, COPIES);

    expect(digests.size).toBe(2502);
    const file = (path: string) => readFileSync(join(SITE, path));
    expect(JSON.parse(file('notes/n-2499.json').toString('utf8'))).toEqual({
      url: `${DEFAULT_SITE_URL}/notes/n-2499/`,
      type: 'Question Period Note',
      metadata: { title: 'Note 2499', terms: ['imve'], lang: 'en-CA' },
      sections: SECTIONS,
    });
    expect(JSON.parse(file('fr/notes/n-0.json').toString('utf8'))).toMatchObject({
      url: `${DEFAULT_SITE_URL}/fr/notes/n-0/`,
      type: 'Note pour la période de questions',
      metadata: { title: 'Note « 0 »' },
    });
    expect(JSON.parse(file('articles/an-article.json').toString('utf8'))).toMatchObject({ type: 'News article', metadata: { headline: 'A 𝕏 headline' } });
    for (const [path, digest] of digests) {
      expect(digest, path).toBe(fileDigest(file(path)));
      // Where precompress() looks for them (src/deploy/precompress.ts), at the quality of pages.
      for (const suffix of ['br', 'gz']) expect(existsSync(join(COPIES, `${digest}-q5.${suffix}`)), `${path}.${suffix}`).toBe(true);
    }
  });

  it('stop the build at a rendered body of other text than its record, naming it, and write nothing from it', async () => {
    syncedCache([record('a-note', { title: 'A' })], []);
    writeRendered(ROOT, 'notes', 'a-note', { digest: 'digest-of-an-edit', html: '', headings: [], sections: [] });

    await expect(writeDocumentDataFiles(SITE, ROOT, COPIES)).rejects.toThrow(
      `${join(ROOT, BUILD_CACHE_DIR, 'rendered-documents', 'notes', 'a-note.json')}: no rendered body for notes/a-note matching its text; build again`,
    );
    expect(existsSync(join(SITE, 'notes/a-note.json'))).toBe(false);
  });

  it('stop the build when a collection has no records, rather than publish a site without its data files', async () => {
    syncedCache([record('a-note', { title: 'A' })], []);
    rmSync(join(ROOT, BUILD_CACHE_DIR, 'document-records', 'notesFr.json'));

    await expect(writeDocumentDataFiles(SITE, ROOT, COPIES)).rejects.toThrow(
      /notesFr\.json: the validated front matter of notesFr cannot be read .*build again/,
    );
  });
});
