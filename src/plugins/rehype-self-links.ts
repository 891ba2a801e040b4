import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { frontmatterLanguage, sectionLinkLabel } from '../lib/permalink-labels.ts';
import type { VFile } from 'vfile';
import { blockLinkLabels } from './rehype-block-ids.ts';
import { SKIP_CHILDREN, visitElements } from './visit-elements.ts';

/** `<a href="#id">` with a hidden accessible name and a visible glyph; kept out of the search index. */
function selfLink(id: string, label: string, glyph: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['self-link'], href: `#${id}`, dataPagefindIgnore: true },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: label }] },
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: glyph }] },
    ],
  };
}

/**
 * Adds a self-link to every heading and every block that has a permalink.
 * A heading's link sits beside it, not inside it, so that the heading's own
 * text (its accessible name and its entry in the contents) stays the
 * source's words alone.
 */
export default function rehypeSelfLinks() {
  return (tree: Root, file: VFile) => {
    const lang = frontmatterLanguage(file.data);
    visitElements(tree, (node, index, parent) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return undefined;

      if (headingRank(node)) {
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading'] },
          children: [node, selfLink(id, sectionLinkLabel(toString(node).trim(), lang), '#')],
        };
        parent.children[index] = wrapper;
        return SKIP_CHILDREN;
      }

      const label = blockLinkLabels.get(node);
      if (label) {
        // In a loose list an item's text is a paragraph, followed by a line break: the link goes at the end of that paragraph,
        // not on a line of its own after it, so that loose and tight lists keep one rhythm.
        const last = node.children.findLast((child) => child.type !== 'text' || child.value.trim() !== '');
        const host = last?.type === 'element' && last.tagName === 'p' ? last : node;
        host.children.push({ type: 'text', value: ' ' } satisfies ElementContent, selfLink(id, label, '¶'));
      }
      return undefined;
    });
  };
}
