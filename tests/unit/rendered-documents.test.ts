import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasRendered, renderedOf, writeRendered, type RenderedDocument } from '../../src/content/rendered-documents.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/build-cache.ts';

const ROOT = resolve('tests/.tmp/rendered-documents');
const FILE = join(ROOT, BUILD_CACHE_DIR, 'rendered-documents', 'notes', 'a-note.json');
const BODY: RenderedDocument = {
  digest: 'abc123',
  html: '<h2 id="background">Background</h2><p id="p-1">“Quoted” text, with a } and a ".</p>',
  headings: [{ depth: 2, slug: 'background', text: 'Background' }],
  sections: [],
};

describe('a rendered body kept in the build cache', () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it('is found whole, and read back as written, for its own digest only', () => {
    writeRendered(ROOT, 'notes', 'a-note', BODY);
    expect(hasRendered(ROOT, 'notes', 'a-note', 'abc123')).toBe(true);
    expect(hasRendered(ROOT, 'notes', 'a-note', 'abc124')).toBe(false);
    expect(hasRendered(ROOT, 'notes', 'another-note', 'abc123')).toBe(false);
    expect(renderedOf(ROOT, { collection: 'notes', id: 'a-note', digest: 'abc123' })).toMatchObject(BODY);
  });

  it('cut short anywhere, as a power cut can leave it, is not taken for rendered', () => {
    writeRendered(ROOT, 'notes', 'a-note', BODY);
    const whole = readFileSync(FILE);
    for (let length = 0; length < whole.length; length += 1) {
      writeFileSync(FILE, whole.subarray(0, length));
      expect(hasRendered(ROOT, 'notes', 'a-note', 'abc123'), `cut at ${length} bytes`).toBe(false);
    }
    truncateSync(FILE, 0);
    expect(() => renderedOf(ROOT, { collection: 'notes', id: 'a-note', digest: 'abc123' })).toThrow('no rendered body');
  });
});
