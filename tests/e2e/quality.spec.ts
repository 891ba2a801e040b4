import { builtPages } from '../support/built-files.ts';
import { TEMPLATE_VIEWS, pageProblems, policyViolations, violations, watchPolicy } from './accessibility.ts';
import { expect, test } from './fixtures.ts';

/**
 * One page of each template: pages of one template share their markup and
 * styles, so one of each, in both themes, protects as much as every page
 * and costs a fraction. Every page is still checked for HTML validity, links
 * and fragments by the build tests.
 */
function templatePages(urls: readonly string[]): string[] {
  const kinds = new Map<string, string>();
  for (const url of urls) {
    // Listings share one template; so do the pages under each collection route (/notes/x/, /people/x/); any other page is its own.
    const listing = /^\/(fr\/)?(documents|years|annees|sources)\//.test(url);
    const member = /^\/(fr\/notes|notes|articles|organizations|people)\/[^/]+\/$/.exec(url)?.[1];
    const kind = listing ? 'listing' : member ? `${member}/*` : url;
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  return [...kinds.values()];
}

const pages = templatePages(builtPages().map((page) => page.url));

// Each check opens its own page, so both workers can share this file.
test.describe.configure({ mode: 'parallel' });

test('every template is checked: documents of each type, listings, entity pages, search, both homes, the 404 page', () => {
  for (const url of ['/', '/fr/', '/404.html', '/search/', '/fr/recherche/', '/glossary/', '/timeline/', '/organizations/', '/people/'])
    expect(pages).toContain(url);
  for (const prefix of ['/notes/', '/articles/', '/organizations/', '/people/'])
    expect(
      pages.some((url) => url.startsWith(prefix) && url !== prefix),
      prefix,
    ).toBe(true);
  expect(
    pages.some((url) => /^\/(documents|years|sources)\//.test(url)),
    'a listing',
  ).toBe(true);
});

for (const { scheme, width } of TEMPLATE_VIEWS) {
  test.describe(`${scheme} theme, ${width} px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 } });

    for (const url of pages) {
      test.describe(() => {
        // Only the 404 page may log its own status; anywhere else a 404 is a missing resource.
        if (url === '/404.html') test.use({ expectedConsoleErrors: [/404/] });
        test(`${url} has no accessibility violations`, async ({ page }) => {
          expect(await pageProblems(page, url)).toEqual([]);
        });
      });
    }

    test('search results, in the header and on the search page, have no accessibility violations', async ({ page }) => {
      await watchPolicy(page);
      await page.goto('/search/?q=RCMP');
      await expect(page.locator('search-page [data-search-results] > li')).toHaveCount(2);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('searchbox', { name: 'Search documents' }).fill('IMVE');
      await expect(page.locator('#site-search-panel')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      expect(await policyViolations(page)).toEqual([]);
    });

    test('a page opened from a search result, with its highlight, has no accessibility violations', async ({ page }) => {
      await watchPolicy(page);
      await page.goto('/notes/ps-2023-qp-1-mps-003/?highlight=rcmp#background-p5');
      await expect(page.locator('search-highlight')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      expect(await policyViolations(page)).toEqual([]);
    });
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const url of pages) {
    test.describe(() => {
      if (url === '/404.html') test.use({ expectedConsoleErrors: [/404/] });
      test(`${url} fits without sideways scrolling`, async ({ page }) => {
        await page.goto(url);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    });
  }
});
