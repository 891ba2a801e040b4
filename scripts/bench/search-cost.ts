import { chromium, type Page } from 'playwright-core';
import { launchOptions } from '../../tests/e2e/browser.ts';

/** What a first and a later search cost a reader, as measured in one cold browser run. */
export interface SearchCost {
  bytesFirst: number;
  requestsFirst: number;
  msFirst: number;
  bytesLater: number;
  msLater: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Types a query into the header field and returns ms from its last keystroke to the result count appearing. */
async function timeSearch(page: Page, query: string): Promise<number> {
  const field = page.locator('#site-search-input');
  await field.fill(query.slice(0, -1));
  await page.waitForTimeout(400);
  return page.evaluate(
    ({ query }) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#site-search-input')!;
        const status = document.querySelector('site-search [data-search-status]')!;
        const list = document.querySelector('site-search [data-search-results]')!;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (list.children.length > 0 && status.textContent?.includes(query)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(status, { childList: true, characterData: true, subtree: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query },
  );
}

/** Counts what a page downloads, headers included, from now or its last reset: every response, or those whose URL matches `only`. */
function countDownloads(page: Page, only?: RegExp): { bytes: number; requests: number; reset(): void } {
  const counts = {
    bytes: 0,
    requests: 0,
    reset() {
      counts.bytes = 0;
      counts.requests = 0;
    },
  };
  page.on('requestfinished', async (request) => {
    if (only && !only.test(request.url())) return;
    const sizes = await request.sizes();
    counts.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    counts.requests += 1;
  });
  return counts;
}

/**
 * Opens `pageUrl` in a fresh browser context RUNS times and searches from its
 * header field: bytes downloaded (as the server sent them, compressed where
 * the build wrote a .br or .gz file) and keystroke-to-results time, for a cold first search and
 * a later one.
 */
export async function measureSearch(pageUrl: string, first: string, later: string, runs: number): Promise<SearchCost[]> {
  const browser = await chromium.launch(launchOptions());
  const costs: SearchCost[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const downloads = countDownloads(page);
      await page.goto(pageUrl, { waitUntil: 'networkidle' });
      downloads.reset();
      await page.locator('#site-search-input').focus();
      const msFirst = await timeSearch(page, first);
      await page.waitForLoadState('networkidle');
      const bytesFirst = downloads.bytes;
      const requestsFirst = downloads.requests;
      downloads.reset();
      const msLater = await timeSearch(page, later);
      await page.waitForLoadState('networkidle');
      costs.push({ bytesFirst, requestsFirst, msFirst, bytesLater: downloads.bytes, msLater });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return costs;
}

/**
 * What a search over every period downloads, cold: the search page opened on
 * `query` with `periods=all`, from the first request to the results shown and
 * the network idle; once per run, in a fresh browser context each.
 */
export async function measureCompleteSearch(siteUrl: string, query: string, runs: number): Promise<number[]> {
  const browser = await chromium.launch(launchOptions());
  const bytes: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const downloads = countDownloads(page, /\/pagefind\/|\/modules\//);
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}&periods=all`);
      await page.locator('search-page [data-search-results] > li').first().waitFor();
      await page.waitForLoadState('networkidle');
      bytes.push(downloads.bytes);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return bytes;
}
