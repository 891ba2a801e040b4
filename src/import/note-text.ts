import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { EXIT, visit } from 'unist-util-visit';

/** A field whose layout could not be made safe without touching its words. */
export class LayoutError extends Error {
  override name = 'LayoutError';
}

const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const words = (tree: Root) => toString(tree).replace(/\s+/g, ' ').trim();

/** Headings that would sit at or above the section's own level 2: they could end the section or forge another. */
function topHeadings(tree: Root): Heading[] {
  const found: Heading[] = [];
  visit(tree, 'heading', (node) => {
    if (node.depth <= 2) found.push(node);
  });
  return found;
}

/**
 * Makes every level-1 and level-2 heading of a field a level-3 one, in any
 * form (`# x`, `x\n===`, `x\n---`) and wherever it is (in a list or a quote
 * too). A setext heading becomes an ATX one, its lines joined by spaces.
 * Positions come from the parser the site renders with, so nothing that
 * renders as a heading is missed.
 */
function lowerHeadings(markdown: string): string {
  const headings = topHeadings(parse(markdown));
  let lowered = markdown;
  // From the end, so that each edit leaves the offsets of the earlier ones valid.
  for (const heading of headings.reverse()) {
    const start = heading.position!.start.offset!;
    const end = heading.position!.end.offset!;
    const source = lowered.slice(start, end);
    let replacement: string;
    if (source.startsWith('#')) replacement = source.replace(/^#{1,2}(?=[ \t]|$)/, '###');
    else {
      const first = heading.children[0]?.position?.start.offset ?? start;
      const last = heading.children.at(-1)?.position?.end.offset ?? start;
      // Line breaks inside the heading, with any list or quote indentation after them, become single spaces.
      replacement = `### ${lowered.slice(first, last).replace(/[ \t]*\n[ \t>]*/g, ' ')}`;
    }
    lowered = lowered.slice(0, start) + replacement + lowered.slice(end);
  }
  return lowered;
}

/**
 * A text field of the data set as a Markdown section body. Only layout
 * changes, never words: line ends become LF, spaces that end a line go,
 * paragraphs are separated by exactly one blank line, and headings inside the
 * field are lowered below the section's own level-2 heading, so that they can
 * never end the section early or forge another. The result is checked: if a
 * heading is left at level 1 or 2, or the words differ, the field is refused
 * rather than published changed.
 */
export function sectionBody(field: string): string {
  const laidOut = field
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!laidOut) return '';
  // A heading needs a "#" or an underline (a line ending in = or -); most fields have neither and need no parse.
  const body = laidOut.includes('#') || /[=-][ \t]*$/m.test(laidOut) ? lowerHeadings(laidOut) : laidOut;
  if (body === laidOut) return body;
  const after = parse(body);
  if (topHeadings(after).length > 0)
    throw new LayoutError('has a heading that could not be lowered below its section: rewrite it as a level-3 heading (### …)');
  if (words(after) !== words(parse(laidOut)))
    throw new LayoutError('has a heading whose words would change when lowered below its section: rewrite it as a level-3 heading (### …)');
  return body;
}

/** The first paragraph or item of a Markdown text, as plain text on one line; listings and link previews show it. */
export function firstPassage(markdown: string): string {
  let passage = '';
  visit(parse(markdown), 'paragraph', (node) => {
    passage = toString(node).replace(/\s+/g, ' ').trim();
    return passage ? EXIT : undefined;
  });
  return passage;
}
