import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/support/temporary-files.ts'],
    // Build tests start real Astro builds; two cores take them one file at a time.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
