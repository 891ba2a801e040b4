import { describe, expect, it } from 'vitest';
import type { DocumentSection } from '../../src/lib/document-data.ts';
import { compareSections } from '../../src/lib/text-changes.ts';

const section = (heading: string | null, ...texts: string[]): DocumentSection => {
  const id = heading === null ? null : heading.toLowerCase().replace(/\W+/g, '-');
  return { id, heading, level: heading === null ? null : 2, blocks: texts.map((text, i) => ({ id: `${id ?? ''}p${i + 1}`, text })) };
};

describe('what changed between two versions', () => {
  const before = [
    section(
      'Suggested Response',
      'The Government takes foreign interference seriously.',
      'CSIS investigates threats.',
      'We will keep working with our allies.',
    ),
    section('Background', 'Foreign interference is a threat.', 'The Task Force monitors threats.'),
    section('Old notes', 'Something no longer said.'),
  ];
  const after = [
    section(
      'Suggested Response',
      'The Government takes foreign interference very seriously.',
      'CSIS investigates threats.',
      'A public inquiry began in September 2023.',
    ),
    section('Background', 'Foreign interference is a threat.', 'The Task Force monitors threats.'),
    section('Additional Information', 'The initial report was released on May 3, 2024.'),
  ];
  const changes = compareSections(before, after);

  it('goes section by section, saying which were added and removed', () => {
    expect(changes.map((c) => [c.heading, c.status])).toEqual([
      ['Suggested Response', 'changed'],
      ['Background', 'same'],
      ['Old notes', 'removed'],
      ['Additional Information', 'added'],
    ]);
  });

  it('marks the words of a rewritten paragraph, and keeps a paragraph with nothing in common as one removed and one added', () => {
    const [rewritten, same, removed, added] = changes[0]!.blocks;
    expect(rewritten).toMatchObject({ kind: 'changed', before: { id: 'suggested-responsep1' }, after: { id: 'suggested-responsep1' } });
    const words = rewritten!.kind === 'changed' ? rewritten!.words : [];
    expect(words.filter((w) => w.change === 'added').map((w) => w.text.trim())).toEqual(['very']);
    expect(words.filter((w) => w.change === 'removed')).toEqual([]);
    expect(words.map((w) => w.text).join('')).toBe('The Government takes foreign interference very seriously.');
    expect(same).toEqual({ kind: 'same', blocks: [{ id: 'suggested-responsep2', text: 'CSIS investigates threats.' }] });
    expect(removed).toMatchObject({ kind: 'removed', before: { text: 'We will keep working with our allies.' } });
    expect(added).toMatchObject({ kind: 'added', after: { text: 'A public inquiry began in September 2023.' } });
  });

  it('folds a run of unchanged paragraphs into one, with all of them', () => {
    expect(changes[1]!.blocks).toEqual([{ kind: 'same', blocks: after[1]!.blocks }]);
  });

  it('compares the text before the first heading too, and finds no change between a version and itself', () => {
    const lead = [section(null, 'Opening words.'), ...after];
    expect(compareSections(lead, lead).every((c) => c.status === 'same')).toBe(true);
    expect(compareSections([section(null, 'Opening words.')], [section(null, 'Opening words, revised.')])[0]!.status).toBe('changed');
  });
});
