import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingSentences, normalizeSpace, sourceSentences } from '../support/fidelity.ts';
import { builtPage, one, readableText } from '../support/built-site.ts';
import { contentFiles } from '../support/content-files.ts';

interface Provenance {
  source: string;
  page_junk?: string[];
}

describe('every sentence of each original is on its page, word for word', () => {
  const documents = contentFiles().filter((doc) => doc.data['provenance']);

  it('has originals to check', () => {
    expect(documents.length).toBeGreaterThanOrEqual(2);
  });

  for (const { file, url, data } of documents) {
    const provenance = data['provenance'] as Provenance;
    const original = readFileSync(join(dirname(file), provenance.source), 'utf8');

    it(`${url} renders all of ${provenance.source}`, () => {
      const sentences = sourceSentences(original, provenance.page_junk);
      expect(sentences.length).toBeGreaterThan(5);
      expect(missingSentences(sentences, readableText(one('main', builtPage(url))))).toEqual([]);
    });

    it(`${url} adds no sentence of its own to the document body`, () => {
      const body = readableText(one('.prose', builtPage(url)));
      const source = normalizeSpace(original);
      const blocks = body.split(/\n+/).map(normalizeSpace).filter(Boolean);
      expect(blocks.filter((block) => !source.includes(block))).toEqual([]);
    });
  }
});
