import { describe, expect, it } from 'vitest';
import { firstSearchShards, periodOf, planShards, type IndexedPage } from '../../src/search/shards.ts';

function pages(
  count: number,
  language = 'en-CA',
  dates = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
) {
  return Array.from({ length: count }, (_, i): IndexedPage => ({ file: `notes/n${i}/index.html`, language, date: dates(i) }));
}

describe('search shards', () => {
  it('names the half-year of a date, and refuses what is not a date', () => {
    expect(periodOf('2024-01-01')).toBe('2024-h1');
    expect(periodOf('2024-06-30')).toBe('2024-h1');
    expect(periodOf('2024-07-01')).toBe('2024-h2');
    expect(periodOf('2024-12-31')).toBe('2024-h2');
    for (const bad of ['', '2024-6-1', '2024-06-01T00:00', 'June 2024']) expect(() => periodOf(bad)).toThrow(/not a date/);
  });

  it('splits each language by half-year, newest first, and never mixes languages', () => {
    const shards = planShards([...pages(24), ...pages(12, 'fr-CA')]);
    expect(shards.map((s) => s.name)).toEqual(['en-ca-2024-h2', 'en-ca-2024-h1', 'fr-ca-2024-h2', 'fr-ca-2024-h1']);
    for (const shard of shards) {
      expect(shard.parts).toBe(1);
      expect(shard.name.startsWith(shard.language.toLowerCase())).toBe(true);
    }
    expect(shards.reduce((sum, s) => sum + s.files.length, 0)).toBe(36);
  });

  it('splits a half-year larger than the bound into near-equal parts, contiguous in date, every page in exactly one', () => {
    const all = pages(1_001, 'en-CA', (i) => `2024-07-${String(1 + (i % 31)).padStart(2, '0')}`);
    const shards = planShards(all, 250);
    expect(shards.map((s) => [s.name, s.files.length])).toEqual([
      ['en-ca-2024-h2-p1', 201],
      ['en-ca-2024-h2-p2', 201],
      ['en-ca-2024-h2-p3', 201],
      ['en-ca-2024-h2-p4', 201],
      ['en-ca-2024-h2-p5', 197],
    ]);
    for (const [newer, older] of shards.slice(0, -1).map((s, i) => [s, shards[i + 1]!] as const)) expect(newer.from >= older.to).toBe(true);
    expect(new Set(shards.flatMap((s) => s.files)).size).toBe(1_001);
  });

  it('is the same whatever order the pages come in', () => {
    const all = pages(500);
    expect(planShards([...all].reverse(), 100)).toEqual(planShards(all, 100));
  });

  it('puts every date in one period when asked, for comparing with one unsplit index', () => {
    expect(planShards(pages(30), 1_000, false).map((s) => [s.name, s.files.length])).toEqual([['en-ca-all', 30]]);
  });

  it('has a first search load the newest shard, and older ones only while they hold under half the bound', () => {
    expect(firstSearchShards([{ pages: 1_900 }, { pages: 2_000 }], 2_000)).toBe(1);
    expect(firstSearchShards([{ pages: 10 }, { pages: 300 }, { pages: 2_000 }, { pages: 5 }], 2_000)).toBe(3);
    expect(firstSearchShards([{ pages: 10 }], 2_000)).toBe(1);
    // However the shards fall, a first search loads fewer than 1.5 times the bound.
    const sizes = Array.from({ length: 200 }, (_, i) => ({ pages: 1 + ((i * 7919) % 2_000) }));
    for (let start = 0; start < 150; start += 1) {
      const list = sizes.slice(start);
      const count = firstSearchShards(list, 2_000);
      expect(list.slice(0, count).reduce((sum, s) => sum + s.pages, 0)).toBeLessThan(3_000);
    }
  });
});
