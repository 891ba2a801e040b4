import { readFileSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { documentSections } from '../../src/lib/document-data.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { parallelUnified } from '../../src/markdown/parallel-processor.ts';

/** The site's Markdown processor, as astro.config.mjs configures it: worker threads running the pipeline of options.ts. */
const processor = parallelUnified({ worker: new URL('../../src/markdown/render-worker.ts', import.meta.url) });

/** Made-up bodies, and the site's own documents and the test fixtures' (tables, nested lists, glossary terms, raw HTML), front matter and all. */
const documents = [
  ...Array.from(
    { length: 20 },
    (_, i) => `## Question ${i}\n\nWhat is planned for item ${i}?\n\n- A first point.\n- A second point, on IMVE.\n\n## Background\n\nParagraph ${i}.\n`,
  ),
  // Literal links and tables, which the workers parse for only where the text may have them (src/markdown/gfm-by-need.ts).
  'See www.canada.ca, HTTPS://example.org/a?b=1 or write to info@example.org (or info&#64;example.org).\n\n| Year | OCGs |\n| ---: | --- |\n| 2023 | 369 |\n',
  'Plain prose: no address, and a colon: here.\n\nBudget\n:--\n\n- a list\n- [ ] a task ~~struck~~[^1]\n\n[^1]: A note.\n',
  // Heading text as Astro reads it: braces outside code are written "${" (src/plugins/rehype-list-headings.ts).
  '## Budget {2024} and `co{de}`\n\nText.\n\n### A *third* level, {twice} {\n\n#### With a [link](https://example.org)\n',
  // All but the one no parser can follow (nested past the stack), which the loader reports instead (tests/build/invalid-content.test.ts).
  ...globSync(['content/**/*.md', 'tests/fixtures/content/**/*.md', '!tests/fixtures/content/too-deep/**'])
    .sort()
    .map((file) => readFileSync(file, 'utf8')),
];

describe('the parallel Markdown processor', () => {
  it('gives every caller one renderer, however many ask before the first has it', async () => {
    // Astro asks once per document loaded before its first request returns.
    const renderers = await Promise.all(Array.from({ length: 16 }, () => processor.createRenderer({})));
    expect(new Set(renderers).size).toBe(1);
  });

  it('renders documents asked for together, in batches, as the pipeline does on one thread, each with its sections', async () => {
    const renderer = await processor.createRenderer({});
    const inWorkers = await Promise.all(documents.map((text) => renderer.render(text)));
    const direct = await unified(markdownOptions).createRenderer({});
    for (const [i, text] of documents.entries()) {
      const expected = await direct.render(text);
      expect(inWorkers[i]!.code).toBe(expected.code);
      expect(inWorkers[i]!.metadata.headings).toEqual(expected.metadata.headings);
      expect((inWorkers[i]!.metadata as { sections?: unknown }).sections).toEqual(documentSections(expected.code));
    }
  });
});
