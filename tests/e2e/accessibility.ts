import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The views axe checks each template in: both themes, and between them both
 * widths, the narrow one where layouts reflow and the wide one with side
 * panels.
 */
export const TEMPLATE_VIEWS = [
  { scheme: 'light', width: 320 },
  { scheme: 'dark', width: 1280 },
] as const;

/** axe-core's WCAG findings for the page as it is now, one line per element at fault. */
export async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

/** Records Content-Security-Policy violations, which a page reports as events as well as console errors. */
export async function watchPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

export const policyViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** Everything wrong with a page as it opens at `url`: axe-core's findings and any Content-Security-Policy violation. */
export async function pageProblems(page: Page, url: string): Promise<string[]> {
  await watchPolicy(page);
  await page.goto(url);
  return [...(await violations(page)), ...(await policyViolations(page))];
}
