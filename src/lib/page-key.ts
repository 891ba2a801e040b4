import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental builds (astro.config.mjs): a
 * digest of every input the page shows that is not code, so that a page whose
 * inputs are all unchanged is taken from the previous build rather than
 * rendered again. Astro adds the code itself (the route's modules, the
 * configuration, the lock file). An input left out here would leave a page
 * stale, which tests/build/incremental.test.ts checks against a cold build.
 */
export function pageKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}
