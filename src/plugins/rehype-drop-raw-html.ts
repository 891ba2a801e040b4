import type { Root } from 'hast';
import { visitElements, type ElementParent } from './visit-elements.ts';

/** Removes `parent`'s raw children: `raw` nodes come from remark-rehype's allowDangerousHtml and are not part of hast's own types. */
function dropRawChildren(parent: ElementParent): void {
  for (let index = parent.children.length - 1; index >= 0; index--) {
    if ((parent.children[index]!.type as string) === 'raw') parent.children.splice(index, 1);
  }
}

/**
 * Removes raw HTML before it can be parsed into the page. The content loader
 * already rejects documents that contain any; this keeps a page safe even
 * when Markdown is rendered some other way.
 */
export default function rehypeDropRawHtml() {
  return (tree: Root) => {
    dropRawChildren(tree);
    visitElements(tree, dropRawChildren);
  };
}
