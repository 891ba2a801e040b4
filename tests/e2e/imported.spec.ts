import { TEMPLATE_VIEWS, pageProblems } from './accessibility.ts';
import { PHONE, bodyStart, controlsInTabOrder, outOfOrder } from './phone.ts';
import { expect, test } from './fixtures.ts';
import { permalinkReport } from './permalink-report.ts';

/**
 * The site built from the real documents plus notes imported from the
 * published CSV format (tests/support/build-imported-site.ts): a hand-made
 * fixture with French text, accents and quotes, and 100 synthetic notes, so
 * that listings run to several pages.
 */
const ENGLISH = '/notes/test-2024-qp-001/';
const FRENCH = '/fr/notes/test-2024-qp-001/';

test.describe('an imported note', () => {
  test('renders in English with its metadata, and every block has a working permalink', async ({ page }) => {
    await page.goto(ENGLISH);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question Period Note: Bail reform, firearms and border security');
    await expect(page.locator('.metadata')).toContainText('Minister of Public Safety and Emergency Preparedness');
    const report = await permalinkReport(page);
    expect(report.blocks).toBeGreaterThan(5);
    expect(report).toMatchObject({ withoutId: [], withoutLink: [], unresolved: [], unreadable: [], duplicates: [], contentsUnresolved: [] });
  });

  test('a shared permalink lands on its bullet, highlighted', async ({ page }) => {
    await page.goto(`${ENGLISH}#suggested-response-p2`);
    const bullet = page.locator('#suggested-response-p2');
    await expect(bullet).toContainText('Bill C-48 targets repeat violent offending');
    await expect(bullet).toBeInViewport();
    await expect(bullet).toHaveCSS('background-color', 'rgb(255, 241, 184)');
  });

  test('renders in French, in French, with French permalinks', async ({ page }) => {
    await page.goto(`${FRENCH}#reponse-suggeree-p2`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Note pour la période de questions : Réforme de la mise en liberté sous caution, armes à feu et sécurité frontalière',
    );
    await expect(page.locator('#reponse-suggeree-p2')).toBeInViewport();
    await expect(page.getByRole('link', { name: 'Lien vers l’élément 2 de « Réponse suggérée »' })).toHaveAttribute('href', '#reponse-suggeree-p2');
    await expect(page.locator('.metadata')).toContainText('Date de réception');
    await expect(page.locator('.metadata')).toContainText('18 mars 2024');
    const report = await permalinkReport(page);
    expect(report).toMatchObject({ withoutId: [], withoutLink: [], unresolved: [], unreadable: [], duplicates: [], contentsUnresolved: [] });
  });

  test('links its two languages both ways, with hreflang and a language switch', async ({ page, baseURL }) => {
    await page.goto(ENGLISH);
    await expect(page.locator('link[rel="alternate"][hreflang="fr-CA"]')).toHaveAttribute('href', new RegExp(`${FRENCH}$`));
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(`${baseURL}${FRENCH}`);
    await expect(page.locator('link[rel="alternate"][hreflang="en-CA"]')).toHaveAttribute('href', new RegExp(`${ENGLISH}$`));
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_CA');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${baseURL}${ENGLISH}`);
  });

  test('a note without French text has no French page and no hreflang', async ({ page }) => {
    await page.goto('/notes/test-2024-qp-002/');
    await expect(page.locator('link[hreflang]')).toHaveCount(0);
    expect((await page.request.get('/fr/notes/test-2024-qp-002/')).status()).toBe(404);
  });
});

