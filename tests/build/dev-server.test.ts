import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTED_DIST } from '../support/built-site.ts';

/**
 * `astro dev` serves each document's .json from an Astro route
 * (src/pages/[...document].json.ts), where a build writes the files after
 * Astro (src/build/document-data-files.ts): the two must give the same bytes.
 */
const CACHE = 'tests/.tmp/dev-server/cache';
/** The imported site's content (tests/support/build-imported-site.ts): notes in both languages, and an article. */
const CONTENT = 'tests/.tmp/imported-site/content';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Starts `astro dev` on the imported site's content, with a build cache of its
 * own; resolves once it listens. `--ignore-lock` starts it beside any dev
 * server of this project already running, rather than refuse or replace it,
 * and in the foreground wherever it runs.
 */
function startDevServer(port: number): Promise<ChildProcess> {
  // Astro's dev server serves no pages when VITEST is set, taking itself for one a test runner embeds: this one is a user's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const server = spawn('astro', ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', BUILD_CACHE_DIR: CACHE, CONTENT_DIR: CONTENT },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(`127.0.0.1:${port}`)) resolve(server);
    };
    server.stdout!.on('data', listen);
    server.stderr!.on('data', listen);
    server.on('exit', (code) => reject(new Error(`astro dev ended (exit ${code}) before it listened:\n${output}`)));
  });
}

describe('the dev server', () => {
  let server: ChildProcess | undefined;
  let origin = '';

  beforeAll(async () => {
    rmSync(CACHE, { recursive: true, force: true });
    const port = await freePort();
    server = await startDevServer(port);
    origin = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(() => {
    server?.kill('SIGTERM');
    rmSync(CACHE, { recursive: true, force: true });
  });

  it("serves every document's .json byte for byte as the build writes it, in both languages", async () => {
    const files = globSync('{notes,fr/notes,articles}/*.json', { cwd: IMPORTED_DIST }).sort();
    expect(files.filter((file) => file.startsWith('fr/')).length).toBeGreaterThan(100);
    expect(files.filter((file) => file.startsWith('articles/')).length).toBe(1);
    for (const file of files) {
      const response = await fetch(`${origin}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toMatch(/^application\/json/);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(IMPORTED_DIST, file))), file).toBe(true);
    }
  });

  it('answers 404 for a .json of no document', async () => {
    expect((await fetch(`${origin}/notes/no-such-note.json`)).status).toBe(404);
  });
});
