import { lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from '../lib/running-process.ts';

/** The file a build holds while it uses a build cache: its process id. */
const LOCK_FILE = 'build.lock';

/**
 * Astro's record of the pages it rendered (astro.config.mjs, incremental
 * builds), beside its copies of them in the cache's `dist/`. It is written when
 * all pages are, so a build that stopped halfway can leave copies newer than
 * it: a later build with the record's inputs would take those copies, made
 * from other inputs. Without the record, every page is rendered.
 */
const PAGES_RECORD = 'incremental-build.json';

function holder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** A build cache that cannot be taken: another build that is still running holds it, or something other than a lock file has the lock's name. */
export class CacheLockError extends Error {}

export interface CacheLock {
  /** Whether the last build to hold the cache stopped without letting it go (killed, or the machine stopped). */
  afterInterruptedBuild: boolean;
  /** Forgets which pages the cache holds, so that the next build renders every page: after Astro stopped before the end. */
  forgetRenderedPages(): void;
  release(): void;
}

/**
 * Takes the build cache for this process. Two builds at once would write one
 * cache's page copies and record over each other, so a second one stops. A
 * lock whose process has gone was left by a build that was killed, so the
 * record of rendered pages is forgotten, as it would be by a build that
 * stopped before Astro was done.
 */
export function lockBuildCache(cacheDir: string): CacheLock {
  mkdirSync(cacheDir, { recursive: true });
  const lock = join(cacheDir, LOCK_FILE);
  const forgetRenderedPages = () => rmSync(join(cacheDir, PAGES_RECORD), { force: true });
  let afterInterruptedBuild = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Only a file is a lock: a folder or a link of that name is someone's, not a killed build's, and is left alone.
      const found = lstatSync(lock, { throwIfNoEntry: false });
      if (!found) continue;
      if (!found.isFile()) {
        throw new CacheLockError(
          `${lock} is not a build's lock file (it is ${found.isDirectory() ? 'a folder' : 'a link or special file'}); move or delete it`,
        );
      }
      const pid = holder(lock);
      if (pid !== undefined && pid !== process.pid && isRunning(pid)) {
        throw new CacheLockError(
          `another build (process ${pid}) is using the build cache ${cacheDir}; wait for it to end, or, if no build is running, delete ${lock}`,
        );
      }
      afterInterruptedBuild = true;
      forgetRenderedPages();
      rmSync(lock, { force: true });
    }
  }
  return { afterInterruptedBuild, forgetRenderedPages, release: () => rmSync(lock, { force: true }) };
}
