import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { markdownOptions } from '../../src/markdown/options.ts';
import { readableText } from '../support/built-site.ts';

/** The site's own Markdown pipeline, as the render workers run it (src/markdown/render-worker.ts), glossary terms included. */
const processor = await unified(markdownOptions).createRenderer({});

async function render(markdown: string) {
  const { code, metadata } = await processor.render(markdown);
  return { code, headings: metadata.headings, tree: fromHtml(code, { fragment: true }) };
}

function ids(tree: ReturnType<typeof fromHtml>, selector: string): unknown[] {
  return selectAll(selector, tree).map((el) => el.properties['id']);
}

describe('heading ids', () => {
  it('are lowercase words joined by single hyphens', async () => {
    const { tree } = await render('## Issue/Question\n\n## Background - RCMP Insider Risk Program\n\n### Specific to law enforcement\n');
    expect(ids(tree, 'h2, h3')).toEqual(['issue-question', 'background-rcmp-insider-risk-program', 'specific-to-law-enforcement']);
  });

  it('are numbered when a heading repeats, and never take an id the page uses', async () => {
    const { tree } = await render('## Notes\n\n## Notes\n\n## Main\n');
    expect(ids(tree, 'h2')).toEqual(['notes', 'notes-1', 'main-1']);
  });

  it('reach the contents list unchanged, with the heading text alone', async () => {
    const { headings } = await render('## Background - IMVE\n\ntext\n');
    expect(headings).toEqual([{ depth: 2, slug: 'background-imve', text: 'Background - IMVE' }]);
  });
});

describe('paragraph and list item ids', () => {
  it('count blocks within their section, and before any heading from p1', async () => {
    const { tree } = await render('Lede.\n\nSecond.\n\n## Suggested Response\n\n- One\n- Two\n\nAfter.\n');
    expect(ids(tree, 'p, li')).toEqual(['p1', 'p2', 'suggested-response-p1', 'suggested-response-p2', 'suggested-response-p3']);
  });

  it('give a loose list item one id, not one for it and one for its paragraph', async () => {
    const { tree } = await render('## Points\n\n- One\n\n- Two\n');
    expect(ids(tree, 'li')).toEqual(['points-p1', 'points-p2']);
    expect(ids(tree, 'li p')).toEqual([undefined, undefined]);
  });
});

describe('self-links', () => {
  it('sit beside a heading, not inside it, with an accessible name and out of the search index', async () => {
    const { code } = await render('## Background\n');
    expect(code).toBe(
      '<div class="heading"><h2 id="background">Background</h2><a class="self-link" href="#background" data-pagefind-ignore=""><span class="visually-hidden">Link to section: Background</span><span aria-hidden="true">#</span></a></div>',
    );
  });

  it('close each paragraph and item, named for its place in the section', async () => {
    const { tree } = await render('## Suggested Response\n\n- One\n- Two\n');
    const labels = selectAll('li .self-link .visually-hidden', tree).map((el) => el.children[0]);
    expect(labels).toMatchObject([
      { type: 'text', value: 'Link to item 1 of Suggested Response' },
      { type: 'text', value: 'Link to item 2 of Suggested Response' },
    ]);
    expect(selectAll('li > a.self-link[href="#suggested-response-p2"]', tree)).toHaveLength(1);
  });
});

describe('source characters', () => {
  it('keep double hyphens, straight and curly quotes and dashes as typed', async () => {
    const { code } = await render('PS-2023-QP-1--MPS-003 says "plain" and “curly” – dash\n');
    expect(code).toContain('PS-2023-QP-1--MPS-003 says "plain" and “curly” – dash');
  });
});

describe('raw HTML', () => {
  it('never reaches the page, even when Markdown is rendered outside the validating loader', async () => {
    const { code } = await render('Before.\n\n<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> inline.\n');
    expect(code).not.toMatch(/<script|<img|onerror/);
    expect(code).toContain('Text with  inline.');
  });
});

describe('glossary terms in the pipeline', () => {
  it('mark the first use of a term the document lists, leaving the words and the paragraph’s permalink as they were', async () => {
    const { code } = await processor.render('## Background\n\nIMVE groups and IMVE again.\n', { frontmatter: { terms: ['imve'] } });
    const tree = fromHtml(code, { fragment: true });
    const paragraph = selectAll('p', tree)[0]!;
    expect(readableText(paragraph)).toBe('IMVE groups and IMVE again.');
    expect(paragraph.properties['id']).toBe('background-p1');
    expect(selectAll('abbr', paragraph).map((abbr) => abbr.properties['title'])).toEqual(['ideologically motivated violent extremism']);
    expect(selectAll('a[href="/glossary/#imve"]', paragraph)).toHaveLength(1);
  });
});
