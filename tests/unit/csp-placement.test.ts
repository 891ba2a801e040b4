import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headOf } from '../../src/integrations/security-headers.ts';
import { cspMetaFirst, cspMetaFirstInPage, policyPlacement } from '../../src/lib/csp-first.ts';
import { boundedDescription, headTags } from '../../src/lib/head.ts';

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const longDescription = 'Rail safety inspections were reviewed in every region. '.repeat(70);
/** A page as Astro writes it: the policy at the end of <head>, after every tag the page declares. */
const astroPage = (description: string) =>
  `<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>T</title><meta name="description" content="${description}"><link rel="icon" href="/favicon.svg">${POLICY}</head><body><p>Body</p></body></html>`;

describe('the Content-Security-Policy <meta>', () => {
  it('is moved to the top of <head>, right after <meta charset>, and nothing else moves', () => {
    const page = astroPage('Short.');
    const moved = cspMetaFirst(page);
    expect(moved).toBe(
      `<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8">${POLICY}<title>T</title><meta name="description" content="Short."><link rel="icon" href="/favicon.svg"></head><body><p>Body</p></body></html>`,
    );
    expect(cspMetaFirst(moved)).toBe(moved);
  });

  it('is moved the same way in a page as bytes, whose body is left as it was', () => {
    const pages = [
      astroPage('Réponse suggérée « 369 GCO »'),
      astroPage('x').replace('<p>Body</p>', '<p>Le SCRS 🇨🇦 — ½</p>'),
      cspMetaFirst(astroPage('Already first.')),
      astroPage('x').replace(POLICY, ''),
      '<p>No head at all: déjà vu</p>',
    ];
    for (const page of pages) {
      expect(cspMetaFirstInPage(Buffer.from(page)).toString('utf8')).toBe(cspMetaFirst(page));
    }
  });

  it('is reported where it is: first, late (so the tags before it are not covered) or missing', () => {
    expect(policyPlacement(cspMetaFirst(astroPage('x')))).toBe('first');
    expect(policyPlacement(astroPage('x'))).toBe('late');
    expect(policyPlacement(astroPage('x').replace(POLICY, ''))).toBe('missing');
  });

  it('is found however long the head before it: the whole <head> is read, not a fixed number of bytes', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-head-')), 'index.html');
    writeFileSync(file, astroPage(longDescription.repeat(10)));
    const head = headOf(file);
    expect(head.length).toBeGreaterThan(38_000);
    expect(policyPlacement(head)).toBe('late');
    expect(head).not.toContain('<body>');
  });

  it('is read whole whichever bytes of the head a read of the file ends on: inside </head>, or inside a character', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-head-'));
    const page = (description: string) => astroPage(description).replace('<p>Body</p>', `<p>${'Corps « é » '.repeat(3000)}</p>`);
    const headBytes = (description: string) => Buffer.byteLength(astroPage(description).split('</head>')[0]!);
    // Reads are 16 KB: the head is made to end 1 to 6 bytes before the first read does, so that </head> straddles it,
    // and with a two-byte character last, so that a read ends inside it.
    for (const shortBy of [1, 3, 6, 7]) {
      const pad = 16 * 1024 - shortBy - headBytes('');
      const description = `${'a'.repeat(pad - 2)}é`;
      expect(headBytes(description)).toBe(16 * 1024 - shortBy);
      const file = join(dir, `straddle-${shortBy}.html`);
      writeFileSync(file, page(description));
      expect(headOf(file)).toBe(page(description).split('</head>')[0]);
    }
  });
});

describe('description tags', () => {
  it('are at most 200 characters, cut at a word and marked with …, however long the summary', () => {
    expect(boundedDescription(longDescription)).toBe(`${'Rail safety inspections were reviewed in every region. '.repeat(3)}Rail safety inspections were…`);
    expect(boundedDescription(longDescription).length).toBeLessThanOrEqual(200);
    expect(boundedDescription('A short summary.')).toBe('A short summary.');
    const tags = headTags({ title: 'T', description: longDescription, canonical: new URL('https://example.ca/') });
    for (const { attrs } of tags.filter(({ attrs }) => /description/.test(attrs['name'] ?? attrs['property'] ?? '')))
      expect(attrs['content']!.length).toBeLessThanOrEqual(200);
  });
});
