import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Putting files the build cache keeps into a built site: as hard links, which
 * cost no copying now and free no data when the site is replaced. Both sides
 * are only ever written as new files, never into, so the link is safe. Where
 * the cache is on another file system, or the file system has no hard links,
 * the file is copied.
 */
const CANNOT_LINK = ['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP'];

const cannotLink = (error: unknown) => CANNOT_LINK.includes((error as NodeJS.ErrnoException).code ?? '');

/** `cached` at `target`, linked or copied. */
export async function linkOrCopy(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch (error) {
    if (!cannotLink(error)) throw error;
    await copyFile(cached, target);
  }
}

/** `cached` at `target`, linked or copied, synchronously. */
export function linkOrCopySync(cached: string, target: string): void {
  try {
    linkSync(cached, target);
  } catch (error) {
    if (!cannotLink(error)) throw error;
    copyFileSync(cached, target);
  }
}

/** A folder's files at `target`, each linked or copied, in folders made anew; at its top level, only the names `keep` accepts. */
export function linkTreeSync(cached: string, target: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(cached, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const [from, to] = [join(cached, entry.name), join(target, entry.name)];
    if (entry.isDirectory()) linkTreeSync(from, to);
    else linkOrCopySync(from, to);
  }
}
