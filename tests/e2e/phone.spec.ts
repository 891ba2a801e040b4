import { pageProblems } from './accessibility.ts';
import { documents, expect, test } from './fixtures.ts';
import { PHONE, bodyStart, controlsInTabOrder, outOfOrder } from './phone.ts';

/** One document of each template on the real site: a Question Period note and a news article. */
const TEMPLATES = [documents.find((doc) => doc.collection === 'notes')!, documents.find((doc) => doc.collection === 'articles')!];

test.describe('reading on a 360 × 800 phone', () => {
  test.use({ viewport: PHONE });

  for (const { url, collection } of TEMPLATES) {
    test(`${collection}: the document's first heading or paragraph starts on the first screen`, async ({ page }) => {
      await page.goto(url);
      expect(await bodyStart(page)).toBeLessThan(PHONE.height);
    });

    test(`${collection}: focus moves down the page in the order things are shown`, async ({ page }) => {
      await page.goto(url);
      const controls = await controlsInTabOrder(page);
      expect(controls.length).toBeGreaterThan(5);
      expect(outOfOrder(controls)).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`${collection}: no accessibility violations, ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await pageProblems(page, url)).toEqual([]);
      });
    }
  }

  test('"In this document" follows the document, and "Cite this" follows it', async ({ page }) => {
    await page.goto(TEMPLATES[0]!.url);
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(await top('section.mentions')).toBeGreaterThan(await top('.prose'));
    expect(await top('section.cite')).toBeGreaterThan(await top('section.mentions'));
  });
});

test.describe('the contents list, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const note = TEMPLATES[0]!;

  test('is folded on a phone, and opens', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(note.url);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    const firstEntry = contents.getByRole('link', { name: 'Issue/Question' });
    await expect(firstEntry).toBeHidden();
    await contents.getByText('Contents').click();
    await expect(firstEntry).toBeVisible();
    await firstEntry.click();
    await expect(page).toHaveURL(/#issue-question$/);
  });

  test('is open beside the document on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(note.url);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Issue/Question' })).toBeVisible();
  });
});

test.describe('landing on a permalink', () => {
  // The suite reduces motion for its own clicks; a reader's browser may not.
  test.use({ reducedMotion: 'no-preference', viewport: PHONE });

  test('shows the paragraph at once: it is in view when the page has loaded, with no scrolling from the top', async ({ page }) => {
    await page.addInitScript(() => {
      addEventListener('load', () => {
        const target = document.getElementById(location.hash.slice(1));
        (window as { atLoad?: number }).atLoad = target ? target.getBoundingClientRect().top : Number.NaN;
      });
    });
    await page.goto(`${TEMPLATES[0]!.url}#background-imve-p1`, { waitUntil: 'load' });
    const atLoad = await page.evaluate(() => (window as { atLoad?: number }).atLoad);
    expect(atLoad).toBeGreaterThanOrEqual(0);
    expect(atLoad).toBeLessThan(PHONE.height / 2);
  });

  test('a link within the page jumps to its target too', async ({ page }) => {
    await page.goto(TEMPLATES[0]!.url);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});
