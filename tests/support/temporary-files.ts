import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: the tests' temporary folders, and those of the
 * builds and imports they run, go in one folder made for the run (TMPDIR,
 * which the test files and the processes they start inherit), removed when
 * the run ends, so that no run leaves any behind.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-tests-'));
  process.env['TMPDIR'] = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
