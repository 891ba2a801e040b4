import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INVALID_CASES } from '../fixtures/content/invalid-cases.ts';

const FIXTURES = 'tests/fixtures/content';

/** Runs an Astro command against a fixture content folder, with a fresh content cache so that nothing carries over. */
function run(command: string, args: string[], contentDir: string) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build stops on invalid content and says what to fix', () => {
  for (const { name, problems } of INVALID_CASES) {
    it(`reports ${name}`, () => {
      const { status, output } = run('astro', ['sync', '--force'], `${FIXTURES}/${name}`);
      expect(status).not.toBe(0);
      for (const problem of problems) expect(output).toContain(problem);
    });
  }

  it('accepts the valid fixtures', () => {
    const { status, output } = run('astro', ['sync', '--force'], `${FIXTURES}/valid`);
    expect(output).not.toContain('Content is invalid');
    expect(status).toBe(0);
  });

  it('leaves no output behind when npm run build fails', () => {
    const outDir = 'tests/.tmp/failed-build';
    const { status, output } = run('node', ['scripts/build.ts', '--outDir', outDir, '--force'], `${FIXTURES}/missing-section`);
    expect(status).not.toBe(0);
    expect(output).toContain('body section "Background": is required');
    expect(output).toContain(`Build failed; ${outDir} was removed`);
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops on a mention of an organization that does not exist, naming the file and the entry', () => {
    const outDir = 'tests/.tmp/dangling-build';
    const { status, output } = run('node', ['scripts/build.ts', '--outDir', outDir, '--force'], `${FIXTURES}/dangling-reference`);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/dangling-reference/qp-notes/note.md → organizations: no entry "no-such-org" in content/data/organizations.yaml; add it there or fix the id',
    );
    expect(existsSync(outDir)).toBe(false);
  });
});
