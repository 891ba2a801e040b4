import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';

/**
 * A text field of the data set as a Markdown section body. Only layout
 * changes, never words: line ends become LF, spaces that end a line go,
 * paragraphs are separated by exactly one blank line, and headings inside the
 * field are lowered below the section's own level-2 heading, so that they can
 * never end the section early.
 */
export function sectionBody(field: string): string {
  return field
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, '').replace(/^( {0,3})(#{1,2})(?=[ \t]|$)/, '$1###'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first paragraph or item of a Markdown text, as plain text on one line; listings and link previews show it. */
export function firstPassage(markdown: string): string {
  let passage = '';
  visit(fromMarkdown(markdown), 'paragraph', (node) => {
    passage = toString(node).replace(/\s+/g, ' ').trim();
    return passage ? EXIT : undefined;
  });
  return passage;
}
