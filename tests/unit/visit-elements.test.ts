import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import rehypeDropRawHtml from '../../src/plugins/rehype-drop-raw-html.ts';
import { SKIP_CHILDREN, visitElements } from '../../src/plugins/visit-elements.ts';

const tree = (html: string): Root => fromHtml(html, { fragment: true });

/** A tree's elements and text, as `tag(children)` and quoted text: enough to tell two trees apart. */
const shape = (node: Root | Root['children'][number]): string =>
  node.type === 'text'
    ? JSON.stringify(node.value)
    : 'children' in node
      ? `${node.type === 'element' ? node.tagName : node.type}(${node.children.map(shape).join(' ')})`
      : node.type;

describe('visitElements, the walk the site’s rehype plugins make', () => {
  it('visits every element in document order, with its index and parent, and nothing else', () => {
    const seen: string[] = [];
    visitElements(tree('text <h2 id="a">A <em>b</em></h2>\n<ul><li><p>x</p><ul><li>y</li></ul></li></ul><!-- c -->'), (element, index, parent) => {
      seen.push(`${element.tagName}@${index}<${parent.type === 'element' ? parent.tagName : 'root'}`);
    });
    expect(seen).toEqual(['h2@1<root', 'em@1<h2', 'ul@3<root', 'li@0<ul', 'p@0<li', 'ul@1<li', 'li@0<ul']);
  });

  it('leaves out the children of an element whose visitor says so, and an element put in its place, but visits children added to it', () => {
    const root = tree('<h2>A <em>b</em></h2><p>c</p>');
    const seen: string[] = [];
    visitElements(root, (element, index, parent) => {
      seen.push(element.tagName);
      if (element.tagName === 'h2') {
        const wrapper: Element = { type: 'element', tagName: 'div', properties: {}, children: [element] };
        parent.children[index] = wrapper;
        return SKIP_CHILDREN;
      }
      if (element.tagName === 'p') element.children.push({ type: 'element', tagName: 'a', properties: {}, children: [] });
      return undefined;
    });
    expect(seen).toEqual(['h2', 'p', 'a']);
    expect(shape(root)).toBe('root(div(h2("A " em("b"))) p("c" a()))');
  });
});

describe('rehype-drop-raw-html', () => {
  it('removes raw HTML wherever it is in the tree, and nothing else', () => {
    const root = tree('<p>a</p><ul><li><p>b</p></li></ul>');
    const raw = (value: string) => ({ type: 'raw', value }) as unknown as Element;
    root.children.unshift(raw('<script>1</script>'), raw('<script>2</script>'));
    const item = (root.children[3] as Element).children[0] as Element;
    (item.children[0] as Element).children.push(raw('<img src=x onerror=alert(1)>'));
    item.children.push(raw('<iframe>'));
    rehypeDropRawHtml()(root);
    expect(shape(root)).toBe('root(p("a") ul(li(p("b"))))');
  });
});
