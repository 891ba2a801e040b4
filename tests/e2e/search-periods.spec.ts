import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { documentPathsByLanguage } from '../../src/lib/document-index.ts';
import type { ShardsManifest } from '../../src/search/shards.ts';
import { IMPORTED_DIST } from '../support/built-site.ts';
import { expect, test } from './fixtures.ts';

/**
 * Search over an index split by period (src/search/shards.ts), on the site of
 * imported notes, whose shards hold at most 8 pages and whose indexes are cut
 * into chunks of about 500 word locations (SEARCH_SHARD_PAGES and
 * SEARCH_CHUNK_LOCATIONS, in tests/support/build-imported-site.ts), as a large
 * site's are at their sizes: a first search loads the newest
 * shards only and says which dates it covered; the reader can search every
 * period; and every period searched gives what one unsplit index gives.
 */
const manifest = JSON.parse(readFileSync(join(IMPORTED_DIST, 'pagefind/shards.json'), 'utf8')) as ShardsManifest;
const english = manifest.languages['en-CA']!;
const firstShards = english.slice(0, manifest.first['en-CA']);
/** A word of the synthetic notes found in most of them, so in every period. */
const COMMON = 'the';

const results = (page: Page) => page.locator('search-page [data-search-results] > li');
const status = (page: Page) => page.locator('search-page [data-search-status]');
const periods = (page: Page) => page.locator('search-page [data-search-periods]');

/** Every result's link, loading every page of results. */
async function allResultLinks(page: Page): Promise<string[]> {
  await expect(status(page)).toContainText(/results? for|résultats? pour|No results|Aucun résultat/);
  const more = page.locator('search-page [data-search-more]');
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(shown);
  }
  return results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const resultDates = (page: Page) =>
  results(page)
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));

/** The shard folders a page requested files from. */
function shardRequests(page: Page): Set<string> {
  const folders = new Set<string>();
  page.on('request', (request) => {
    const folder = /\/pagefind\/(shards\/[^/]+\/)/.exec(request.url())?.[1];
    if (folder) folders.add(folder);
  });
  return folders;
}

