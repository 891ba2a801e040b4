/**
 * `npm run bench:lighthouse`: Lighthouse scores (performance, accessibility,
 * best practices, SEO) for every built page, on Lighthouse's mobile settings,
 * in the same Chromium the browser tests use.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../tests/e2e/browser.ts';
import { builtPages } from '../../tests/support/built-files.ts';
import { startPreview } from './preview-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const chromePath = findChromium();
if (!chromePath) throw new Error(NO_CHROMIUM_MESSAGE);

const { url, stop } = await startPreview(4398);
const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
try {
  console.log(`Lighthouse, mobile, ${chromePath}`);
  console.log('page'.padEnd(72), CATEGORIES.map((c) => c.padStart(14)).join(''));
  for (const { url: path } of builtPages()) {
    if (path === '/404.html') continue;
    const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100)).padStart(14));
    console.log(path.padEnd(72), scores.join(''));
    const failing = Object.values(result?.lhr.audits ?? {}).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary');
    for (const audit of failing) console.log(`${''.padEnd(4)}- ${audit.id}: ${audit.title}`);
  }
} finally {
  chrome.kill();
  stop();
}
