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

  it('groups consecutive half-years from the oldest while they fit, newest shard first, and never mixes languages', () => {
    // 12 pages a half-year from 2015 to 2024, in two languages.
    const all = [
      ...pages(240, 'en-CA', (i) => `${2015 + Math.floor(i / 24)}-${String(1 + (i % 12)).padStart(2, '0')}-15`),
      ...pages(240, 'fr-CA', (i) => `${2015 + Math.floor(i / 24)}-${String(1 + (i % 12)).padStart(2, '0')}-15`).map((page) => ({
        ...page,
        file: `fr/${page.file}`,
      })),
    ];
    const shards = planShards(all, 50);
    expect(shards.filter((s) => s.language === 'en-CA').map((s) => [s.name, s.files.length])).toEqual([
      ['en-ca-2023-h1-2024-h2', 48],
      ['en-ca-2021-h1-2022-h2', 48],
      ['en-ca-2019-h1-2020-h2', 48],
      ['en-ca-2017-h1-2018-h2', 48],
      ['en-ca-2015-h1-2016-h2', 48],
    ]);
    for (const shard of shards) for (const file of shard.files) expect(file.startsWith('fr/')).toBe(shard.language === 'fr-CA');
    expect(shards.map((s) => s.files.length).reduce((a, b) => a + b)).toBe(480);
  });

  it('changes only the newest shard when a newer note comes', () => {
    const all = pages(240, 'en-CA', (i) => `${2015 + Math.floor(i / 24)}-${String(1 + (i % 12)).padStart(2, '0')}-15`);
    const before = planShards(all, 50);
    const after = planShards([...all, { file: 'notes/next/index.html', language: 'en-CA', date: '2024-12-31' }], 50);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.files).toEqual(['notes/next/index.html', ...before[0]!.files]);
  });

  it('splits a half-year larger than the bound into near-equal parts of its own, contiguous in date, every page in exactly one', () => {
    const all = [
      ...pages(1_001, 'en-CA', (i) => `2024-07-${String(1 + (i % 31)).padStart(2, '0')}`),
      ...pages(10, 'en-CA', () => '2024-03-01').map((page, i) => ({ ...page, file: `notes/older-${i}/index.html` })),
    ];
    const shards = planShards(all, 250);
    expect(shards.map((s) => [s.name, s.files.length])).toEqual([
      ['en-ca-2024-h2-p1', 201],
      ['en-ca-2024-h2-p2', 201],
      ['en-ca-2024-h2-p3', 201],
      ['en-ca-2024-h2-p4', 201],
      ['en-ca-2024-h2-p5', 197],
      ['en-ca-2024-h1', 10],
    ]);
    for (const [newer, older] of shards.slice(0, -1).map((s, i) => [s, shards[i + 1]!] as const)) expect(newer.from >= older.to).toBe(true);
    expect(new Set(shards.flatMap((s) => s.files)).size).toBe(1_011);
  });

  it('is the same whatever order the pages come in', () => {
    const all = pages(500);
    expect(planShards([...all].reverse(), 100)).toEqual(planShards(all, 100));
  });

  it('puts every date in one period when asked, for comparing with one unsplit index', () => {
    expect(planShards(pages(30), 1_000, false).map((s) => [s.name, s.files.length])).toEqual([['en-ca-all', 30]]);
  });

  it('has a first search load the newest shard, and older ones only while they hold under a quarter of the bound', () => {
    expect(firstSearchShards([{ pages: 500 }, { pages: 2_000 }], 2_000)).toBe(1);
    expect(firstSearchShards([{ pages: 10 }, { pages: 300 }, { pages: 2_000 }, { pages: 5 }], 2_000)).toBe(3);
    expect(firstSearchShards([{ pages: 10 }], 2_000)).toBe(1);
    // However the shards fall, a first search loads fewer than 1.25 times the bound.
    const sizes = Array.from({ length: 200 }, (_, i) => ({ pages: 1 + ((i * 7919) % 2_000) }));
    for (let start = 0; start < 150; start += 1) {
      const list = sizes.slice(start);
      const count = firstSearchShards(list, 2_000);
      expect(list.slice(0, count).reduce((sum, s) => sum + s.pages, 0)).toBeLessThan(2_500);
    }
  });
});
