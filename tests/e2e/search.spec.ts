import type { Page } from '@playwright/test';
import { documents, expect, test } from './fixtures.ts';

const note = documents.find((doc) => doc.collection === 'notes')!;
const article = documents.find((doc) => doc.collection === 'articles')!;

const results = (page: Page) => page.locator('search-page [data-search-results] > li');
const status = (page: Page) => page.locator('search-page [data-search-status]');

test.describe('search page', () => {
  test('"IMVE" finds the note, with a passage link to its Background - IMVE section', async ({ page }) => {
    await page.goto('/search/?q=IMVE');
    await expect(status(page)).toHaveText('1 result for “IMVE”');
    await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${note.url}`));
    const passage = results(page)
      .first()
      .getByRole('link', { name: /^Background - IMVE/ })
      .first();
    await expect(passage).toHaveAttribute('href', /#background-imve(-p\d+)?$/);
  });

  test('"369 OCGs" lists the note first, and its result leads into the section that says it', async ({ page }) => {
    await page.goto('/search/?q=369+OCGs');
    const first = results(page).first();
    await expect(first.getByRole('heading')).toContainText('Criminal Intelligence Service Canada');
    await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('href', /#suggested-response-p1$/);
    await first.getByRole('heading').getByRole('link').click();
    await expect(page).toHaveURL(/\/notes\/ps-2023-qp-1-mps-003\/\?highlight=369&highlight=ocgs#suggested-response-p1$/);
    await expect(page.locator('#suggested-response-p1')).toBeInViewport();
    await expect(page.locator('#suggested-response-p1 mark.search-hit').first()).toHaveText(/369/);
  });

  for (const query of ['Bronskill', 'foreign interference']) {
    test(`"${query}" finds the article and leads to a paragraph that says it`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const result = results(page).filter({ hasText: 'CSIS tracked the flow of intelligence' });
      await expect(result).toHaveCount(1);
      const toParagraph = new RegExp(`^${article.url}\\?highlight=.+#(p\\d+|byline)$`);
      const hrefs = await result.locator('.search-result-passages a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const href = hrefs.find((h) => toParagraph.test(h));
      expect(href, `a passage link to a paragraph among ${hrefs.join(', ')}`).toBeDefined();
      await result.locator(`.search-result-passages a[href="${href}"]`).click();
      const target = page.locator(`#${href!.split('#')[1]}`);
      await expect(target).toBeInViewport();
      await expect(target.locator('mark.search-hit').first()).toBeVisible();
    });
  }

  test('a phrase in double quotes matches only as a phrase', async ({ page }) => {
    await page.goto('/search/?q=%22369+OCGs%22');
    await expect(status(page)).toHaveText('1 result for “"369 OCGs"”');
    await page.getByLabel('Words to find').fill('"OCGs 369"');
    await expect(status(page)).toContainText('No results for “"OCGs 369"”');
    await expect(results(page)).toHaveCount(0);
  });

  test('filters narrow the results, show their counts, and live in the URL', async ({ page }) => {
    await page.goto('/search/?q=canada');
    await expect(status(page)).toHaveText('2 results for “canada”');
    const newsArticle = page.getByRole('group', { name: 'Document type' }).getByRole('checkbox', { name: /News article/ });
    await expect(page.getByRole('group', { name: 'Document type' })).toContainText('News article (1)');
    await newsArticle.check();
    await expect(status(page)).toHaveText('1 result for “canada”');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('News article');
    await expect(page).toHaveURL(/[?&]type=News\+article/);
    await page.reload();
    await expect(status(page)).toHaveText('1 result for “canada”');
    await expect(page.getByRole('group', { name: 'Document type' }).getByRole('checkbox', { name: /News article/ })).toBeChecked();
  });

  test('results can be sorted by date', async ({ page }) => {
    await page.goto('/search/?q=RCMP&sort=oldest');
    await expect(results(page)).toHaveCount(2);
    const dates = () =>
      results(page)
        .locator('time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(await dates()).toEqual(['2023-12-12', '2024-11-02']);
    await page.getByLabel('Sort by').selectOption('newest');
    await expect.poll(dates).toEqual(['2024-11-02', '2023-12-12']);
    await expect(page).toHaveURL(/sort=newest/);
  });

  test('reloading a search URL restores the query and its results', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Words to find').fill('insider risk');
    await expect(status(page)).toHaveText('1 result for “insider risk”');
    await expect(page).toHaveURL(/\/search\/\?q=insider\+risk$/);
    await page.reload();
    await expect(page.getByLabel('Words to find')).toHaveValue('insider risk');
    await expect(status(page)).toHaveText('1 result for “insider risk”');
  });

  test('no results gets a helpful message', async ({ page }) => {
    await page.goto('/search/?q=zebra');
    await expect(status(page)).toHaveText(/^No results for “zebra”\. Try fewer or different words/);
  });

  test('arrow keys move through the results, Escape returns to the field', async ({ page }) => {
    await page.goto('/search/?q=RCMP');
    await expect(results(page)).toHaveCount(2);
    const field = page.getByLabel('Words to find');
    await field.focus();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first().getByRole('heading').getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first().locator('.search-result-passages a').first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(field).toBeFocused();
  });
});

