import { test as base, expect } from '@playwright/test';
import { contentFiles, type ContentFile } from '../support/content-files.ts';

/**
 * Every browser test fails if the page logs a console error or throws,
 * unless it names the errors it expects (a 404 page's own status line).
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(message.text()))) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** The documents the site was built from, found the way the site finds them. */
export const documents: ContentFile[] = contentFiles();
