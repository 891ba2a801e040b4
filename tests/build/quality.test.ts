import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { BASE_PATH_SITE, DIST, IMPORTED_DIST, builtPage } from '../support/built-site.ts';
import { builtPages } from '../support/built-files.ts';

/** The real site, and the one with imported notes in both languages and paginated listings. */
const SITES = [
  { name: 'the site', dist: DIST, base: '/', expected: ['/', '/search/', '/404.html', '/fr/', '/fr/recherche/', '/documents/'] },
  {
    name: 'the site with imported notes',
    dist: IMPORTED_DIST,
    base: '/',
    expected: ['/fr/notes/test-2024-qp-001/', '/documents/2/', '/fr/documents/2/', '/years/2024/'],
  },
  { name: 'the site built for a base path', dist: BASE_PATH_SITE.dist, base: BASE_PATH_SITE.base, expected: ['/', '/search/', '/404.html', '/fr/'] },
];

const validator = new HtmlValidate(
  new FileSystemConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes the markup; its formatting style is not ours to choose.
      'doctype-style': 'off',
      'void-style': 'off',
      'attribute-boolean-style': 'off',
      'attribute-empty-style': 'off',
      // A document's title is its source's, word for word; a shorter <title> would misquote it.
      'long-title': 'off',
    },
  }),
);

/** Where a site-relative URL would be served from in a built site, if anywhere. */
function servedFile(dist: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(dist, decoded, 'index.html')] : [join(dist, decoded), join(dist, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate));
}

for (const { name, dist, base, expected } of SITES) {
  const pages = builtPages(dist);

  describe(`every page of ${name}`, () => {
    it('has pages to check', () => {
      expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(expected));
    });

    for (const { file, url } of pages) {
      it(`${url} is valid HTML`, async () => {
        const report = await validator.validateFile(file);
        const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
        expect(messages).toEqual([]);
      });
    }
  });

  describe(`every internal link and fragment of ${name} resolves`, () => {
    for (const { url } of pages) {
      it(`from ${url}`, () => {
        const tree = builtPage(url, dist);
        // Where the page is served: below the base path the site was built for.
        const here = new URL(`${base}${url.slice(1)}`, 'https://site.invalid');
        const broken: string[] = [];
        for (const element of selectAll('a[href], link[href], script[src], img[src], form[action]', tree)) {
          const raw = String(element.properties['href'] ?? element.properties['src'] ?? element.properties['action']);
          const target = new URL(raw, here);
          if (target.origin !== here.origin) {
            if (element.tagName === 'a' || element.tagName === 'script' || element.tagName === 'img') broken.push(`${raw} (third-party)`);
            continue;
          }
          if (!target.pathname.startsWith(base)) {
            broken.push(`${raw} (outside ${base})`);
            continue;
          }
          const file = servedFile(dist, `/${target.pathname.slice(base.length)}`);
          if (!file) {
            broken.push(raw);
            continue;
          }
          const fragment = decodeURIComponent(target.hash.slice(1));
          if (fragment && file.endsWith('.html') && !readFileSync(file, 'utf8').includes(`id="${fragment}"`)) broken.push(`${raw} (no #${fragment})`);
        }
        expect(broken).toEqual([]);
      });
    }
  });
}
