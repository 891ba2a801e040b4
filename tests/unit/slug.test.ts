import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT, UniqueIds, pathSegment, tidyId, urlSlug } from '../../src/lib/slug.ts';
import { FrontMatterError, readFrontMatter } from '../../src/lib/front-matter.ts';

describe('urlSlug', () => {
  it('turns a reference number into a readable path segment', () => {
    expect(urlSlug('PS-2023-QP-1--MPS-003')).toBe('ps-2023-qp-1-mps-003');
  });
  it('drops accents and joins words with single hyphens', () => {
    expect(urlSlug('  Réponse suggérée / Contexte  ')).toBe('reponse-suggeree-contexte');
  });
  it('gives nothing for text without letters or digits', () => {
    expect(urlSlug('— / —')).toBe('');
  });
});

describe('tidyId', () => {
  it('collapses the hyphen runs that GitHub slugs leave', () => {
    expect(tidyId('background---rcmp-insider-risk-program')).toBe('background-rcmp-insider-risk-program');
    expect(tidyId('-edge-')).toBe('edge');
  });
});

describe('UniqueIds', () => {
  it('numbers repeats and steps around reserved ids', () => {
    const ids = new UniqueIds(['main']);
    expect([ids.claim('main'), ids.claim('x'), ids.claim('x'), ids.claim('x')]).toEqual(['main-1', 'x', 'x-1', 'x-2']);
  });
});

describe('pathSegment', () => {
  it('is the slug while it is short', () => {
    expect(pathSegment('Public Safety Canada')).toBe('public-safety-canada');
  });
  it('bounds a long one, keeping its start and telling two long ones apart', () => {
    const a = pathSegment(`Office ${'of the Special Representative '.repeat(10)}A`);
    const b = pathSegment(`Office ${'of the Special Representative '.repeat(10)}B`);
    expect(a.length).toBeLessThanOrEqual(MAX_SEGMENT);
    expect(a).toMatch(/^office-of-the-special-representative-.*-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe('readFrontMatter', () => {
  it('refuses a key given twice, naming the line', () => {
    expect(() => readFrontMatter('---\ntitle: One\ntitle: Two\n---\nBody')).toThrow(
      new FrontMatterError('is not valid YAML (line 3): Map keys must be unique'),
    );
  });
  it('refuses TOML front matter', () => {
    expect(() => readFrontMatter('+++\ntitle = "x"\n+++\nBody')).toThrow(FrontMatterError);
  });
  it('reads dates, binary-looking numbers and yes as the strings written', () => {
    expect(readFrontMatter('---\na: 2023-13-45\nb: 0b101\nc: yes\n---\n').data).toEqual({ a: '2023-13-45', b: '0b101', c: 'yes' });
  });
});
