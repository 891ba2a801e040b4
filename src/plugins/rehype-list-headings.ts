import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visitElements } from './visit-elements.ts';

/**
 * A heading's text as Astro's rehypeHeadingIds reads it from a Markdown (not
 * MDX) document: every text node below it in order, with "{" written "${"
 * outside code, and raw HTML other than a lone tag.
 */
function headingText(heading: Element): string {
  let text = '';
  const read = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === 'element') read(child);
      else if (child.type === 'text' || (child.type === 'raw' && !/^\n?<.*>\n?$/.test(child.value))) {
        text += parent.tagName === 'code' || parent.tagName === 'pre' ? child.value : child.value.replace(/\{/g, '${');
      }
    }
  };
  read(heading);
  return text;
}

/**
 * Lists a document's headings where Astro's rehypeHeadingIds would
 * (file.data.astro.headings), with the same depth, id and text, for the render
 * workers (src/markdown/render-worker.ts). Astro's walks the tree through
 * unist-util-visit, which cost the workers a tenth of their time
 * (src/plugins/visit-elements.ts says why). Every heading has its id from
 * rehype-slug by now; one without is an error, where Astro's would make one.
 * tests/unit/parallel-processor.test.ts compares the headings with Astro's.
 */
export default function rehypeListHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: MarkdownHeading[] = [];
    visitElements(tree, (element) => {
      const level = element.tagName[0] === 'h' ? /h([0-6])/.exec(element.tagName)?.[1] : undefined;
      if (level === undefined) return;
      const { id } = element.properties;
      if (typeof id !== 'string') throw new Error(`a <${element.tagName}> has no id: rehype-slug gives every heading one before its headings are listed`);
      headings.push({ depth: Number(level), slug: id, text: headingText(element) });
    });
    const data = file.data as { astro?: { headings?: MarkdownHeading[] } };
    (data.astro ??= {}).headings = headings;
  };
}
