import { builtPages } from '../support/built-files.ts';
import { VIEWS, policyViolations, violations, watchPolicy } from './accessibility.ts';
import { expect, test } from './fixtures.ts';

const pages = builtPages().map((page) => page.url);

// Each check opens its own page, so both workers can share this file, the suite's longest.
test.describe.configure({ mode: 'parallel' });

for (const { scheme, width } of VIEWS) {
  test.describe(`${scheme} theme, ${width} px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 } });

    for (const url of pages) {
      test.describe(() => {
        // Only the 404 page may log its own status; anywhere else a 404 is a missing resource.
        if (url === '/404.html') test.use({ expectedConsoleErrors: [/404/] });
        test(`${url} has no accessibility violations`, async ({ page }) => {
          await watchPolicy(page);
          await page.goto(url);
          expect(await violations(page)).toEqual([]);
          expect(await policyViolations(page)).toEqual([]);
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
