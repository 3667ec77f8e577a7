import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { diskError } from '../../../src-main/node/disk-space.ts';

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

  it('leaves any other error as it was', () => {
    const other = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expect(diskError(other, 'download gpt2', tmpdir())).toBe(other);
  });
});
