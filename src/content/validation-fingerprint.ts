import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { DATA_DIR } from '../consts.ts';

/**
 * What validating a document's file depends on besides its text: the
 * project's code (the schemas, the loader's checks and all they import), its
 * reference data (the minister codes a note is checked against) and the
 * packages' versions. A change to any of them validates every file again.
 * Every file of src/ counts, rather than a list of the modules the checks
 * use, which could miss one.
 */
export function validationFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of globSync(['src/**', `${DATA_DIR}/**`, 'package-lock.json'], { cwd: root }).sort()) {
    hash.update(`${file}\u0000`).update(readFileSync(resolve(root, file))).update('\u0000');
  }
  return hash.digest('hex');
}
