/**
 * `npm run bench:search`: what search costs a reader, measured in Chromium on
 * the built site. For a cold first search and a later one: the bytes
 * downloaded (as sent by the server, before any gzip a host would add), and
 * the time from the last keystroke to results on screen (median of RUNS).
 */
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from '../../tests/e2e/browser.ts';
import { startPreview } from './preview-server.ts';

const RUNS = 5;
const FIRST = 'IMVE';
const LATER = 'foreign interference';

function median(values: number[]): number {
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

const { url, stop } = await startPreview();
const browser = await chromium.launch(launchOptions());
const rows: { bytesFirst: number; bytesLater: number; msFirst: number; msLater: number; requestsFirst: number }[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests += 1;
    });
    await page.goto(`${url}/notes/ps-2023-qp-1-mps-003/`, { waitUntil: 'networkidle' });
    bytes = 0;
    requests = 0;
    await page.locator('#site-search-input').focus();
    const msFirst = await timeSearch(page, FIRST);
    await page.waitForLoadState('networkidle');
    const bytesFirst = bytes;
    const requestsFirst = requests;
    bytes = 0;
    const msLater = await timeSearch(page, LATER);
    await page.waitForLoadState('networkidle');
    rows.push({ bytesFirst, bytesLater: bytes, msFirst, msLater, requestsFirst });
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Search cost, median of ${RUNS} cold runs in Chromium (${url}):`);
console.log(`  first search "${FIRST}":  ${kb(median(rows.map((r) => r.bytesFirst)))} in ${median(rows.map((r) => r.requestsFirst))} requests, ${median(rows.map((r) => r.msFirst)).toFixed(0)} ms keystroke to results`);
console.log(`  later search "${LATER}":  ${kb(median(rows.map((r) => r.bytesLater)))}, ${median(rows.map((r) => r.msLater)).toFixed(0)} ms keystroke to results`);
console.log('  (times include the 120 ms typing pause the field waits for before searching)');
