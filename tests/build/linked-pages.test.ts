import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeSpace } from '../support/fidelity.ts';
import { DIST } from '../support/built-site.ts';
import { contentFiles } from '../support/content-files.ts';

const data = <T>(name: string) => parse(readFileSync(join('content/data', name), 'utf8')) as T[];
const organizations = data<{ id: string; name: string; acronym?: string; description?: string }>('organizations.yaml');
const people = data<{ id: string; name: string; role: string; also_written?: string[] }>('people.yaml');
const terms = data<{ id: string; term: string; expansion: string; spelled_out: boolean; explanation?: string }>('glossary.yaml');
const events = data<{ id: string; date: string; precision: 'year' | 'month' | 'day'; what: string; document: string; paragraph: string }>('events.yaml');

/** Every original text, whitespace folded, list markers and all. */
const originals = contentFiles().map(({ file, data }) => {
  const provenance = data['provenance'] as { source: string };
  return normalizeSpace(readFileSync(join(file, '..', provenance.source), 'utf8'));
});
const saidInDocuments = (text: string) => originals.some((original) => original.includes(normalizeSpace(text)));

describe('linked pages state only what the documents say', () => {
  it.each(organizations)('organization $id: its name, acronym and description are the documents’ words', ({ name, acronym, description }) => {
    expect(saidInDocuments(name)).toBe(true);
    if (acronym) expect(saidInDocuments(acronym)).toBe(true);
    if (description) expect(saidInDocuments(description)).toBe(true);
  });

  it.each(people)('person $id: name and role are the documents’ words', ({ name, role, also_written = [] }) => {
    for (const words of [name, role, ...also_written]) expect(saidInDocuments(words), words).toBe(true);
  });

  it.each(terms)('term $id: used in the documents; an expansion marked spelled out is the documents’ own', ({ term, expansion, spelled_out, explanation }) => {
    expect(saidInDocuments(term)).toBe(true);
    if (spelled_out)
      expect(
        originals.some((o) => o.includes(`${expansion} (${term})`)),
        `${expansion} (${term})`,
      ).toBe(true);
    if (explanation) expect(saidInDocuments(explanation)).toBe(true);
  });

  it('spells out NSICOP in the note’s own words', () => {
    expect(terms.find((t) => t.term === 'NSICOP')).toMatchObject({
      expansion: 'National Security and Intelligence Committee of Parliamentarians',
      spelled_out: true,
    });
  });

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  it.each(events)('event $id: quoted from its document, which gives its date', ({ date, precision, what }) => {
    expect(saidInDocuments(what)).toBe(true);
    const [year, month] = date.split('-');
    expect(what).toContain(year);
    if (precision !== 'year') expect(what).toMatch(new RegExp(MONTHS[Number(month) - 1]!.slice(0, 3)));
  });
});

describe('every entity and event has its place and links both ways', () => {
  const built = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

  it.each(events)('event $id links to a paragraph that exists', ({ id, document, paragraph }) => {
    expect(built('timeline')).toContain(`href="/${document}/#${paragraph}"`);
    expect(built('timeline')).toContain(`id="${id}"`);
    expect(built(document)).toContain(`id="${paragraph}"`);
  });

  it('the timeline runs from the 2014 Moncton shooting to the article of Nov. 2, 2024', () => {
    const ids = [...built('timeline').matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids[0]).toBe('moncton-shooting');
    expect(ids.at(-1)).toBe('article-published');
    expect(ids).toHaveLength(events.length);
  });

  it('every organization and person has a page that links back to the documents that list it', () => {
    for (const doc of contentFiles()) {
      const page = built(doc.url);
      for (const id of (doc.data['organizations'] as string[]) ?? []) {
        expect(page).toContain(`href="/organizations/${id}/"`);
        expect(built(`organizations/${id}`)).toContain(`href="${doc.url}"`);
      }
      for (const id of (doc.data['people'] as string[]) ?? []) {
        expect(page).toContain(`href="/people/${id}/"`);
        expect(built(`people/${id}`)).toContain(`href="${doc.url}"`);
      }
    }
    expect(readdirSync(join(DIST, 'organizations')).filter((n) => !n.includes('.'))).toHaveLength(organizations.length);
    expect(readdirSync(join(DIST, 'people')).filter((n) => !n.includes('.'))).toHaveLength(people.length);
  });

  it('an entity page lists the paragraphs that name it', () => {
    expect(built('organizations/nsicop')).toContain('href="/notes/ps-2023-qp-1-mps-003/#background-p5"');
    expect(built('people/justin-trudeau')).toContain('href="/articles/csis-tracked-flow-of-intelligence-leak-investigation/#p13"');
  });

  it('the glossary has an anchor for every term, and a document’s first use of a term links to it', () => {
    for (const { id } of terms) expect(built('glossary')).toContain(`id="${id}"`);
    expect(built('notes/ps-2023-qp-1-mps-003')).toContain(
      '<a href="/glossary/#imve" class="term"><abbr title="ideologically motivated violent extremism">IMVE</abbr></a>',
    );
    expect(built('notes/ps-2023-qp-1-mps-003').match(/href="\/glossary\/#imve" class="term"/g)).toHaveLength(1);
  });

  it('each document shows the others that share organizations or terms with it', () => {
    expect(built('notes/ps-2023-qp-1-mps-003')).toMatch(/Related documents[\s\S]*href="\/articles\/csis-tracked-flow-of-intelligence-leak-investigation\/"/);
  });
});
