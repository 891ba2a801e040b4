import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CacheLockError, lockBuildCache } from '../../src/build/cache-lock.ts';

const CACHE = resolve('tests/.tmp/cache-lock');
const LOCK = join(CACHE, 'build.lock');

describe('the build cache lock', () => {
  afterEach(() => rmSync(CACHE, { recursive: true, force: true }));

  it('is taken and let go', () => {
    const lock = lockBuildCache(CACHE);
    expect(lock.afterInterruptedBuild).toBe(false);
    expect(existsSync(LOCK)).toBe(true);
    lock.release();
    expect(existsSync(LOCK)).toBe(false);
  });

  it('left by a process that has gone, is taken, and says the last build was stopped', () => {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(LOCK, '999999999');
    const lock = lockBuildCache(CACHE);
    expect(lock.afterInterruptedBuild).toBe(true);
    lock.release();
  });

  it('in the place of a folder of that name, is refused with an error that names it, and the folder is left as it was', () => {
    mkdirSync(join(LOCK, 'inside'), { recursive: true });
    expect(() => lockBuildCache(CACHE)).toThrow(CacheLockError);
    expect(() => lockBuildCache(CACHE)).toThrow(`${LOCK} is not a build's lock file (it is a folder); move or delete it`);
    expect(existsSync(join(LOCK, 'inside'))).toBe(true);
  });
});
