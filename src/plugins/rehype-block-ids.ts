import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { PAGE_IDS } from '../consts.ts';
import { UniqueIds } from '../lib/slug.ts';
import { blockLinkLabel, blockSearchTitle, frontmatterLanguage } from '../lib/permalink-labels.ts';
import type { VFile } from 'vfile';
import { SKIP_CHILDREN, visitElements } from './visit-elements.ts';

/** The accessible name of each block's self-link, for rehype-self-links, which runs next on the same tree. */
export const blockLinkLabels = new WeakMap<Element, string>();

/**
 * Gives every paragraph and list item of a document body a stable id, so that
 * one bullet or one paragraph can be linked to. Ids count blocks within the
 * section that holds them: `suggested-response-p2` is the second block after
 * the "Suggested Response" heading; blocks before any heading are `p1`, `p2`…
 * A paragraph inside a list item is part of the item and gets no id of its own;
 * a nested item gets its own.
 * Each block also names itself for search (`data-pagefind-title`), so that a
 * search hit in a long section or a heading-less article leads to the
 * paragraph. Runs after heading ids are final.
 */
export default function rehypeBlockIds() {
  return (tree: Root, file: VFile) => {
    const lang = frontmatterLanguage(file.data);
    const ids = new UniqueIds(Object.values(PAGE_IDS));
    visitElements(tree, (node) => {
      if (headingRank(node) && typeof node.properties['id'] === 'string') ids.claim(node.properties['id']);
    });

    let section: { id: string; title: string } | undefined;
    let count = 0;
    visitElements(tree, (node: Element, _index, parent) => {
      if (headingRank(node)) {
        const id = node.properties['id'];
        section = typeof id === 'string' ? { id, title: toString(node).trim() } : section;
        count = 0;
        return SKIP_CHILDREN;
      }
      const isItem = node.tagName === 'li';
      const isParagraph = node.tagName === 'p' && !(parent.type === 'element' && parent.tagName === 'li');
      if (!isItem && !isParagraph) return undefined;
      count += 1;
      if (typeof node.properties['id'] !== 'string') {
        node.properties['id'] = ids.claim(section ? `${section.id}-p${count}` : `p${count}`);
      }
      const kind = isItem ? 'item' : 'paragraph';
      blockLinkLabels.set(node, blockLinkLabel(kind, count, section?.title, lang));
      // Makes the block a search sub-result of its own, so that a hit lands on it rather than on its section.
      node.properties['dataPagefindTitle'] = blockSearchTitle(kind, count, section?.title, lang);
      return undefined;
    });
  };
}
