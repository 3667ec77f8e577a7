// A file or folder made read-only for the user running the tests. As root, whom chmod does not bind, it is
// bind-mounted over itself and the mount made read-only (writes then fail with EROFS); the folder it is in stays
// writable. Mounting needs root (or CAP_SYS_ADMIN); any other user is bound by its mode, so chmod a-w does it.
import { chmodSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface ReadOnlyFile {
  /** Makes it writable again (unmounts, or gives back its mode). */
  release(): void;
}

/** Makes the file or folder `path` read-only; null, with a printed reason naming `test`, when it cannot. */
export function makeReadOnly(path: string, test: string): ReadOnlyFile | null {
  const stats = statSync(path);
  const mode = stats.mode & 0o7777;
  if (process.getuid?.() !== 0) {
    chmodSync(path, mode & ~0o222);
    return { release: () => chmodSync(path, mode) };
  }
  const what = stats.isDirectory() ? 'folder' : 'file';
  try {
    execFileSync('mount', ['--bind', path, path], { stdio: 'pipe' });
  } catch (error) {
    console.warn(`[${test}] read-only ${what} test skipped: running as root, and cannot bind-mount a ${what} (${firstLine(error)})`);
    return null;
  }
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', path], { stdio: 'pipe' });
  } catch (error) {
    execFileSync('umount', [path]);
    console.warn(`[${test}] read-only ${what} test skipped: running as root, and cannot make a bind mount read-only (${firstLine(error)})`);
    return null;
  }
  // Lazily: a process that still has the file open keeps reading it read-only; every new open writes.
  return { release: () => execFileSync('umount', ['-l', path]) };
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];
