import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { missingSentences, sourceSentences } from '../support/fidelity.ts';
import { documents, expect, test } from './fixtures.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { url, file, data } of documents) {
    test(`${url} reads in full, every sentence of its original visible`, async ({ page }) => {
      await page.goto(url);
      const provenance = data['provenance'] as { source: string; page_junk?: string[] } | undefined;
      expect(provenance, `${file} names its original`).toBeDefined();
      const original = readFileSync(join(dirname(file), provenance!.source), 'utf8');
      const text = await page.locator('main').innerText();
      expect(missingSentences(sourceSentences(original, provenance!.page_junk), text)).toEqual([]);
      // The control that needs a script is not offered without one.
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    });
  }

  test('a permalink still lands on and highlights its target', async ({ page }) => {
    const note = documents.find((doc) => doc.collection === 'notes')!;
    await page.goto(`${note.url}#suggested-response-p1`);
    await expect(page.locator('#suggested-response-p1')).toBeInViewport();
    await expect(page.locator('#suggested-response-p1')).toHaveCSS('background-color', 'rgb(255, 241, 184)');
  });
});

test.describe('home', () => {
  test('lists the newest documents, each linking to its page, and leads to all of them', async ({ page }) => {
    const english = documents.filter((doc) => doc.collection !== 'notesFr');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'Latest documents' })).toBeVisible();
    const cards = page.locator('.documents > li');
    await expect(cards).toHaveCount(Math.min(english.length, 10));
    const dates = await cards.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const { url } of english) await expect(page.locator(`.documents a[href="${url}"]`)).toHaveCount(1);
    await page.getByRole('link', { name: 'All documents, page by page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All documents' })).toBeVisible();
    await expect(page.locator('.documents > li')).toHaveCount(english.length);
  });

  test('shows each document’s type, date, source and summary', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('.documents > li').filter({ hasText: 'Criminal Intelligence Service Canada' });
    await expect(card).toContainText('Question Period Note');
    await expect(card.locator('time[datetime="2023-12-12"]')).toHaveText('Dec 12, 2023');
    await expect(card).toContainText('Public Safety Canada');
    await expect(card).toContainText('organized crime and extremist groups are attempting to infiltrate');
  });
});

test.describe('document page', () => {
  test('shows the note’s metadata, with dates machine-readable', async ({ page }) => {
    const note = documents.find((doc) => doc.collection === 'notes')!;
    await page.goto(note.url);
    const about = page.getByRole('region', { name: 'About' });
    await expect(about).toContainText('Reference number');
    await expect(about).toContainText('PS-2023-QP-1--MPS-003');
    await expect(about.locator('time[datetime="2023-12-12"]')).toHaveText('Dec 12, 2023');
    await expect(about).toContainText('Anandasangaree, Gary (Hon.)');
    await expect(about).toContainText('Minister of Public Safety');
  });

  test('lists its sections in a contents list that links to them', async ({ page }) => {
    const note = documents.find((doc) => doc.collection === 'notes')!;
    await page.goto(note.url);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: 'Background - IMVE' }).click();
    await expect(page).toHaveURL(/#background-imve$/);
    await expect(page.getByRole('heading', { name: 'Background - IMVE' })).toBeInViewport();
  });

  test('links to the previous and next documents and home', async ({ page }) => {
    const article = documents.find((doc) => doc.collection === 'articles')!;
    const note = documents.find((doc) => doc.collection === 'notes')!;
    await page.goto(article.url);
    const pager = page.getByRole('navigation', { name: 'Other documents' });
    await pager.getByRole('link', { name: /Previous \(older\)/ }).click();
    await expect(page).toHaveURL(note.url);
    await page
      .getByRole('navigation', { name: 'Other documents' })
      .getByRole('link', { name: /Next \(newer\)/ })
      .click();
    await expect(page).toHaveURL(article.url);
    await page.getByRole('navigation', { name: 'Other documents' }).getByRole('link', { name: 'All documents' }).click();
    await expect(page).toHaveURL('/documents/');
  });
});

test.describe('layout', () => {
  const pages = [
    { path: '/', lang: 'en-CA', skip: 'Skip to main content' },
    { path: '/fr/', lang: 'fr-CA', skip: 'Passer au contenu principal' },
    ...documents.map((doc) =>
      doc.collection === 'notesFr'
        ? { path: doc.url, lang: 'fr-CA', skip: 'Passer au contenu principal' }
        : { path: doc.url, lang: 'en-CA', skip: 'Skip to main content' },
    ),
  ];
  for (const { path, lang, skip: skipName } of pages) {
    test(`${path} says its language (${lang}), with landmarks and a working skip link`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: skipName });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
    });
  }

  for (const path of documents.map((doc) => doc.url)) {
    test(`${path} fits a 320 px screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test('prints the document without navigation', async ({ page }) => {
    await page.goto(documents[0]!.url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Other documents' })).toBeHidden();
    await expect(page.locator('.self-link').first()).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  });

  test('follows a dark system theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(documents[0]!.url);
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 22, 26)');
  });
});

test.describe('missing page', () => {
  test.use({ expectedConsoleErrors: [/404/] });

  test('answers 404 with a page that leads back', async ({ page }) => {
    const response = await page.goto('/notes/no-such-note/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'See all documents' }).click();
    await expect(page).toHaveURL('/');
  });
});
