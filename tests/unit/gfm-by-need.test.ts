import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { gfmPartsFor, remarkGfmParts } from '../../src/markdown/gfm-by-need.ts';

const withAllOfGfm = unified().use(remarkParse).use(remarkGfm).freeze();
const byNeed = (markdown: string) => unified().use(remarkParse).use(remarkGfmParts, gfmPartsFor(markdown)).parse(markdown);

/** Pieces of Markdown near what GFM's literal links and tables start from, and the rest of its syntax. */
const PIECES = [
  ...['a', 'b', 'é', 'W', 'w', 'ww', 'wwx', 'H', 'h', 'ht', 'htt', 'htp', 'p', 'T', 'x.y', 'co.uk', '1', '2.', 'mailto', 'xmpp', 'ftp://'],
  ...[
    '.',
    ':',
    '-',
    '--',
    '---',
    '- ',
    ': ',
    '=',
    '+',
    '_',
    '*',
    '**',
    '~',
    '~~',
    '`',
    '#',
    '# ',
    ';',
    '/',
    '\\',
    '(',
    ')',
    '[',
    ']',
    '[^1]',
    '[ ] ',
    '!',
    '<',
    '>',
    '> ',
    '"',
  ],
  ...[' ', ' ', ' ', '  ', '\t', '\n', '\n', '\n\n', '    '],
  // What does start them, rarely, so that most texts have none.
  ...['www.', 'http://', 'https://', '@', '&#64;', '&amp;', '&#x77;', '|', ':-', '-:'],
];

/** A made-up text from a seeded generator (mulberry32), so that a failure is the same on every run. */
function madeUpTexts(count: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rare = PIECES.length - 10;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 60) }, () => {
      const index = Math.floor(random() * PIECES.length);
      // A starting piece is kept one time in four.
      return index >= rare && random() < 0.75 ? PIECES[Math.floor(random() * rare)]! : PIECES[index]!;
    }).join(''),
  );
}

describe('GFM by need', () => {
  it('finds an occasion for each part wherever it matches', () => {
    const cases: [string, string][] = [
      ['Visit www.example.org.', 'link'],
      ['Visit WWW.EXAMPLE.ORG.', 'link'],
      ['See HTTPS://example.org/a.', 'link'],
      ['Write to info@example.org.', 'link'],
      ['Write to info&#64;example.org.', 'link'],
      ['Write to info&commat;example.org.', 'link'],
      ['Visit &#x77;ww.example.org.', 'link'],
      ['Visit www\\.example.org.', 'link'],
      ['| a | b |\n| - | - |\n| 1 | 2 |', 'table'],
      ['a\n:-', 'table'],
      ['a\n-:', 'table'],
      ['> a\n> :--', 'table'],
    ];
    for (const [markdown, type] of cases) {
      const tree = byNeed(markdown);
      expect(JSON.stringify(tree), markdown).toContain(`"type":"${type}"`);
      expect(tree, markdown).toEqual(withAllOfGfm.parse(markdown));
    }
  });

  it('parses text without an occasion for a part to the tree all of GFM gives', () => {
    const texts = madeUpTexts(4000, 20261130);
    const without = { literalLinks: 0, tables: 0 };
    for (const text of texts) {
      const parts = gfmPartsFor(text);
      if (!parts.literalLinks) without.literalLinks += 1;
      if (!parts.tables) without.tables += 1;
      expect(byNeed(text), JSON.stringify(text)).toEqual(withAllOfGfm.parse(text));
    }
    // Most of them are parsed without a part, and some with it.
    expect(without.literalLinks).toBeGreaterThan(1000);
    expect(without.literalLinks).toBeLessThan(3800);
    expect(without.tables).toBeGreaterThan(1000);
    expect(without.tables).toBeLessThan(3800);
  });
});
