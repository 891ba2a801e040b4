import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary file a file is written to before it is renamed into place: hidden, and named after the writing process. */
export function temporaryName(file: string, pid: number = process.pid): string {
  return join(dirname(file), `.${basename(file)}.${pid}.tmp`);
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file in the
 * same folder, which then replaces the old file in one rename, so that an
 * interrupted run never leaves a half-written file for a reader to find.
 */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = temporaryName(file);
  try {
    writeFileSync(temporary, text, { flush: true });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
