/**
 * `npm run screenshots -- [BASE_URL] [PATH…]`: full-page PNGs of pages served
 * at BASE_URL (default http://127.0.0.1:4321) in light and dark themes, at a
 * narrow and a wide width, into screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tests/e2e/browser.ts';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['/'];
const widths = { narrow: 320, wide: 1280 } as const;
const schemes = ['light', 'dark'] as const;

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const path of targets) {
  for (const scheme of schemes) {
    for (const [name, width] of Object.entries(widths)) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(new URL(path, base).href);
      const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${scheme}-${name}.png`;
      await page.screenshot({ path: file, fullPage: !path.includes('#') });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
