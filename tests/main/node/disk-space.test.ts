import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskError } from '../../../src-main/node/disk-space.ts';
import { mountSmallDisk } from '../../helpers/small-disk.ts';
import { makeTempDir } from '../store/temp-kb.ts';

describe('diskError()', () => {
  it('names a full disk with a code and the folder, beside the English that says what to do', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(diskError(full, 'download gpt2', tmpdir())).toMatchObject({
      name: 'UnavailableError',
      message: expect.stringMatching(/^Not enough disk space to download gpt2 in .*; free some space and try again$/),
      code: 'disk.full',
      params: { dir: tmpdir() },
    });
  });

  it('leaves any other error as it was, SQLite\'s "unable to open" too on a disk with room for files', () => {
    const other = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expect(diskError(other, 'download gpt2', tmpdir())).toBe(other);
    const cannotOpen = Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' });
    expect(diskError(cannotOpen, 'write a backup', tmpdir())).toBe(cannotOpen);
  });

  it('says a disk out of files (inodes) has no room for new files, not that it lacks space, for a file written for real', () => {
    const root = makeTempDir('concierge-disk-space-');
    const disk = mountSmallDisk(join(root, 'disk'), '8m', 'disk-space', 32);
    try {
      if (!disk) return;
      const dir = join(disk.dir, 'models');
      mkdirSync(dir);
      disk.fill();
      const file = join(dir, 'config.json');
      const error = (() => {
        try {
          writeFileSync(file, '{}');
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toMatchObject({ code: 'ENOSPC' });
      expect(diskError(error, `write ${file}`, dir)).toMatchObject({
        name: 'UnavailableError',
        kind: 'unavailable',
        code: 'disk.inodes-full',
        params: { dir },
        message: expect.stringMatching(/^No room for new files to write .*config\.json in .*: the disk holds as many files as it can \([1-9][\d.]* MB is still free\); delete files you do not need and try again$/),
      });
    } finally {
      disk?.unmount();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
