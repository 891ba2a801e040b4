import { describe, expect, it } from 'vitest';
import { findSeries, normalizedTitle, windowAround, type SeriesCandidate } from '../../src/lib/series.ts';

const PS = 'Public Safety Canada';
let next = 0;
const note = (title: string, date: string, organization = PS, follows?: string): SeriesCandidate => {
  next += 1;
  return { id: `n${next}`, referenceNumber: `REF-${next}`, organization, title, date, follows };
};
const seriesOf = (notes: SeriesCandidate[], member: SeriesCandidate) =>
  findSeries(notes)
    .get(member.id)
    ?.map((n) => n.title);

describe('a title as a series compares it', () => {
  it.each([
    ['Foreign interference in Canadian elections – December 2023', 'foreign interference in canadian elections'],
    ['Foreign Interference in Canadian Elections (June 2024)', 'foreign interference in canadian elections'],
    ['Foreign interference  in Canadian elections—2024-06-10', 'foreign interference in canadian elections'],
    ['Foreign interference in Canadian elections: June 10, 2024', 'foreign interference in canadian elections'],
    ['Foreign interference in Canadian elections - Fall 2023', 'foreign interference in canadian elections'],
    ['Foreign interference in Canadian elections, Q3 2023', 'foreign interference in canadian elections'],
    ['Foreign interference in Canadian elections 2023-24', 'foreign interference in canadian elections'],
    ['Ingérence étrangère dans les élections canadiennes – décembre 2023', 'ingerence etrangere dans les elections canadiennes'],
    ['Ingérence étrangère dans les élections canadiennes (1er juin 2024)', 'ingerence etrangere dans les elections canadiennes'],
  ])('%s → %s', (title, normalized) => {
    expect(normalizedTitle(title)).toBe(normalized);
  });

  it('keeps every word and number that is not a trailing date: bills, years inside the title, acronyms', () => {
    expect(normalizedTitle('Foreign interference in Canadian elections – Bill C-70')).toBe('foreign interference in canadian elections bill c 70');
    expect(normalizedTitle('COVID-19 vaccines')).toBe('covid 19 vaccines');
    expect(normalizedTitle('The 2023 wildfires and recovery')).toBe('the 2023 wildfires and recovery');
    expect(normalizedTitle('2024')).toBe('2024');
  });
});

describe('notes form a series', () => {
  it('by organization and normalized title, oldest first, whatever order they come in', () => {
    const v3 = note('Foreign Interference in Canadian Elections (June 2024)', '2024-06-10');
    const v1 = note('Foreign interference in Canadian elections', '2023-06-12');
    const v2 = note('Foreign interference in Canadian elections – December 2023', '2023-12-11');
    const notes = [v3, v1, v2];
    for (const member of notes) expect(seriesOf(notes, member)).toEqual([v1.title, v2.title, v3.title]);
  });

  it('never across organizations, nor between titles that only share a beginning', () => {
    const original = note('Foreign interference in Canadian elections', '2023-06-12');
    const otherOrganization = note('Foreign interference in Canadian elections', '2023-12-11', 'Canadian Security Intelligence Service');
    const longerTitle = note('Foreign interference in Canadian elections – Bill C-70', '2024-06-10');
    const shorterTitle = note('Foreign interference', '2024-06-10');
    const series = findSeries([original, otherOrganization, longerTitle, shorterTitle]);
    expect(series.size).toBe(0);
  });

  it('through `follows`, for a note whose title changed, joined with the series of the note it follows', () => {
    const v1 = note('Border security', '2023-06-12');
    const v2 = note('Border security – December 2023', '2023-12-11');
    const renamed = note('Irregular crossings at Roxham Road', '2024-06-10', PS, v2.referenceNumber);
    const unrelated = note('Irregular crossings', '2024-06-10', PS, 'NO-SUCH-NOTE');
    const notes = [renamed, v2, v1, unrelated];
    expect(seriesOf(notes, v1)).toEqual([v1.title, v2.title, renamed.title]);
    expect(seriesOf(notes, unrelated)).toBeUndefined();
  });

  it('ends on `follows` that form a loop, or that point at a note already in the series', () => {
    const a = note('Alpha', '2023-06-12');
    const b = note('Beta', '2023-12-11', PS, a.referenceNumber);
    a.follows = b.referenceNumber;
    const c = note('Alpha – December 2023', '2024-06-10', PS, b.referenceNumber);
    expect(seriesOf([a, b, c], c)).toEqual([a.title, b.title, c.title]);
  });

  it('grows with the notes, not their pairs: 50,000 notes in 10,000 series of five', () => {
    const notes = Array.from({ length: 50_000 }, (_, i) =>
      note(`Issue ${i % 10_000} of the session – June ${2020 + Math.floor(i / 10_000)}`, `${2020 + Math.floor(i / 10_000)}-06-10`),
    );
    const series = findSeries(notes);
    expect(series.size).toBe(50_000);
    expect(new Set(series.values()).size).toBe(10_000);
    expect(series.get(notes[0]!.id)!.map((n) => n.date)).toEqual(['2020-06-10', '2021-06-10', '2022-06-10', '2023-06-10', '2024-06-10']);
  });
});

describe('the versions a page lists', () => {
  it('are at most nine around the current one, all of a short series', () => {
    expect(windowAround(3, 0, 9)).toEqual({ start: 0, end: 3 });
    expect(windowAround(40, 20, 9)).toEqual({ start: 16, end: 25 });
    expect(windowAround(40, 1, 9)).toEqual({ start: 0, end: 9 });
    expect(windowAround(40, 39, 9)).toEqual({ start: 31, end: 40 });
  });
});
