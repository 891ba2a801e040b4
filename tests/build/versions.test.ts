import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { IMPORTED_DIST, builtPage, one } from '../support/built-site.ts';

/**
 * The series of tests/fixtures/open-data/series.csv, imported and built into
 * the imported-notes site: three versions of one note, in English and French,
 * and two near misses that must stay out of it.
 */
const page = (url: string) => builtPage(url, IMPORTED_DIST);
const text = (selector: string, url: string) => selectAll(selector, page(url)).map((node) => toString(node).replace(/\s+/g, ' ').trim());
const VERSIONS = ['test-fi-2023-06', 'test-fi-2023-12', 'test-fi-2024-06'];

describe('versions of a note', () => {
  for (const [lang, prefix, heading] of [
    ['English', '/notes/', 'Versions of this note'],
    ['French', '/fr/notes/', 'Versions de cette note'],
  ] as const) {
    it(`each ${lang} version lists the whole series, newest first, marking itself and linking the others and what changed`, () => {
      for (const id of VERSIONS) {
        const url = `${prefix}${id}/`;
        const nav = one('nav.versions', page(url));
        expect(toString(one('h2', nav))).toBe(heading);
        const items = selectAll('li', nav);
        expect(items).toHaveLength(3);
        const newestFirst = [...VERSIONS].reverse();
        items.forEach((item, position) => {
          const version = newestFirst[position]!;
          const current = select('[aria-current="page"]', item);
          if (version === id) expect(current, `${url} marks itself`).toBeDefined();
          else expect(select(`a[href="${prefix}${version}/"]`, item), `${url} links ${version}`).toBeDefined();
          const changes = select(`a[href="${prefix}${version}/changes/"]`, item);
          if (version === VERSIONS[0]) expect(changes).toBeUndefined();
          else expect(changes, `${url} links what changed in ${version}`).toBeDefined();
        });
      }
    });
  }

  it('a note with the same title from another organization, and one whose title only begins the same, stand alone', () => {
    for (const url of ['/notes/test-fi-csis/', '/notes/test-fi-c70/', '/fr/notes/test-fi-csis/'])
      expect(select('nav.versions', page(url)), url).toBeUndefined();
    expect(globSync('{notes,fr/notes}/{test-fi-2023-06,test-fi-csis,test-fi-c70}/changes', { cwd: IMPORTED_DIST })).toEqual([]);
  });
});

describe('what changed', () => {
  const v2 = '/notes/test-fi-2023-12/changes/';
  const v3 = '/notes/test-fi-2024-06/changes/';

  it('names both versions and counts the changes', () => {
    expect(text('h1', v2)).toEqual(['Foreign interference in Canadian elections – December 2023']);
    expect(text('.compared a', v2)).toEqual(['Dec 11, 2023', 'Jun 12, 2023']);
    expect(select('.compared a[href="/notes/test-fi-2023-06/"]', page(v2))).toBeDefined();
    expect(text('.counts', v2)).toEqual(['Summary of changes: 1 paragraph rewritten, 1 added, 1 removed']);
  });

  it('marks the words added to a rewritten bullet, linked to its permalink in this version', () => {
    const rewritten = one('.block-changed', page(v2));
    expect(selectAll('ins', rewritten).map((node) => toString(node))).toEqual(['very ', 'and has acted on it']);
    expect(selectAll('del', rewritten)).toEqual([]);
    expect(select('a[href="/notes/test-fi-2023-12/#suggested-response-p1"]', rewritten)).toBeDefined();
  });

  it('shows a removed bullet struck through, linked to the previous version, and an added one linked to this', () => {
    const removed = one('.block-removed', page(v2));
    expect(toString(one('del', removed))).toBe('We will keep working with our allies to protect free and fair elections.');
    expect(select('a[href="/notes/test-fi-2023-06/#suggested-response-p3"]', removed)).toBeDefined();
    const added = one('.block-added', page(v2));
    expect(toString(one('ins', added))).toBe('A public inquiry into foreign interference began its work in September 2023.');
    expect(select('a[href="/notes/test-fi-2023-12/#suggested-response-p3"]', added)).toBeDefined();
  });

  it('folds unchanged paragraphs into a count, keeping their words, and says which sections did not change or were added', () => {
    expect(text('.section-same h2', v2)).toEqual(['Issue/Question', 'Background']);
    expect(text('.section-same summary', v2)).toEqual(['1 unchanged paragraph', '2 unchanged paragraphs']);
    expect(text('.section-same details p', v2)).toContain(
      'The Security and Intelligence Threats to Elections Task Force monitors threats during general elections.',
    );
    expect(text('.section-added h2', v3)).toEqual(['Additional Information']);
    expect(text('.section-added .section-status', v3)).toEqual(['Section added in this version']);
    expect(text('.section-added ins', v3)).toEqual(["The Commission's initial report was released on May 3, 2024."]);
  });

  it('works the same way in French, in French', () => {
    const url = '/fr/notes/test-fi-2024-06/changes/';
    expect(one('html', page(url)).properties['lang']).toBe('fr-CA');
    expect(text('.section-added h2', url)).toEqual(['Renseignements supplémentaires']);
    expect(text('.counts', url)).toEqual(['Résumé des changements : 1 paragraphe réécrit, 2 ajoutés, 0 retiré']);
    expect(selectAll('.block-changed ins', page(url)).map((node) => toString(node))).toEqual([', et en informe désormais les parlementaires']);
  });

  it('is left out of the search index, which would otherwise find every note twice', () => {
    const indexed = globSync('pagefind/shards/*/fragment/*.pf_fragment', { cwd: IMPORTED_DIST }).map(
      (file) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(IMPORTED_DIST, file)))
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string }
        ).url,
    );
    expect(indexed).toContain('/notes/test-fi-2024-06/');
    expect(indexed.filter((url) => url.includes('/changes/'))).toEqual([]);
  });
});
