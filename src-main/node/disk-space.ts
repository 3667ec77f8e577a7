// Disk space: what is free where, and a full disk (of bytes, or of files) turned into an error that says what to
// do. Synchronous (statfs is one system call) so the SQLite writes, which are synchronous, can use it too.
import { statfsSync, type StatsFs } from 'node:fs';
import { dirname } from 'node:path';
import { UnavailableError } from '../shared/errors.ts';

/** statfs of the file system that holds `path` (or its nearest existing parent). */
function diskStats(path: string): StatsFs {
  try {
    return statfsSync(path);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT' || dirname(path) === path) throw error;
    return diskStats(dirname(path));
  }
}

/** Bytes this user may still write on the file system that holds `path` (or its nearest existing parent). */
export function freeDiskBytes(path: string): number {
  const fs = diskStats(path);
  return fs.bavail * fs.bsize;
}

/** Refuses work that needs `neededBytes` in `dir` before it starts, when they are not free there. */
export function checkDiskSpace(dir: string, neededBytes: number, what: string): void {
  const free = freeDiskBytes(dir);
  if (neededBytes > free) throw notEnoughSpace(what, dir, neededBytes, free);
}

/**
 * Free file slots (inodes) under which a file system counts as out of them. Not zero: a write that creates a file
 * may create a companion too (SQLite's journal beside a VACUUM INTO copy), and by the time the error is looked at
 * the half-made file has been removed, giving its slot back.
 */
const FEW_FILES_LEFT = 8;

/** Errors a full disk gives: Node's ENOSPC (which running out of inodes gives too), over quota, SQLite's SQLITE_FULL. */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/**
 * Disk full (ENOSPC, over quota, or SQLite's SQLITE_FULL) becomes an UnavailableError the user can act on: what
 * failed, in which folder, the space it needs (when known) and what is free now (disk.full). A disk with no room
 * for new files (out of inodes, however much space is free) is disk.inodes-full; SQLite says that one as
 * SQLITE_CANTOPEN ("unable to open database file"), which is turned only when the disk is out of them. Other errors
 * come back unchanged.
 */
export function diskError(error: unknown, what: string, dir: string, neededBytes?: number): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code === undefined || (!DISK_FULL_CODES.has(code) && code !== 'SQLITE_CANTOPEN')) return error;
  let fs: StatsFs | null = null;
  try {
    fs = diskStats(dir);
  } catch {
    // the message still says what failed and where
  }
  const free = fs && fs.bavail * fs.bsize;
  // A file system that does not count its files (btrfs) says 0 of 0.
  if (fs && fs.files > 0 && fs.ffree < FEW_FILES_LEFT) {
    return new UnavailableError(
      `No room for new files to ${what} in ${dir}: the disk holds as many files as it can (${mb(fs.bavail * fs.bsize)} is still free); delete files you do not need and try again`,
    ).withCode('disk.inodes-full', { dir });
  }
  if (!DISK_FULL_CODES.has(code)) return error;
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
