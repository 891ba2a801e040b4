import type { Page } from '@playwright/test';

/**
 * What is wrong with a document page's permalinks: blocks without an id or a
 * self-link, links that lead nowhere, ids that are unreadable or repeated,
 * contents entries that lead nowhere. A good page reports only empty lists.
 */
export function permalinkReport(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector('.prose')!;
    const blocks = [...body.querySelectorAll('h2, h3, h4, p, li')].filter(
      (el) => !el.closest('.sign-off') && !(el.tagName === 'P' && el.parentElement?.tagName === 'LI'),
    );
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    const links = [...body.querySelectorAll<HTMLAnchorElement>('a.self-link')];
    const linked = new Set(links.map((a) => decodeURIComponent(new URL(a.href).hash.slice(1))));
    return {
      blocks: blocks.length,
      withoutId: blocks.filter((el) => !el.id).map((el) => el.textContent?.slice(0, 40)),
      withoutLink: blocks.filter((el) => el.id && !linked.has(el.id)).map((el) => el.id),
      unresolved: [...linked].filter((id) => !document.getElementById(id)),
      unreadable: blocks.map((el) => el.id).filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)),
      duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
      contentsUnresolved: [...document.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')]
        .filter((a) => !document.getElementById(a.hash.slice(1)))
        .map((a) => a.hash),
    };
  });
}
