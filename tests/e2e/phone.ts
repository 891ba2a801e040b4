import type { Page } from '@playwright/test';

/** A phone's screen, as the reading-on-a-phone checks use it. */
export const PHONE = { width: 360, height: 800 } as const;

/** Where the document's body starts on the page: the top of its first heading or paragraph, in CSS pixels from the top. */
export async function bodyStart(page: Page): Promise<number> {
  return page.evaluate(() => {
    const first = document.querySelector('.prose')?.firstElementChild;
    if (!first) throw new Error('the page has no document body');
    return first.getBoundingClientRect().top + window.scrollY;
  });
}

/**
 * The controls of the document (in `<main>`), in the order Tab reaches them,
 * each with where it is drawn. Tab order is the page's order: no control has
 * a positive tabindex.
 */
export async function controlsInTabOrder(page: Page): Promise<{ name: string; top: number; left: number }[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('main a[href], main button, main summary, main input, main select, main [tabindex]')];
    if (controls.some((control) => control.tabIndex > 0)) throw new Error('a control has a positive tabindex');
    return controls
      .filter((control) => control.tabIndex >= 0 && control.getClientRects().length > 0 && !control.closest('[hidden], details:not([open]) > :not(summary)'))
      .map((control) => {
        const box = control.getClientRects()[0]!;
        return {
          name: (control.textContent ?? '').trim().slice(0, 40) || control.tagName,
          top: Math.round(box.top + window.scrollY),
          left: Math.round(box.left),
        };
      });
  });
}

/** The controls that Tab reaches before one drawn above them, or on the same line to their left: where focus would jump back up the page. */
export function outOfOrder(controls: readonly { name: string; top: number; left: number }[]): string[] {
  const LINE = 6;
  return controls.flatMap((control, i) => {
    const next = controls[i + 1];
    if (!next) return [];
    const above = next.top < control.top - LINE;
    const leftOnSameLine = Math.abs(next.top - control.top) <= LINE && next.left < control.left;
    return above || leftOnSameLine ? [`${control.name} (${control.top}, ${control.left}) → ${next.name} (${next.top}, ${next.left})`] : [];
  });
}
