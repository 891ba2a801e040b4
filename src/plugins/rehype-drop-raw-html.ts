import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Removes raw HTML before it can be parsed into the page. The content loader
 * already rejects documents that contain any; this keeps a page safe even
 * when Markdown is rendered some other way.
 */
export default function rehypeDropRawHtml() {
  return (tree: Root) => {
    // `raw` nodes come from remark-rehype's allowDangerousHtml and are not part of hast's own types.
    visit(tree, (node, index, parent) => {
      if ((node.type as string) !== 'raw' || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
