/**
 * Whether a process is still running, by its id: how a file left by a writer
 * or a build (a temporary file, a lock) is told from one whose owner was
 * killed before it could clean up.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
