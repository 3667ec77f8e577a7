// A file made read-only for every user, root included (whom chmod does not bind): bind-mounted over itself, then the
// mount made read-only. The folder it is in stays writable. Mounting needs root (or CAP_SYS_ADMIN).
import { execFileSync } from 'node:child_process';

export interface ReadOnlyFile {
  /** Makes the file writable again (unmounts). */
  release(): void;
}

/** Makes `file` read-only; null, with a printed reason naming `test`, when it cannot. */
export function makeReadOnly(file: string, test: string): ReadOnlyFile | null {
  try {
    execFileSync('mount', ['--bind', file, file], { stdio: 'pipe' });
  } catch (error) {
    console.warn(`[${test}] read-only database test skipped: cannot bind-mount a file (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', file], { stdio: 'pipe' });
  } catch (error) {
    execFileSync('umount', [file]);
    console.warn(`[${test}] read-only database test skipped: cannot make a bind mount read-only (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
  // Lazily: a process that still has the file open keeps reading it read-only; every new open writes.
  return { release: () => execFileSync('umount', ['-l', file]) };
}
