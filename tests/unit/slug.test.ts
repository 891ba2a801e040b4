import { describe, expect, it } from 'vitest';
import { UniqueIds, tidyId, urlSlug } from '../../src/lib/slug.ts';

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
