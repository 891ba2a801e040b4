import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { IMPORTED_DIST, builtPage, one, readableText } from '../support/built-site.ts';

/**
 * The notes of tests/fixtures/open-data/edge-cases.csv, imported and built
 * into the imported-notes site (npm run build:imported-site): each row is one
 * that stopped the import or the build, or changed what a page says, before
 * the importer and the build handled it.
 */
const page = (url: string) => builtPage(url, IMPORTED_DIST);
const meta = (url: string, name: string) => select(`meta[name="${name}"], meta[property="${name}"]`, page(url))?.properties['content'];
/** The About panel as label → value. */
function about(url: string): Record<string, string> {
  const panel = one('dl', page(url));
  const labels = selectAll('dt', panel).map((dt) => toString(dt).trim());
  const values = selectAll('dd', panel).map((dd) => toString(dd).trim());
  return Object.fromEntries(labels.map((label, i) => [label, values[i]!]));
}
const rawHead = (url: string) => readFileSync(join(IMPORTED_DIST, url, 'index.html'), 'utf8').split('</head>')[0]!;

describe('minister codes of the data set’s own choices list', () => {
  it('an office code (MT) shows its title, and the minister who held it on the note’s date', () => {
    expect(about('/notes/tc-2021-qp-0001/')).toMatchObject({ 'Name of Minister': 'Garneau, Marc (Hon.)', 'Title of Minister': 'Minister of Transport' });
    expect(about('/fr/notes/tc-2021-qp-0001/')).toMatchObject({ 'Nom du ministre': 'Garneau, Marc (L’hon.)', 'Titre du ministre': 'Ministre des Transports' });
  });

  it('a minister code (Jonathan Wilkinson) shows the title the list gives it', () => {
    expect(about('/notes/ec-2020-qp-0002/')).toMatchObject({
      'Name of Minister': 'Jonathan Wilkinson',
      'Title of Minister': 'Minister of Environment and Climate Change',
    });
  });

  it('a code the list does not know is shown as the name, with no title', () => {
    const rows = about('/notes/fin-2019-qp-0004/');
    expect(rows['Name of Minister']).toBe('Nobody Known');
    expect(rows).not.toHaveProperty('Title of Minister');
  });
});

describe('values that YAML could read as another type', () => {
  it('a reference number 0b101 and a title 2024-03-18 reach the page as written', () => {
    expect(readableText(one('h1', page('/notes/0b101/')))).toContain('2024-03-18');
    expect(about('/notes/0b101/')['Reference number']).toBe('0b101');
    expect(readableText(one('.prose', page('/notes/0b101/')))).toContain('0o17');
  });
});

describe('a first paragraph of 3,500 characters', () => {
  const url = '/notes/ec-2020-qp-0002/';

  it('builds, with the Content-Security-Policy first in <head>, after <meta charset>', () => {
    expect(rawHead(url)).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" /i);
  });

  it('gives description tags of at most 200 characters, cut at a word and marked', () => {
    for (const name of ['description', 'og:description', 'twitter:description']) {
      const description = String(meta(url, name));
      expect(description.length, name).toBeLessThanOrEqual(200);
      expect(description, name).toMatch(/^Rail safety inspections, .*\w…$/);
    }
  });

  it('keeps the whole paragraph on the page', () => {
    const question = readFileSync('tests/fixtures/open-data/edge-cases.csv', 'utf8').match(/"(Rail safety inspections[^\r\n"]+)/)![1]!;
    expect(question.length).toBeGreaterThan(3400);
    expect(readableText(one('.prose', page(url))).replace(/\s+/g, ' ')).toContain(question);
  });
});

describe('headings inside a field', () => {
  it('setext headings (=== and ---) are lowered below the section: one h1, and only the real sections as h2', () => {
    const tree = page('/notes/tc-2021-qp-0001/');
    expect(selectAll('h1', tree)).toHaveLength(1);
    expect(selectAll('.prose h2', tree).map((h: Element) => readableText(h).trim())).toEqual(['Issue/Question', 'Suggested Response', 'Background']);
    expect(selectAll('.prose h3', tree).map((h: Element) => readableText(h).trim())).toEqual(['Setext headings', 'Suggested Response']);
  });
});

describe('an organization name of 341 characters', () => {
  it('gets a bounded link-preview image path that exists', () => {
    const image = String(meta('/notes/fin-2019-qp-0004/', 'og:image'));
    const path = new URL(image).pathname;
    expect(path.split('/').at(-1)!.length).toBeLessThanOrEqual(100);
    expect(existsSync(join(IMPORTED_DIST, path))).toBe(true);
  });
});
