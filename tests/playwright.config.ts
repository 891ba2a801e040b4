import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';

const PORT = 4322;

/** Browser tests run against the built site in dist/, served as in production by `astro preview`. */
export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list']],
  outputDir: '.tmp/test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // Smooth scrolling animates Playwright's own scroll-into-view, so a click could land mid-scroll on the text beside its target.
    reducedMotion: 'reduce',
    // Fails loudly, naming how to get a browser, rather than skipping.
    launchOptions: launchOptions(),
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    cwd: new URL('..', import.meta.url).pathname,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
