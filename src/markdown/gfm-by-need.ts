/**
 * GFM's syntax for one document, less the parts its text gives no occasion
 * for. micromark tries GFM's autolink literals at every letter and digit of
 * every paragraph, and its tables at the start of every line: on notes of
 * plain prose, that is most of the time parsing takes (autolink literals
 * alone, about half). A part is left out only when the source lacks what it
 * cannot match without, so the tree is the one remark-gfm gives:
 * - a literal link needs "www", "http" or "@" in the text, in any case, as
 *   typed or as a character reference, which begins with "&";
 * - a table needs a "|", or a delimiter row of one cell, which a colon joined
 *   to its dashes tells from a thematic break or a heading's underline. A
 *   character reference is never syntax.
 * tests/unit/gfm-by-need.test.ts parses made-up text both ways and compares
 * the trees.
 */
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Processor } from 'unified';

/** The parts of GFM that may match somewhere in a document; footnotes, strikethrough and task lists cost little and are always in. */
export interface GfmParts {
  literalLinks: boolean;
  tables: boolean;
}

const MAY_HAVE_LITERAL_LINK = /www|http|[@&]/i;
const MAY_HAVE_TABLE = /\||:-|-:/;

/** Which parts of GFM could match in `markdown`. */
export function gfmPartsFor(markdown: string): GfmParts {
  return { literalLinks: MAY_HAVE_LITERAL_LINK.test(markdown), tables: MAY_HAVE_TABLE.test(markdown) };
}

/**
 * remark-gfm's parsing, with only `parts`: the same extensions, in the same
 * order (micromark-extension-gfm, mdast-util-gfm), as `remarkGfm()` with no
 * options. Nothing is added for writing Markdown, which no pipeline here does.
 */
export function remarkGfmParts(this: Processor, parts: GfmParts): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    combineExtensions([
      ...(parts.literalLinks ? [gfmAutolinkLiteral()] : []),
      gfmFootnote(),
      gfmStrikethrough(),
      ...(parts.tables ? [gfmTable()] : []),
      gfmTaskListItem(),
    ]),
  );
  (data.fromMarkdownExtensions ??= []).push([
    ...(parts.literalLinks ? [gfmAutolinkLiteralFromMarkdown()] : []),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    ...(parts.tables ? [gfmTableFromMarkdown()] : []),
    gfmTaskListItemFromMarkdown(),
  ]);
}
