import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validationFingerprint } from '../../src/content/validation-fingerprint.ts';
import { DATA_DIR } from '../../src/consts.ts';

const ROOT = resolve('tests/.tmp/validation-fingerprint');

describe('the fingerprint of the checks a document passed', () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it('changes with any file of the code, the reference data or the locked packages, and with nothing else', () => {
    rmSync(ROOT, { recursive: true, force: true });
    const write = (file: string, text: string) => {
      mkdirSync(join(ROOT, file, '..'), { recursive: true });
      writeFileSync(join(ROOT, file), text);
    };
    write('src/schemas/qp-note.ts', 'export const schema = 1;');
    write('src/lib/deep/helper.ts', 'export const helper = 1;');
    write(`${DATA_DIR}/minister-choices/minister.json`, '{}');
    write('package-lock.json', '{"lockfileVersion":3}');
    write('content/qp-notes/a-note.md', '---\ntitle: A\n---\n');
    const seen = [validationFingerprint(ROOT)];
    const changes: [string, string][] = [
      ['content/qp-notes/a-note.md', '---\ntitle: B\n---\n'],
      ['README.md', 'Words.'],
    ];
    for (const [file, text] of changes) {
      write(file, text);
      expect(validationFingerprint(ROOT), file).toBe(seen[0]);
    }
    for (const [file, text] of [
      ['src/lib/deep/helper.ts', 'export const helper = 2;'],
      ['src/new-module.ts', 'export {};'],
      [`${DATA_DIR}/minister-choices/minister.json`, '{"a":1}'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
    ] as const) {
      write(file, text);
      const now = validationFingerprint(ROOT);
      expect(seen, file).not.toContain(now);
      seen.push(now);
    }
  });
});
