/**
 * Runs before the browser tests: finds a Chromium, or provisions one
 * (Playwright's download where that works, else Debian's package when run as
 * root), or stops with a message saying exactly what to do.
 */
import { spawnSync } from 'node:child_process';
import { NO_CHROMIUM_MESSAGE, findChromium } from './browser.ts';

function attempt(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0 && findChromium() !== undefined;
}

const isRoot = process.getuid?.() === 0;
const found =
  findChromium() ??
  (attempt('npx', ['playwright', 'install', 'chromium']) || (isRoot && attempt('sh', ['-c', 'apt-get update && apt-get install -y chromium']))
    ? findChromium()
    : undefined);

if (!found) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.log(`Browser tests use ${found}`);
