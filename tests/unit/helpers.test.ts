import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/lib/dates.ts';
import { neighboursAt, newestFirst, type DocumentSummary } from '../../src/lib/document-index.ts';
import { missingSentences, sourceSentences } from '../support/fidelity.ts';
import { nestHeadings } from '../../src/lib/toc.ts';
import { pageNumbers } from '../../src/lib/page-numbers.ts';
import { chunk } from '../../src/lib/sitemap.ts';
import { byYear, bySource } from '../../src/lib/listings.ts';

const doc = (url: string, date: string, title = url): DocumentSummary => ({
  collection: 'notes',
  lang: 'en-CA',
  typeLabel: 'Question Period Note',
  id: url,
  url,
  title,
  date,
  source: 'Org',
  summary: 'Summary.',
});

describe('document order', () => {
  it('lists newest first, then by title, so the order never depends on load order', () => {
    const ordered = newestFirst([doc('/a/', '2023-01-01'), doc('/c/', '2024-05-01', 'B'), doc('/b/', '2024-05-01', 'A')]);
    expect(ordered.map((d) => d.url)).toEqual(['/b/', '/c/', '/a/']);
  });

  it('finds the newer and older neighbours of a document', () => {
    const ordered = [doc('/new/', '2024-01-01'), doc('/mid/', '2023-01-01'), doc('/old/', '2022-01-01')];
    expect(neighboursAt(ordered, 1)).toEqual({ newer: ordered[0], older: ordered[2] });
    expect(neighboursAt(ordered, 0)).toEqual({ older: ordered[1] });
    expect(neighboursAt(ordered, -1)).toEqual({});
  });
});

describe('formatIsoDate', () => {
  it('writes dates as the Government of Canada note pages do', () => {
    expect(formatIsoDate('2023-12-12')).toBe('Dec 12, 2023');
    expect(formatIsoDate('2023-12-12', 'fr-CA')).toBe('12 déc. 2023');
    expect(formatIsoDate('2024-03-01', 'fr-CA')).toBe('1er mars 2024');
    expect(formatIsoDate('2024-11-02')).toBe('Nov 2, 2024');
    expect(formatIsoDate('0099-06-01')).toBe('Jun 1, 99');
    expect(formatIsoDate('2024-07-01', 'fr-CA')).toBe('1er juill. 2024');
  });
});

describe('contents list', () => {
  it('nests subsections under their section', () => {
    const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });
    expect(nestHeadings([h(3, 'Orphan'), h(2, 'A'), h(3, 'A1'), h(2, 'B')])).toEqual([
      { heading: h(3, 'Orphan'), children: [] },
      { heading: h(2, 'A'), children: [h(3, 'A1')] },
      { heading: h(2, 'B'), children: [] },
    ]);
  });
});

describe('fidelity sentences', () => {
  it('drops page junk, list markers and label colons, and splits sentences', () => {
    const original = 'close\nIssue/Question:\n• First point. Second point.\n- PS-1\n“Quoted.” Then more.\n';
    expect(sourceSentences(original, ['close'])).toEqual(['Issue/Question', 'First point.', 'Second point.', 'PS-1', '“Quoted.”', 'Then more.']);
  });

  it('reports a sentence whose words changed', () => {
    expect(missingSentences(['at least 369 OCGs.'], 'they said at least 396 OCGs.')).toEqual(['at least 369 OCGs.']);
    expect(missingSentences(['at least 369 OCGs.'], 'they said  at least\n369 OCGs.')).toEqual([]);
  });
});

describe('pageNumbers', () => {
  it('shows the first, last and neighbouring pages, with gaps, however many pages there are', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(5, 200)).toEqual([1, null, 4, 5, 6, null, 200]);
    expect(pageNumbers(3, 200)).toEqual([1, 2, 3, 4, null, 200]);
    expect(pageNumbers(200, 200)).toEqual([1, null, 199, 200]);
  });
});

describe('chunk', () => {
  it('splits sitemap entries into files of at most the given size, and always gives one file', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([[]]);
  });
});

describe('listings', () => {
  const dated = (date: string, source: string): DocumentSummary => ({ ...doc(`/${date}/${source}/`, date), source });
  it('group documents by year, newest first, and by source, alphabetically', () => {
    const docs = [
      dated('2024-01-02', 'Public Safety Canada'),
      dated('2023-05-01', 'Department of Justice Canada'),
      dated('2024-03-01', 'Public Safety Canada'),
    ];
    expect(byYear(docs).map((g) => [g.key, g.documents.length])).toEqual([
      ['2024', 2],
      ['2023', 1],
    ]);
    expect(bySource(docs, 'en-CA').map((g) => [g.key, g.label, g.documents.length])).toEqual([
      ['department-of-justice-canada', 'Department of Justice Canada', 1],
      ['public-safety-canada', 'Public Safety Canada', 2],
    ]);
  });
});