test.describe('search over imported notes', () => {
  test('finds an imported note in English and leads to the passage', async ({ page }) => {
    await page.goto('/search/?q=%22reverse+onus%22');
    const result = page.locator('search-page [data-search-results] > li').first();
    await expect(result).toContainText('Bail reform, firearms and border security');
    const href = await result.locator('a').first().getAttribute('href');
    expect(href).toMatch(/^\/notes\/test-2024-qp-001\/\?highlight=.*#suggested-response-p2$/);
  });

  test('searches French pages in French only, and English pages in English only', async ({ page }) => {
    await page.goto('/fr/recherche/?q=r%C3%A9cidivistes');
    const results = page.locator('search-page [data-search-results] > li');
    await expect(results.first()).toContainText('Réforme de la mise en liberté sous caution');
    await expect(page.locator('search-page [data-search-status]')).toContainText('résultat');
    await expect(results.first().locator('a').first()).toHaveAttribute('href', /^\/fr\/notes\/test-2024-qp-001\//);

    await page.goto('/search/?q=r%C3%A9cidivistes');
    await expect(page.locator('search-page [data-search-status]')).not.toBeEmpty();
    await expect(page.locator('search-page [data-search-results] a[href^="/fr/"]')).toHaveCount(0);
    await expect(page.locator('search-page [data-search-results]')).not.toContainText('Réforme de la mise en liberté');
  });
});

test.describe('listings at scale', () => {
  test('every document, 50 to a page, with a pager', async ({ page }) => {
    await page.goto('/documents/');
    await expect(page.locator('ol.documents > li')).toHaveCount(50);
    const pager = page.getByRole('navigation', { name: 'Pages' });
    await expect(pager.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await pager.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/documents\/2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All documents, page 2');
    await expect(page.locator('ol.documents')).toHaveAttribute('start', '51');
  });

  test('the home page stays short and leads into years and sources', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('ol.documents > li')).toHaveCount(10);
    await page.getByRole('link', { name: '2024', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents from 2024');
    await page.goto('/');
    await page.getByRole('link', { name: 'Department of Justice Canada' }).click();
    await expect(page.locator('ol.documents > li')).toHaveCount(1);
  });

  test('the French side has its own home, listings and pager', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await page.getByRole('link', { name: 'Toutes les notes, page par page' }).click();
    await expect(page.locator('ol.documents > li')).toHaveCount(50);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL(/\/fr\/documents\/2\/$/);
  });
});

/** One page of each kind the import adds, in the views the real site's templates are checked in. */
const SAMPLES = [
  ENGLISH,
  FRENCH,
  '/documents/2/',
  '/fr/',
  '/fr/documents/',
  '/fr/recherche/',
  // A note with versions, and what changed in it, in both languages.
  '/notes/test-fi-2023-12/',
  '/notes/test-fi-2023-12/changes/',
  '/fr/notes/test-fi-2024-06/changes/',
];

for (const { scheme, width } of TEMPLATE_VIEWS) {
  test.describe(`imported pages, ${scheme} theme, ${width} px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
    for (const url of SAMPLES) {
      test(`${url} has no accessibility violations`, async ({ page }) => {
        expect(await pageProblems(page, url)).toEqual([]);
      });
    }
  });
}

test.describe('imported notes on a 360 × 800 phone', () => {
  test.use({ viewport: PHONE });

  for (const url of [ENGLISH, FRENCH]) {
    test(`${url}: the note's first heading starts on the first screen, and focus follows what is shown`, async ({ page }) => {
      await page.goto(url);
      expect(await bodyStart(page)).toBeLessThan(PHONE.height);
      expect(outOfOrder(await controlsInTabOrder(page))).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`${url}: no accessibility violations, ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await pageProblems(page, url)).toEqual([]);
      });
    }
  }

  test('bullets separated by blank lines read as a list, spaced as a list written without them', async ({ page }) => {
    await page.goto(ENGLISH);
    // The fixture's Suggested Response separates its bullets with blank lines (a loose list): each item is one paragraph.
    const gaps = await page
      .locator('#suggested-response ~ ul, .heading:has(#suggested-response) + ul')
      .first()
      .evaluate((list) => {
        const items = [...list.children];
        return items.slice(1).map((item, i) => Math.round(item.getBoundingClientRect().top - items[i]!.getBoundingClientRect().bottom));
      });
    expect(gaps.length).toBe(2);
    for (const gap of gaps) expect(gap).toBe(12);
    // Each item's self-link ends its paragraph, rather than following it on a line of its own.
    const items = page.locator('.heading:has(#suggested-response) + ul > li');
    await expect(items).toHaveCount(3);
    await expect(items.locator(':scope > p > a.self-link')).toHaveCount(3);
  });
});

test.describe('versions of a note and what changed', () => {
  test('from a version, what changed since the one before opens, folds unchanged text, and leads back to each paragraph', async ({ page }) => {
    await page.goto('/notes/test-fi-2024-06/');
    const versions = page.getByRole('navigation', { name: 'Versions of this note' });
    await expect(versions.getByRole('listitem')).toHaveCount(3);
    await expect(versions.locator('[aria-current="page"]')).toContainText('Jun 10, 2024');
    await versions.getByRole('listitem').nth(1).getByRole('link', { name: 'What changed' }).click();
    await expect(page).toHaveURL(/\/notes\/test-fi-2023-12\/changes\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreign interference in Canadian elections – December 2023');

    const unchanged = page.locator('details.unchanged').first();
    await expect(unchanged.locator('p')).toBeHidden();
    await unchanged.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(unchanged.locator('p')).toBeVisible();

    await page.getByRole('link', { name: 'In the previous version (#suggested-response-p3)' }).click();
    await expect(page).toHaveURL(/\/notes\/test-fi-2023-06\/#suggested-response-p3$/);
    await expect(page.locator('#suggested-response-p3')).toBeInViewport();
    await expect(page.locator('#suggested-response-p3')).toContainText('We will keep working with our allies');
  });

  test('added and removed words are told apart without colour: underlined and struck through, and announced', async ({ page }) => {
    await page.goto('/notes/test-fi-2023-12/changes/');
    const ins = page.locator('ins').first();
    const del = page.locator('del').first();
    expect(await ins.evaluate((node) => getComputedStyle(node).textDecorationLine)).toBe('underline');
    expect(await del.evaluate((node) => getComputedStyle(node).textDecorationLine)).toBe('line-through');
    expect(await ins.evaluate((node) => getComputedStyle(node, '::before').content)).toBe('"added: "');
    expect(await del.evaluate((node) => getComputedStyle(node, '::after').content)).toBe('" (end of removal)"');
  });
});

test.describe('quote links in French', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the bar speaks French on a French note, and its citation is in French', async ({ page }) => {
    await page.goto(FRENCH);
    await page.locator('#reponse-suggeree-p1').evaluate((item) => {
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode()!;
      while ((text.textContent ?? '').trim().length < 20) text = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, text.textContent!.indexOf(' ', 10));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const bar = page.getByRole('group', { name: 'Citation' });
    await expect(bar.getByRole('status')).toHaveText(/^Mots sélectionnés : \d+\. Alt\+Maj\+Q : les copier\.$/);
    await bar.getByRole('button', { name: 'Copier la citation et sa source' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^« .+ » \(.+, \d+ \S+ 2024\) http.+#reponse-suggeree-p1:~:text=/);
  });
});
