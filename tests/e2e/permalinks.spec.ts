import { documents, expect, test } from './fixtures.ts';
import { permalinkReport } from './permalink-report.ts';

const note = documents.find((doc) => doc.collection === 'notes')!;
const article = documents.find((doc) => doc.collection === 'articles')!;

test.describe('permalinks', () => {
  for (const { url } of documents) {
    test(`every heading, paragraph and item of ${url} has a self-link that resolves`, async ({ page }) => {
      await page.goto(url);
      const report = await permalinkReport(page);
      expect(report.blocks).toBeGreaterThan(5);
      expect(report).toMatchObject({ withoutId: [], withoutLink: [], unresolved: [], unreadable: [], duplicates: [], contentsUnresolved: [] });
    });
  }

  test('clicking a self-link puts its permalink in the address bar and highlights the bullet', async ({ page }) => {
    await page.goto(note.url);
    await page.getByRole('link', { name: 'Link to item 2 of Suggested Response' }).click();
    await expect(page).toHaveURL(new RegExp(`${note.url}#suggested-response-p2$`));
    await expect(page.locator('#suggested-response-p2')).toHaveCSS('background-color', 'rgb(255, 241, 184)');
  });

  test('opening a shared permalink lands on its paragraph below the sticky header, highlighted', async ({ page }) => {
    await page.goto(`${note.url}#background-imve-p1`);
    const target = page.locator('#background-imve-p1');
    await expect(target).toBeInViewport();
    await expect(target).toHaveCSS('background-color', 'rgb(255, 241, 184)');
    await expect
      .poll(async () => {
        const header = await page.locator('.site-header').boundingBox();
        const box = await target.boundingBox();
        return header && box ? box.y - (header.y + header.height) : -1;
      })
      .toBeGreaterThanOrEqual(0);
  });

  test('a section permalink lands on its heading', async ({ page }) => {
    await page.goto(`${note.url}#background-rcmp-insider-risk-program`);
    await expect(page.getByRole('heading', { name: 'Background - RCMP Insider Risk Program' })).toBeInViewport();
  });

  test('an article paragraph can be shared by permalink', async ({ page }) => {
    await page.goto(`${article.url}#p6`);
    await expect(page.locator('#p6')).toHaveText(/^The RCMP and the Privy Council Office have also launched investigations\./);
    await expect(page.locator('#p6')).toBeInViewport();
  });

  test('a self-link shows itself when reached from the keyboard', async ({ page }) => {
    await page.goto(note.url);
    const link = page.getByRole('link', { name: 'Link to section: Suggested Response' });
    await expect(link).toHaveCSS('opacity', '0');
    await link.focus();
    await expect(link).toBeFocused();
    await expect(link).toHaveCSS('opacity', '1');
  });
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a self-link copies its full URL and says so to screen readers', async ({ page, baseURL }) => {
    await page.goto(note.url);
    await page.getByRole('link', { name: 'Link to paragraph 2 of Background', exact: true }).click();
    const expected = `${baseURL}${note.url}#background-p2`;
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(`Link copied: ${expected}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('the Copy link button copies the address of the page as it is', async ({ page, baseURL }) => {
    await page.goto(`${article.url}#p3`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const expected = `${baseURL}${article.url}#p3`;
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(`Link to this page copied: ${expected}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('Cite this copies a plain citation that ends with the permalink', async ({ page }) => {
    await page.goto(note.url);
    const cite = page.getByRole('region', { name: 'Cite this' });
    await cite.getByRole('button', { name: 'Copy citation' }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(/^Public Safety Canada\. “Report from the Criminal Intelligence Service Canada/);
    expect(citation.endsWith(`https://briefing-room.example.ca${note.url}.`)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
  });
});
