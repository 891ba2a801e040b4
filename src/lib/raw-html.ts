import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/**
 * The raw HTML in a Markdown body, one snippet per occurrence. Documents are
 * Markdown only: HTML in them could carry scripts or hide words from the
 * fidelity check, so the loader rejects any.
 */
export function rawHtmlIn(markdown: string): string[] {
  const snippets: string[] = [];
  visit(fromMarkdown(markdown), 'html', (node) => {
    snippets.push(node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value);
  });
  return snippets;
}
