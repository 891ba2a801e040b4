import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

export const DIST = 'dist';

/** The site built from the real content plus notes imported from the test CSV files; see tests/support/build-imported-site.ts. */
export const IMPORTED_DIST = 'tests/.tmp/imported-site/dist';

/** The real site built for an address of its own under a base path; see tests/support/build-base-path-site.ts. */
export const BASE_PATH_SITE = { dist: 'tests/.tmp/base-path-site/dist', site: 'https://reading.example.org', base: '/qp/' } as const;

/** The built HTML of a site-relative URL; fails with a hint when the site has not been built. */
export function builtPage(url: string, dist = DIST): Root {
  const file = join(dist, url, url.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${file} not found: run \`npm run build\` (and, for the imported site, npm run build:imported-site) first`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/** The first element matching a selector; throws when there is none. */
export function one(selector: string, tree: Root | Element): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** What a reader reads in an element: its text, less the self-links' hidden labels. */
export function readableText(element: Element): string {
  const copy = structuredClone(element);
  visit(copy, 'element', (node, index, parent) => {
    if (parent && index !== undefined && matches('a.self-link', node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toText(copy);
}
