import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages } from '../support/built-files.ts';
import { expect, test } from './fixtures.ts';

const pages = builtPages().map((page) => page.url);
const views = [
  { scheme: 'light', width: 320 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 320 },
  { scheme: 'dark', width: 1280 },
] as const;

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

/** Records Content-Security-Policy violations, which a page reports as events as well as console errors. */
async function watchPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

const policyViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

for (const { scheme, width } of views) {
  test.describe(`${scheme} theme, ${width} px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 }, expectedConsoleErrors: [/404/] });

    for (const url of pages) {
      test(`${url} has no accessibility violations`, async ({ page }) => {
        await watchPolicy(page);
        await page.goto(url);
        expect(await violations(page)).toEqual([]);
        expect(await policyViolations(page)).toEqual([]);
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
