// Disk space: what is free where, and a full disk turned into an error that says what to do. Synchronous
// (statfs is one system call) so the SQLite writes, which are synchronous, can use it too.
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { UnavailableError } from '../shared/errors.ts';

/** Bytes this user may still write on the file system that holds `path` (or its nearest existing parent). */
export function freeDiskBytes(path: string): number {
  try {
    const fs = statfsSync(path);
    return fs.bavail * fs.bsize;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT' || dirname(path) === path) throw error;
    return freeDiskBytes(dirname(path));
  }
}

/** Refuses work that needs `neededBytes` in `dir` before it starts, when they are not free there. */
export function checkDiskSpace(dir: string, neededBytes: number, what: string): void {
  const free = freeDiskBytes(dir);
  if (neededBytes > free) throw notEnoughSpace(what, dir, neededBytes, free);
}

/**
 * Disk full (ENOSPC, over quota, or SQLite's SQLITE_FULL) becomes an UnavailableError the user can act on: what
 * failed, in which folder, the space it needs (when known) and what is free now; other errors come back unchanged.
 */
export function diskError(error: unknown, what: string, dir: string, neededBytes?: number): unknown {
  const code = (error as { code?: string })?.code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT' && code !== 'SQLITE_FULL') return error;
  let free: number | null = null;
  try {
    free = freeDiskBytes(dir);
  } catch {
    // the message still says what failed and where
  }
  return notEnoughSpace(what, dir, neededBytes, free);
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function notEnoughSpace(what: string, dir: string, needed: number | undefined, free: number | null): UnavailableError {
  const figures = [needed === undefined ? '' : `it needs about ${mb(needed)}`, free === null ? '' : `${mb(free)} is free`];
  const detail = figures.filter(Boolean).join(', ');
  return new UnavailableError(
    `Not enough disk space to ${what} in ${dir}${detail ? ` (${detail})` : ''}; free some space and try again`,
  ).withCode('disk.full', { dir });
}
