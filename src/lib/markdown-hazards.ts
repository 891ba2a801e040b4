import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

/**
 * What a Markdown text may not carry, found with the parser the site renders
 * with (CommonMark and GFM): raw HTML, which could hold scripts or hide words
 * from the fidelity check, and links or images whose URL runs code
 * (`javascript:`, `data:`, `vbscript:`…) rather than leading somewhere.
 */
export interface MarkdownHazards {
  /** Each piece of raw HTML, shortened to 40 characters. */
  html: string[];
  /** Each URL with a scheme other than http, https or mailto, as written after entity decoding. */
  urls: string[];
}

/**
 * What is said of a text the Markdown parser cannot take: nesting deeper than
 * its stack reaches (thousands of quotation marks, one inside the other) ends
 * it with a RangeError, which would otherwise stop a build or an import
 * without naming the file or row.
 */
export const unreadableMarkdown = (error: unknown) =>
  `could not be read as Markdown (${error instanceof Error ? error.message : String(error)}): expected Markdown nested less deeply`;

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Whether a link may point here: a relative or fragment URL, or an http,
 * https or mailto one. Browsers ignore whitespace and control characters in a
 * scheme ("java\tscript:") and its case, so neither hides one here.
 */
function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/gu, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function markdownHazards(markdown: string): MarkdownHazards {
  const hazards: MarkdownHazards = { html: [], urls: [] };
  // Raw HTML needs a "<", a link a "[" or a "<" (autolinks); GFM's bare links are http, https, mailto or xmpp.
  // Most texts need no parse, which would cost more than rendering them.
  if (!markdown.includes('<') && !markdown.includes('[') && !/xmpp:/i.test(markdown)) return hazards;
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  visit(tree, (node) => {
    if (node.type === 'html') hazards.html.push(shorten(node.value));
    else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) hazards.urls.push(shorten(node.url));
  });
  return hazards;
}
