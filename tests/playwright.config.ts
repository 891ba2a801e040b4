import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';

const PORT = 4322;
/** The site with imported notes (npm run build:imported-site), served beside the real one. */
const IMPORTED_PORT = 4323;
const ROOT = new URL('..', import.meta.url).pathname;

/** Browser tests run against built sites: dist/ served as in production by `astro preview`, and the imported-notes site. */
export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list']],
  outputDir: '.tmp/test-results',
  use: {
    browserName: 'chromium',
    // As many readers have it; a test about motion sets its own.
    reducedMotion: 'reduce',
    // Fails loudly, naming how to get a browser, rather than skipping.
    launchOptions: launchOptions(),
  },
  projects: [
    { name: 'site', testIgnore: 'imported.spec.ts', use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'imported', testMatch: 'imported.spec.ts', use: { baseURL: `http://127.0.0.1:${IMPORTED_PORT}` } },
  ],
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      cwd: ROOT,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `node scripts/serve-static.ts tests/.tmp/imported-site/dist ${IMPORTED_PORT}`,
      url: `http://127.0.0.1:${IMPORTED_PORT}/`,
      cwd: ROOT,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
