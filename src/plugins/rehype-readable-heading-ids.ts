import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { PAGE_IDS } from '../consts.ts';
import { UniqueIds, tidyId, urlSlug } from '../lib/slug.ts';
import { visitElements } from './visit-elements.ts';

/**
 * Runs after rehype-slug and makes its ids readable. GitHub's slug rules keep
 * every hyphen and drop other punctuation, so "Background - IMVE" becomes
 * "background---imve" and "Issue/Question" becomes "issuequestion"; here any
 * run of punctuation and spaces between words is one hyphen instead:
 * "background-imve", "issue-question". Repeats are numbered (`x`, `x-1`).
 */
export default function rehypeReadableHeadingIds() {
  return (tree: Root) => {
    const ids = new UniqueIds(Object.values(PAGE_IDS));
    visitElements(tree, (node) => {
      const id = node.properties['id'];
      if (!headingRank(node) || typeof id !== 'string') return;
      const readable = urlSlug(toString(node)) || tidyId(id) || 'section';
      node.properties['id'] = ids.claim(readable);
    });
  };
}