test.describe('search split by period', () => {
  test('every shard’s index is cut into several chunks (SEARCH_CHUNK_LOCATIONS), so that these searches cross chunk boundaries', () => {
    const shards = Object.values(manifest.languages).flat();
    const chunks = shards.map((shard) => readdirSync(join(IMPORTED_DIST, 'pagefind', shard.path, 'index')).length);
    expect(chunks.filter((count) => count < 2)).toEqual([]);
  });

  test('the site has more periods than a first search loads', () => {
    expect(english.length).toBeGreaterThan(10);
    expect(firstShards.length).toBeLessThan(english.length);
    expect(firstShards.reduce((sum, shard) => sum + shard.pages, 0)).toBeLessThanOrEqual(10);
  });

  test('a first search loads only the newest shards, and says which dates it searched', async ({ page }) => {
    const requested = shardRequests(page);
    await page.goto(`/search/?q=${COMMON}`);
    await expect(status(page)).toContainText(`results for “${COMMON}”`);
    const from = firstShards.at(-1)!.from;
    for (const date of await resultDates(page)) expect(date >= from, `${date} is in the newest periods`).toBe(true);
    expect([...requested].sort()).toEqual(firstShards.map((shard) => shard.path).sort());
    await expect(periods(page)).toContainText(`the newest ${firstShards.length === 1 ? 'period' : `${firstShards.length} periods`} of ${english.length}`);
    await expect(periods(page).getByRole('button')).toHaveText(`Search all ${english.length} periods`);
  });

  test('the reader can search every period from the keyboard, and the URL keeps it', async ({ page }) => {
    const requested = shardRequests(page);
    await page.goto(`/search/?q=${COMMON}`);
    await expect(status(page)).toContainText('results');
    const before = await allResultLinks(page);
    await periods(page).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(periods(page)).toContainText(`Searched all ${english.length} periods`);
    await expect(periods(page).getByRole('button')).toBeHidden();
    await expect(page).toHaveURL(/[?&]periods=all/);
    await expect(page.locator('#search-query')).toBeFocused();
    const after = await allResultLinks(page);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(requested.size).toBe(english.length);
    // Reloaded, the shared URL searches every period again.
    await page.reload();
    await expect(periods(page)).toContainText(`Searched all ${english.length} periods`);
  });

  test('a word only older documents have is searched for in every period, not answered with a shorter word the newest have', async ({ page }) => {
    // "onus" is in an imported note of 2024, not in the newest period; its documents have "on", which Pagefind would match instead.
    await page.goto('/search/?q=onus');
    await expect(periods(page)).toContainText(`Searched all ${english.length} periods`);
    await expect(status(page)).toContainText('for “onus”');
    const marked = await results(page).locator('.search-result-excerpt mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^onus/);
  });

  test('a phrase with no result in the newest periods is searched for in every period', async ({ page }) => {
    await page.goto('/search/?q=%22repeat+violent+offending%22');
    await expect(results(page).first()).toContainText('Bail reform, firearms and border security');
    await expect(periods(page)).toContainText(`Searched all ${english.length} periods`);
  });

  test('the header says its results are from the newest documents, and from when', async ({ page }) => {
    await page.goto('/');
    await page.locator('#site-search-input').fill(COMMON);
    await expect(page.locator('site-search [data-search-scope]')).toHaveText(
      /^Newest documents only, from \w+ \d{4} on\. The search page can search them all\.$/,
    );
  });

  for (const [sort, inOrder] of [
    ['newest', (a: string, b: string) => a >= b],
    ['oldest', (a: string, b: string) => a <= b],
  ] as const) {
    test(`sorted ${sort} first over every period, results are in date order across shards`, async ({ page }) => {
      await page.goto(`/search/?q=${COMMON}&sort=${sort}&periods=all`);
      await allResultLinks(page);
      const dates = await resultDates(page);
      expect(dates.length).toBeGreaterThan(100);
      const outOfOrder = dates.slice(1).filter((date, i) => !inOrder(dates[i]!, date));
      expect(outOfOrder).toEqual([]);
    });
  }

  test.describe('every period searched gives what one unsplit index gives', () => {
    // One per worker: each worker that runs these tests builds its own.
    let UNSPLIT = '';

    test.beforeAll(async () => {
      UNSPLIT = `tests/.tmp/unsplit-search-${test.info().workerIndex}`;
      rmSync(UNSPLIT, { recursive: true, force: true });
      const folders = Object.values(documentPathsByLanguage()).flat();
      for (const folder of folders) cpSync(join(IMPORTED_DIST, folder), join(UNSPLIT, 'site', folder), { recursive: true });
      await buildSearchIndex(join(UNSPLIT, 'site'), documentPathsByLanguage(), {
        maxPages: 1_000_000,
        byPeriod: false,
        cacheDir: join(UNSPLIT, 'cache'),
        log: () => undefined,
      });
    });

    /** Serves the unsplit index in place of the site's. */
    async function useUnsplitIndex(page: Page) {
      const unsplit = JSON.parse(readFileSync(join(UNSPLIT, 'site/pagefind/shards.json'), 'utf8')) as ShardsManifest;
      expect(unsplit.languages['en-CA']).toHaveLength(1);
      await page.route(/\/pagefind\/(shards\.json|shards\/.*)$/, (route) => {
        const path = new URL(route.request().url()).pathname.replace(/^\/pagefind\//, '');
        return route.fulfill({ path: join(UNSPLIT, 'site/pagefind', path) });
      });
    }

    for (const query of [COMMON, 'reverse onus', '"repeat violent offending"', 'ingérence', `${COMMON}&type=Question+Period+Note&sort=newest`]) {
      test(`“${query}”`, async ({ page }) => {
        const path = query === 'ingérence' ? '/fr/recherche/' : '/search/';
        await page.goto(`${path}?q=${query}&periods=all`);
        const split = await allResultLinks(page);
        const splitDates = await resultDates(page);
        await useUnsplitIndex(page);
        await page.reload();
        const whole = await allResultLinks(page);
        expect(whole.length).toBeGreaterThan(0);
        // Relevance is scored within each shard, so the order may differ; the results, and the passage each leads to, may not.
        expect([...split].sort()).toEqual([...whole].sort());
        // In date order, the dates come in the same order (documents of one day may come in either).
        if (query.includes('sort=')) expect(splitDates).toEqual(await resultDates(page));
      });
    }
  });
});
