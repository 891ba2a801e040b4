/**
 * `npm run build:base-path-site`: builds the real site as a deployment at
 * https://reading.example.org/qp/ would, into tests/.tmp/base-path-site/dist,
 * for the tests that every URL honours the address and the base path.
 */
import { execFileSync } from 'node:child_process';
import { BASE_PATH_SITE } from './built-site.ts';

execFileSync('node', ['scripts/build.ts', '--outDir', BASE_PATH_SITE.dist], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: BASE_PATH_SITE.site, BASE_PATH: BASE_PATH_SITE.base },
});
