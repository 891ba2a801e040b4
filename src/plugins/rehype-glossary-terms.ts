import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { urls } from '../lib/urls.ts';
import { wholeWord } from '../lib/text-patterns.ts';

interface GlossaryEntry {
  id: string;
  term: string;
  expansion: string;
}

const SKIPPED_ANCESTORS = new Set(['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

function termLink({ id, term, expansion }: GlossaryEntry): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: urls.term(id), className: ['term'] },
    children: [{ type: 'element', tagName: 'abbr', properties: { title: expansion }, children: [{ type: 'text', value: term }] }],
  };
}

/** The earliest whole-word use of any pending term in a text. */
function firstUse(text: string, pending: ReadonlyMap<string, GlossaryEntry>): { index: number; entry: GlossaryEntry } | undefined {
  let best: { index: number; entry: GlossaryEntry } | undefined;
  for (const entry of pending.values()) {
    const match = wholeWord(entry.term).exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, entry };
  }
  return best;
}

/**
 * Marks the first use of each glossary term a document lists (its `terms`
 * front matter) as `<a href="/glossary/#id"><abbr title="expansion">`, in the
 * body's paragraphs and items. The words themselves are untouched. Markdown
 * is rendered before collections can be queried, so the glossary file is read
 * here directly, once per build.
 */
export default function rehypeGlossaryTerms({ file }: { file: string }) {
  const glossary = parse(readFileSync(file, 'utf8')) as GlossaryEntry[];
  return (tree: Root, vfile: VFile) => {
    const frontmatter = (vfile.data as { astro?: { frontmatter?: { terms?: unknown } } }).astro?.frontmatter;
    const listed = new Set(Array.isArray(frontmatter?.terms) ? frontmatter.terms : []);
    const pending = new Map(glossary.filter((entry) => listed.has(entry.id)).map((entry) => [entry.id, entry]));
    if (pending.size === 0) return;
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const parent = ancestors.at(-1);
      if (!parent || !('children' in parent) || ancestors.some((a) => a.type === 'element' && SKIPPED_ANCESTORS.has(a.tagName))) return undefined;
      const replacement: ElementContent[] = [];
      let rest = node.value;
      for (let use = firstUse(rest, pending); use; use = firstUse(rest, pending)) {
        if (use.index > 0) replacement.push({ type: 'text', value: rest.slice(0, use.index) });
        replacement.push(termLink(use.entry));
        rest = rest.slice(use.index + use.entry.term.length);
        pending.delete(use.entry.id);
      }
      if (replacement.length === 0) return undefined;
      if (rest) replacement.push({ type: 'text', value: rest });
      const siblings = parent.children as ElementContent[];
      const index = siblings.indexOf(node);
      siblings.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