test.describe('header search', () => {
  test('/ focuses the field, results show as you type, arrows and Enter open one, with terms highlighted', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Search documents' });
    await expect(field).toBeFocused();
    await page.keyboard.type('IMVE');
    const panel = page.locator('#site-search-panel');
    await expect(panel).toBeVisible();
    await expect(page.locator('site-search [data-search-status]')).toHaveText('1 result for “IMVE”');
    await page.keyboard.press('ArrowDown');
    const first = panel.locator('a[data-result-link]').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${note.url}\\?highlight=imve#background-imve-p1$`));
    await expect(page.locator('#background-imve-p1')).toBeInViewport();
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
  });

  test('Ctrl+K focuses the field from anywhere; Escape closes the results and keeps focus', async ({ page }) => {
    await page.goto(article.url);
    await page.keyboard.press('Control+k');
    const field = page.getByRole('searchbox', { name: 'Search documents' });
    await expect(field).toBeFocused();
    await page.keyboard.type('RCMP');
    const panel = page.locator('#site-search-panel');
    await expect(panel).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(field).toBeFocused();
  });

  test('Enter in the field opens the shareable search page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('369 OCGs');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=369\+OCGs$/);
    await expect(status(page)).toHaveText('1 result for “369 OCGs”');
  });
});

test.describe('landing from a result', () => {
  test('the reader can clear the highlight, and focus stays in the page', async ({ page }) => {
    await page.goto(`${note.url}?highlight=imve#background-imve`);
    const bar = page.locator('search-highlight');
    await expect(bar).toContainText(/\d+ matches for “imve” highlighted\./);
    expect(await page.locator('mark.search-hit').count()).toBeGreaterThan(3);
    await bar.getByRole('button', { name: 'Clear highlight' }).click();
    await expect(page.locator('mark.search-hit')).toHaveCount(0);
    await expect(bar).toBeHidden();
    await expect(page).toHaveURL(`${note.url}#background-imve`);
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('a crafted highlight link', () => {
  /** Opens the note at an address too long for the preview server to accept: the browser gets the note's own page for it. */
  async function openWithTerms(page: Page, terms: string[]) {
    await page.route(/\?highlight=/, async (route) => route.fulfill({ response: await route.fetch({ url: new URL(note.url, route.request().url()).href }) }));
    await page.goto(`${note.url}?${terms.map((term) => `highlight=${term}`).join('&')}#background-imve`);
  }

  test('with the same term 2,000 times, highlights it once over, with no error', async ({ page }) => {
    await openWithTerms(
      page,
      Array.from({ length: 2000 }, () => 'imve'),
    );
    await expect(page.locator('search-highlight')).toContainText(/\d+ matches for “imve” highlighted\./);
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual(['imve']);
  });

  test('with 2,000 different terms, highlights the first ten, with no error', async ({ page }) => {
    await openWithTerms(page, [...Array.from({ length: 2000 }, (_, i) => `term${i}`), 'imve']);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('highlight')).toEqual(Array.from({ length: 10 }, (_, i) => `term${i}`));
  });
});

test.describe('cost', () => {
  test('no search code or index is downloaded until the reader starts to search', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(note.url);
    await page.waitForLoadState('networkidle');
    // Reading a page downloads no script at all: the field's listener is inline.
    expect(requests.filter((path) => path.endsWith('.js') || path.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search documents' }).focus();
    await expect.poll(() => requests.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
    expect(requests).toContain('/modules/header-results.js');
  });
});

test.describe('odd and hostile input', () => {
  const inputs = ['<script>alert(1)</script>', '<img src=x onerror="window.__injected=1">', '"unbalanced quote', 'x'.repeat(500), '🦫 🍁 émigré', '     '];

  for (const input of inputs) {
    test(`${JSON.stringify(input.slice(0, 40))} is searched safely in the header and on the search page`, async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await page.goto('/');
      const field = page.getByRole('searchbox', { name: 'Search documents' });
      await field.fill(input);
      // The header's results are checked on this page, once they are shown: leaving first would hide an injection there.
      const header = page.locator('site-search');
      if (input.trim()) await expect(header.locator('[data-search-status]')).not.toBeEmpty();
      else await expect(header.locator('[data-search-results] > li')).toHaveCount(0);
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
      await expect(header.locator('[data-search-results] img, [data-search-results] script')).toHaveCount(0);
      await page.goto(`/search/?q=${encodeURIComponent(input)}`);
      const query = page.getByLabel('Words to find');
      await expect(query).toHaveValue(input.trim() ? Array.from(input).slice(0, 200).join('') : '');
      await expect(status(page)).not.toBeEmpty();
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
      await expect(page.locator('search-page img, search-page script')).toHaveCount(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header field submits to the search page, which says search needs JavaScript', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('IMVE');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=IMVE$/);
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  });
});
