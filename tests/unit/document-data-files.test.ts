import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
      // Where precompress() looks for them (src/deploy/precompress.ts), at the levels of pages.
      for (const suffix of ['br', 'gz']) expect(existsSync(join(COPIES, `${digest}-br5-gz5.${suffix}`)), `${path}.${suffix}`).toBe(true);
    }
  });

  describe('after a build with the same cache', () => {
    const FILES = join(ROOT, BUILD_CACHE_DIR, 'document-data-files');
    const notes = [record('a-note', { title: 'A' }), record('b-note', { title: 'B' })];
    const withoutRenderedBodies = () => rmSync(join(ROOT, BUILD_CACHE_DIR, 'rendered-documents'), { recursive: true });
    const nextSite = (n: number) => join(ROOT, `site-${n}`);
    afterEach(() => vi.unstubAllEnvs());

    it('link each file whose inputs are unchanged from the cache, reading no rendered body, and give the same bytes and digests', async () => {
      syncedCache(notes, []);
      const first = await writeDocumentDataFiles(SITE, ROOT, COPIES);
      withoutRenderedBodies();

      const second = await writeDocumentDataFiles(nextSite(2), ROOT, COPIES);

      expect(second).toEqual(first);
      for (const path of first.keys()) {
        expect(readFileSync(join(nextSite(2), path))).toEqual(readFileSync(join(SITE, path)));
        // The site's file, the cache's and the first site's: one file, linked.
        expect(statSync(join(nextSite(2), path)).nlink, path).toBe(3);
      }
    });

    it("write a file again when its document's text or the checks its record passed have changed", async () => {
      syncedCache(notes, []);
      await writeDocumentDataFiles(SITE, ROOT, COPIES);
      const edited = [{ ...record('a-note', { title: 'A, edited' }), digest: 'digest-of-an-edit' }, notes[1]!];
      syncedCache(edited, []);
      withoutRenderedBodies();
      // Only the edited note needs its rendered body: the other's file is linked.
      await expect(writeDocumentDataFiles(nextSite(2), ROOT, COPIES)).rejects.toThrow('no rendered body for notes/a-note');

      syncedCache(edited, []);
      const digests = await writeDocumentDataFiles(nextSite(3), ROOT, COPIES);
      expect(JSON.parse(readFileSync(join(nextSite(3), 'notes/a-note.json'), 'utf8')).metadata).toEqual({ title: 'A, edited' });
      expect(digests.get('notes/a-note.json')).toBe(fileDigest(readFileSync(join(nextSite(3), 'notes/a-note.json'))));

      // Other checks (a change to the site's code) may give other front matter, or another file, from the same text.
      for (const collection of ['notes', 'notesFr', 'articles']) writeDocumentRecords(ROOT, collection, 'other checks', collection === 'notes' ? edited : []);
      withoutRenderedBodies();
      await expect(writeDocumentDataFiles(nextSite(4), ROOT, COPIES)).rejects.toThrow('no rendered body for notes/');
    });

    it('write every file again for another address, and name it', async () => {
      syncedCache(notes, []);
      await writeDocumentDataFiles(SITE, ROOT, COPIES);
      vi.stubEnv('SITE_URL', 'https://reading.example.org');
      vi.resetModules();
      const elsewhere = await import('../../src/build/document-data-files.ts');

      await elsewhere.writeDocumentDataFiles(nextSite(2), ROOT, COPIES);

      expect(JSON.parse(readFileSync(join(nextSite(2), 'notes/b-note.json'), 'utf8')).url).toBe('https://reading.example.org/notes/b-note/');
    });

    it('take no cached file a power cut cut short, and keep none that no document of the build has', async () => {
      syncedCache(notes, []);
      const first = await writeDocumentDataFiles(SITE, ROOT, COPIES);
      const bytes = readFileSync(join(SITE, 'notes/a-note.json'));
      const cachedA = readdirSync(FILES).find((name) => name.includes(first.get('notes/a-note.json')!))!;
      truncateSync(join(FILES, cachedA), 10);
      syncedCache([notes[0]!], []);

      const second = await writeDocumentDataFiles(nextSite(2), ROOT, COPIES);

      expect(second.get('notes/a-note.json')).toBe(first.get('notes/a-note.json'));
      expect(readFileSync(join(nextSite(2), 'notes/a-note.json'))).toEqual(bytes);
      expect(readdirSync(FILES)).toEqual([cachedA]);
    });
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
