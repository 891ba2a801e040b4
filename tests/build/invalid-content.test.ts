import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVALID_CASES } from '../fixtures/content/invalid-cases.ts';
import { IMPORTED_DIST } from '../support/built-site.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/build-cache.ts';

const FIXTURES = 'tests/fixtures/content';

/** Every file of a built site, so that a build that changed any of it would show. */
const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

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

  it.each([
    [{ SEARCH_SHARD_PAGES: '0' }, 'SEARCH_SHARD_PAGES must be a whole number of pages from 1 to 9999999; got "0"'],
    [{ SEARCH_SHARD_PAGES: '12 pages' }, 'SEARCH_SHARD_PAGES must be a whole number of pages'],
    [{ SEARCH_CHUNK_LOCATIONS: '6e3' }, 'SEARCH_CHUNK_LOCATIONS must be a whole number of word locations from 1 to 9999999; got "6e3"'],
    [{ ASTRO_HEAP_MB: '-1' }, 'ASTRO_HEAP_MB must be a whole number of megabytes'],
    [{ BUILD_CACHE_DIR: 'tests/.tmp/settings-build/cache' }, 'BUILD_CACHE_DIR must be outside the built site; "tests/.tmp/settings-build/cache" is in'],
    [{ BUILD_CACHE_DIR: 'tests/.tmp/settings-build.partial' }, 'BUILD_CACHE_DIR must be outside the built site'],
  ])('a build with %o stops before it starts, naming the setting', (env, message) => {
    const result = spawnSync('node', ['scripts/build.ts', '--outDir', 'tests/.tmp/settings-build'], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync('tests/.tmp/settings-build.partial/index.html')).toBe(false);
  });

  it('a failed build leaves the previous site as it was, and no partial one', () => {
    const outDir = 'tests/.tmp/failed-build';
    rmSync(outDir, { recursive: true, force: true });
    cpSync(IMPORTED_DIST, outDir, { recursive: true });
    const before = listing(outDir);
    const { status, output } = run('node', ['scripts/build.ts', '--outDir', outDir, '--force'], `${FIXTURES}/missing-section`);
    expect(status).not.toBe(0);
    expect(output).toContain('body section "Background": is required');
    expect(output).toContain(`Build failed; ${outDir} is the previous build, unchanged.`);
    expect(listing(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.partial`)).toBe(false);
  });

  const INTERRUPTIONS = [
    // Once pages are being written into the new build, and before it is done.
    // Astro's record of the pages it rendered is forgotten: some copies of them in the cache may be newer than it.
    { moment: 'halfway through the pages', reached: (outDir: string) => existsSync(join(`${outDir}.partial`, 'notes')), pagesRecorded: false },
    // Once Astro has finished and exited: the search index and the compressed copies are being made.
    { moment: 'while the search index is made', reached: (_outDir: string, output: string) => output.includes('[pagefind] indexing'), pagesRecorded: true },
  ];

  for (const { moment, reached, pagesRecorded } of INTERRUPTIONS) {
    it(`an interrupted build (Ctrl-C ${moment}) leaves the previous site whole`, async () => {
      const outDir = 'tests/.tmp/interrupted-build';
      // Nothing left by an earlier run may stand in for the moment waited for.
      for (const dir of [outDir, `${outDir}.partial`, `${outDir}.previous`]) rmSync(dir, { recursive: true, force: true });
      cpSync(IMPORTED_DIST, outDir, { recursive: true });
      writeFileSync(join(outDir, 'previous-build.txt'), 'the site before the interrupted build');
      const before = listing(outDir);
      const pagesRecord = join(BUILD_CACHE_DIR, 'incremental-build.json');
      writeFileSync(pagesRecord, '{}');
      // Its own process group, so that Ctrl-C can be sent to the build and everything it started, as a terminal does.
      const build = spawn('node', ['scripts/build.ts', '--outDir', outDir, '--force'], {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CONTENT_DIR: 'tests/.tmp/imported-site/content', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      let output = '';
      build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
      while (!reached(outDir, output) && build.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(build.exitCode, output).toBeNull();
      process.kill(-build.pid!, 'SIGINT');
      expect(await exited).not.toBe(0);
      expect(output).toContain(`Build interrupted (SIGINT); ${outDir} is the previous build, unchanged.`);
      expect(listing(outDir)).toEqual(before);
      expect(existsSync(`${outDir}.partial`)).toBe(false);
      expect(existsSync(pagesRecord)).toBe(pagesRecorded);
    });
  }

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
