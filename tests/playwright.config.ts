import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';
import { DEPLOYMENTS } from './support/deployments.ts';

const PORT = 4322;
/** The site with imported notes (npm run build:imported-site), served beside the real one. */
const IMPORTED_PORT = 4323;
const ROOT = new URL('..', import.meta.url).pathname;

/**
 * Browser tests run against built sites, served as `npm start` serves them
 * (scripts/serve-static.ts): dist/, and the imported-notes site. The server
 * tests (servers.spec.ts) add dist/ and the base-path site served by real
 * nginx and Caddy, configured by `npm run server-config`.
 */
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
    { name: 'site', testIgnore: ['imported.spec.ts', 'search-periods.spec.ts', 'servers.spec.ts'], use: { baseURL: `http://127.0.0.1:${PORT}` } },
    {
      name: 'imported',
      testMatch: ['imported.spec.ts', 'search-periods.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${IMPORTED_PORT}` },
      // This site's index is cut into shards of 8 pages, 18 or 19 a language, so a search over every period
      // merges them all and loads each one's filters: 2.4 to 2.9 s on an idle 2-core machine, over 5 s with
      // two test workers beside it. The default 5 s wait would fail on a search that is slow, not wrong.
      expect: { timeout: 20_000 },
    },
    { name: 'servers', testMatch: 'servers.spec.ts' },
  ],
  webServer: [
    { command: `node scripts/serve-static.ts dist ${PORT}`, port: PORT },
    { command: `node scripts/serve-static.ts tests/.tmp/imported-site/dist ${IMPORTED_PORT}`, port: IMPORTED_PORT },
    ...DEPLOYMENTS.filter((deployment) => deployment.server !== 'npm start').map(({ server, dist, port }) => ({
      command: `node tests/support/serve-with.ts ${server} ${dist} ${port}`,
      port,
    })),
  ].map((server) => ({ ...server, cwd: ROOT, reuseExistingServer: false, timeout: 60_000 })),
});
