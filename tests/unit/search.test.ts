import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, hasCriteria, normalizeQuery, pagefindFilters, pagefindSort, readState, writeState } from '../../src/search/search-state.ts';
import { ui } from '../../src/i18n/ui.ts';
import { resultCount } from '../../src/search/messages.ts';
import { bestSubResults, type SubResult } from '../../src/search/sub-results.ts';

describe('search state in the URL', () => {
  it('reads query, filters and sort, and writes them back the same', () => {
    const params = new URLSearchParams('q=369+OCGs&type=Question+Period+Note&year=2023&year=2024&sort=newest');
    const state = readState(params);
    expect(state).toEqual({
      query: '369 OCGs',
      filters: { type: ['Question Period Note'], source: [], year: ['2023', '2024'] },
      sort: 'newest',
      allPeriods: false,
    });
    expect(writeState(state).toString()).toBe(params.toString());
  });

  it('reads and writes a search over every period', () => {
    const params = new URLSearchParams('q=onus&periods=all');
    expect(readState(params)).toMatchObject({ query: 'onus', allPeriods: true });
    expect(writeState(readState(params)).toString()).toBe(params.toString());
    expect(readState(new URLSearchParams('q=onus&periods=some')).allPeriods).toBe(false);
  });

  it('ignores an unknown sort, repeated values and empty values', () => {
    expect(readState(new URLSearchParams('sort=sideways&type=&type=A&type=A'))).toMatchObject({ sort: 'relevance', filters: { type: ['A'] } });
  });

  it('leaves defaults out of the URL', () => {
    expect(writeState(readState(new URLSearchParams(''))).toString()).toBe('');
  });

  it('tells when there is anything to search for', () => {
    expect(hasCriteria(readState(new URLSearchParams('q=+++')))).toBe(false);
    expect(hasCriteria(readState(new URLSearchParams('year=2023')))).toBe(true);
  });
});

describe('normalizeQuery', () => {
  it('collapses and trims whitespace', () => {
    expect(normalizeQuery('  369 \n OCGs  ')).toBe('369 OCGs');
  });

  it(`cuts at ${MAX_QUERY_LENGTH} characters without splitting an emoji`, () => {
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normalizeQuery('🍁'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.endsWith('🍁')).toBe(true);
  });
});

describe('Pagefind options', () => {
  it('asks for any chosen value within a filter', () => {
    expect(pagefindFilters({ type: ['A', 'B'], source: [], year: ['2024'] })).toEqual({ type: { any: ['A', 'B'] }, year: { any: ['2024'] } });
  });

  it('sorts by date only when asked', () => {
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
  });
});

describe('result counts', () => {
  it('are counted in words a screen reader can say', () => {
    expect(resultCount(ui('en-CA').search, 1, 'IMVE')).toBe('1 result for “IMVE”');
    expect(resultCount(ui('en-CA').search, 3, '')).toBe('3 results');
  });
  it('are said in French on French pages', () => {
    expect(resultCount(ui('fr-CA').search, 2, 'caution')).toBe('2 résultats pour « caution »');
  });
});

describe('bestSubResults', () => {
  const sub = (url: string, hits: number): SubResult => ({ title: url, url, excerpt: '', locations: Array.from({ length: hits }, (_, i) => i) });

  it('puts the passages with the most matches first, keeping page order among equals', () => {
    const best = bestSubResults([sub('/a/#one', 1), sub('/a/#two', 4), sub('/a/#three', 1), sub('/a/#four', 2)], 3);
    expect(best.map((s) => s.url)).toEqual(['/a/#two', '/a/#four', '/a/#one']);
  });

  it('shows the page opening only when no anchored passage matched', () => {
    expect(bestSubResults([sub('/a/', 5), sub('/a/#x', 1)], 3).map((s) => s.url)).toEqual(['/a/#x']);
    expect(bestSubResults([sub('/a/', 5)], 3).map((s) => s.url)).toEqual(['/a/']);
  });
});
