import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { EXIT, visit } from 'unist-util-visit';
import { unreadableMarkdown } from '../lib/markdown-hazards.ts';

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
function lowerHeadings(markdown: string, tree: Root): string {
  const headings = topHeadings(tree);
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
 * Levels of nesting the parser and the walks over its tree are known to
 * follow in any form (quotes, lists, emphasis, links), on the stack of the
 * importer's thread; the tests hold it to that. Past some thousands, they run
 * out of stack.
 */
export const SAFE_NESTING = 500;

/**
 * Each level of nesting needs a mark of its own: a quotation mark, a list
 * item's bullet or number, emphasis, strikethrough or a link's bracket. A text
 * with fewer such marks than SAFE_NESTING cannot nest deeper than that.
 */
const NESTING_MARK = /[>*+\-_~[]|\d[.)]/g;
const couldNestTooDeeply = (text: string) => (text.match(NESTING_MARK)?.length ?? 0) >= SAFE_NESTING;

/**
 * A text field of the data set as a Markdown section body. Only layout
 * changes, never words: line ends become LF, spaces that end a line go,
 * paragraphs are separated by exactly one blank line, and headings inside the
 * field are lowered below the section's own level-2 heading, so that they can
 * never end the section early or forge another. The result is checked: if a
 * heading is left at level 1 or 2, or the words differ, the field is refused
 * rather than published changed, as is one nested too deeply to be read.
 */
export function sectionBody(field: string): string {
  try {
    return laidOutSection(field);
  } catch (error) {
    // Nesting deeper than the parser's stack reaches (thousands of quotation marks) is the field's problem, named with its row.
    if (error instanceof RangeError) throw new LayoutError(unreadableMarkdown(error));
    throw error;
  }
}

function laidOutSection(field: string): string {
  const laidOut = field
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!laidOut) return '';
  // A heading needs a "#" or an underline (a line ending in = or -); most fields have neither, cannot nest deeply
  // enough to fail, and need no parse, which would double the import's time.
  if (!laidOut.includes('#') && !/[=-][ \t]*$/m.test(laidOut) && !couldNestTooDeeply(laidOut)) return laidOut;
  const before = parse(laidOut);
  const body = lowerHeadings(laidOut, before);
  if (body === laidOut) return body;
  const after = parse(body);
  if (topHeadings(after).length > 0)
    throw new LayoutError('has a heading that could not be lowered below its section: rewrite it as a level-3 heading (### …)');
  if (words(after) !== words(before))
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
