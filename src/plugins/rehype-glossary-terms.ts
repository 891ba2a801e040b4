import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { wholeWord } from '../lib/text-patterns.ts';
import { urls } from '../lib/urls.ts';

interface GlossaryEntry {
  id: string;
  term: string;
  expansion: string;
}

/** Where a term is never marked: inside a link or abbreviation already, a heading, or code. */
const SKIPPED_ANCESTORS = ['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre'];

function termLink({ id, term, expansion }: GlossaryEntry): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: urls.term(id), className: ['term'] },
    children: [{ type: 'element', tagName: 'abbr', properties: { title: expansion }, children: [{ type: 'text', value: term }] }],
  };
}

/**
 * Marks the first use of each glossary term a document lists (its `terms`
 * front matter) as `<a href="/glossary/#id"><abbr title="expansion">`, in the
 * body's paragraphs and items. The words themselves are untouched: the term's
 * text is moved into the new element as it was. Markdown is rendered before
 * collections can be queried, so the glossary file is read here directly,
 * once per build.
 */
export default function rehypeGlossaryTerms({ file }: { file: string }) {
  const glossary = parse(readFileSync(file, 'utf8')) as GlossaryEntry[];
  return (tree: Root, vfile: VFile) => {
    const frontmatter = (vfile.data as { astro?: { frontmatter?: { terms?: unknown } } }).astro?.frontmatter;
    const listed = new Set(Array.isArray(frontmatter?.terms) ? frontmatter.terms : []);
    const terms = glossary.filter((entry) => listed.has(entry.id));
    if (terms.length === 0) return;
    const marked = new Set<string>();
    findAndReplace(
      tree,
      terms.map((entry) => [
        wholeWord(entry.term, 'gu'),
        () => {
          // Only the first use: later ones stay plain text.
          if (marked.has(entry.id)) return false;
          marked.add(entry.id);
          return termLink(entry);
        },
      ]),
      { ignore: SKIPPED_ANCESTORS },
    );
  };
}
