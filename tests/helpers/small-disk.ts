// A small tmpfs: a real file system that really fills up. Mounting needs root (or CAP_SYS_ADMIN).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Writes filler files until the disk is full, of bytes or of files (the last write fails with ENOSPC). */
  fill(): void;
  /** Removes the filler files. */
  free(): void;
  unmount(): void;
}

/**
 * Mounts a tmpfs of `size` (e.g. '3m') at `dir`, holding at most `files` files and folders (its inodes, its root
 * folder included) when given: fill() then runs out of those first. Null, with a printed reason naming `test`, when
 * it cannot.
 */
export function mountSmallDisk(dir: string, size: string, test: string, files?: number): SmallDisk | null {
  mkdirSync(dir, { recursive: true });
  try {
    const options = [`size=${size}`, ...(files === undefined ? [] : [`nr_inodes=${files}`])].join(',');
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    console.warn(`[${test}] disk-full test skipped: cannot mount a small tmpfs (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
  const fillers: string[] = [];
  return {
    dir,
    fill() {
      try {
        for (;;) {
          fillers.push(join(dir, `filler-${fillers.length}`));
          writeFileSync(fillers.at(-1)!, Buffer.alloc(16 * 1024, 1));
        }
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
      }
    },
    free() {
      for (const filler of fillers.splice(0)) rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', dir]);
    },
  };
}
