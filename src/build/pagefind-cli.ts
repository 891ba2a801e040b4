/**
 * Runs Pagefind's own program over a folder of pages, as its command line
 * does. Its Node API runs the same program as a service that the build talks
 * to through pipes, and that costs a shard of 2,300 pages 10 s of processor
 * time where the command line costs 7.8 s, writing the same files.
 *
 * The program is run directly, not through the package's `pagefind` script,
 * which runs it as a child of a Node process of its own that a signal does
 * not pass through: this way a build that stops can stop it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';

const PACKAGE = join(import.meta.dirname, '../../node_modules/pagefind/package.json');

/** The version of Pagefind installed: a shard made by another is made again. */
export const PAGEFIND_VERSION = (JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string }).version;

/**
 * The program Pagefind's Node API would run: the package for this platform
 * is one of its optional dependencies, and the one with extended word
 * segmentation (Chinese, Japanese) is its first choice.
 */
function pagefindProgram(): string {
  const fromPackage = createRequire(PACKAGE);
  const folder = `@pagefind/${platform() === 'win32' ? 'windows' : platform()}-${arch()}/bin`;
  const suffix = platform() === 'win32' ? '.exe' : '';
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return fromPackage.resolve(`${folder}/${name}${suffix}`);
    } catch {
      // Not this one: try the next.
    }
  }
  throw new Error(`Pagefind has no program for ${platform()}-${arch()} installed (${folder}); run npm install again`);
}

const PROGRAM = pagefindProgram();

/** Pagefind processes running, stopped with the build however it ends. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill();
});

/** What a Pagefind index says it holds (pagefind-entry.json). */
interface PagefindEntry {
  languages?: Record<string, { page_count?: number }>;
}

/**
 * Indexes every HTML page under `site` into `output`. Pagefind's messages are
 * kept and given with any failure: a failed run, one stopped by a signal, or
 * an index of other than `count` pages (one Pagefind could not read).
 * `name` names the pages in the error.
 */
export async function runPagefind(site: string, output: string, count: number, name: string): Promise<void> {
  // Settings come from these arguments alone: Pagefind would read others from
  // PAGEFIND_ variables and a pagefind.yml in the folder it runs in, and a
  // shard in the cache is known by its pages, not by those.
  const environment = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PAGEFIND_')));
  // It runs in the folder of pages, so the output's path is made absolute: relative, it would be taken from there.
  const child = spawn(PROGRAM, ['--site', '.', '--output-path', resolve(output), '--quiet'], {
    cwd: site,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let messages = '';
  const keep = (chunk: Buffer) => (messages = (messages + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`Pagefind could not start for ${name}: ${error.message}`)));
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  }).finally(() => running.delete(child));
  if (code !== 0) throw new Error(`Pagefind could not index ${name} (${signal ? `stopped by ${signal}` : `exit ${code}`}): ${messages.trim()}`);
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  // Read as Pagefind 1.6 writes it; a Pagefind that writes it otherwise counts no pages, and the build stops saying so.
  const indexed = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  if (indexed !== count) throw new Error(`Pagefind indexed ${indexed} of the ${count} pages of ${name}: ${messages.trim()}`);
}
