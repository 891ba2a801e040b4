import type { Root } from 'hast';
import { find, html } from 'property-information';
import { visitElements } from './visit-elements.ts';

/**
 * Gives attributes the values an HTML parser would: remark-rehype marks some
 * with `true` (a footnote reference's data-footnote-ref), which serializes as
 * a bare name, where the same page parsed again has an empty value
 * (data-footnote-ref=""). Astro's pipeline parses its tree again (rehype-raw);
 * the render workers do not (src/markdown/render-worker.ts), and this keeps
 * their HTML the same as Astro's. Boolean attributes (a task's `disabled`)
 * stay `true`, as a parser leaves them.
 */
export default function rehypeParsedAttributeValues() {
  return (tree: Root) => {
    visitElements(tree, (element) => {
      for (const [name, value] of Object.entries(element.properties)) {
        if (value !== true) continue;
        const info = find(html, name);
        if (!info.boolean && !info.overloadedBoolean) element.properties[name] = '';
      }
    });
  };
}
