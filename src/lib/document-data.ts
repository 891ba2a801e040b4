import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** A document's text as open data: each section with its permalink id, and each paragraph or item with its own. */
export interface DocumentSection {
  /** The heading's id, or null for the text before the first heading. */
  id: string | null;
  heading: string | null;
  level: number | null;
  blocks: { id: string; text: string }[];
}

/** A permalink's own link (src/plugins/rehype-self-links.ts), checked directly: a selector is parsed again at every call (in a CPU profile of rendering 3,000 notes, the blocks' text took 1.44 s this way and 1.55 s through a selector). */
const isSelfLink = (node: ElementContent) =>
  node.type === 'element' && node.tagName === 'a' && Array.isArray(node.properties['className']) && node.properties['className'].includes('self-link');

function textWithoutSelfLinks(element: Element): string {
  const kept = element.children.filter((child) => !isSelfLink(child));
  return toText({ ...element, children: kept as ElementContent[] })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the sections of a document body from its rendered HTML, the same ids its page uses. */
export const documentSections = (html: string): DocumentSection[] => sectionsOfTree(fromHtml(html, { fragment: true }));

/** Reads the sections of a document body from its tree, as documentSections() reads them from its HTML. */
export function sectionsOfTree(tree: Root): DocumentSection[] {
  const sections: DocumentSection[] = [{ id: null, heading: null, level: null, blocks: [] }];
  const visit = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined;
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level && id) sections.push({ id, heading: textWithoutSelfLinks(node), level: Number(level), blocks: [] });
      else if (id && (node.tagName === 'p' || node.tagName === 'li')) sections.at(-1)!.blocks.push({ id, text: textWithoutSelfLinks(node) });
      if (!level) visit(node.children);
    }
  };
  visit(tree.children as ElementContent[]);
  return sections.filter((section) => section.id !== null || section.blocks.length > 0);
}
