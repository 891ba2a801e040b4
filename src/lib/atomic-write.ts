import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './running-process.ts';

/** The temporary file a file is written to before it is renamed into place: hidden, and named after the writing process. */
function temporaryName(file: string, pid: number = process.pid): string {
  return join(dirname(file), `.${basename(file)}.${pid}.tmp`);
}

/** The process that wrote a temporary file, from its name; undefined for any other file. */
function temporaryFileWriter(name: string): number | undefined {
  const pid = /^\..+\.(\d+)\.tmp$/.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/**
 * Removes from a folder the temporary files of writers that were killed
 * before they could clean up (kill -9, a power cut), leaving those of a
 * writer still running; returns the files removed.
 */
export function removeStaleTemporaryFiles(folder: string): string[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(folder).flatMap((name) => {
    const pid = temporaryFileWriter(name);
    if (pid === undefined || isRunning(pid)) return [];
    rmSync(join(folder, name), { force: true });
    return [join(folder, name)];
  });
}

/**
 * Writes a file whole or not at all: its contents go to a temporary file in the
 * same folder, which then replaces the old file in one rename, so that an
 * interrupted run never leaves a half-written file for a reader to find.
 * A durable write (the default) also reaches the disk before the rename, so
 * that not even a power cut leaves an empty file in its place; a cache that
 * checks what it reads can do without, as waiting for the disk on every file
 * is most of the time such a cache takes to write.
 */
export function writeAtomically(file: string, contents: string | Uint8Array, { durable = true }: { durable?: boolean } = {}): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = temporaryName(file);
  try {
    writeFileSync(temporary, contents, { flush: durable });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
