import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/**
 * The raw HTML in a Markdown body, one snippet per occurrence. Documents are
 * Markdown only: HTML in them could carry scripts or hide words from the
 * fidelity check, so the loader rejects any.
 */
export function rawHtmlIn(markdown: string): string[] {
  // HTML needs a "<"; most documents have none, and parsing them again would cost more than rendering them.
  if (!markdown.includes('<')) return [];
  const snippets: string[] = [];
  visit(fromMarkdown(markdown), 'html', (node) => {
    snippets.push(node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value);
  });
  return snippets;
}
