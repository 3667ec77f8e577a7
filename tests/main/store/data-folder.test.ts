import { accessSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { access, mkdir } from 'node:fs/promises';
import { dataFileWriteProblem, makeDataFolder, makeDataFolderAsync } from '../../../src-main/store/data-folder.ts';
import { openDatabase } from '../../../src-main/store/database.ts';
import { makeReadOnly } from '../../helpers/read-only-file.ts';
import { mountSmallDisk } from '../../helpers/small-disk.ts';
import { makeTempDir } from './temp-kb.ts';

let root: string;
beforeEach(() => {
  root = makeTempDir('concierge-data-folder-');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An error as Node's fs throws it: its code, and its wording, which names the call rather than the folder. */
const fsError = (code: string, call: string, path: string) => Object.assign(new Error(`${code}: ${call} '${path}'`), { code });

interface Failures {
  mkdir?: string;
  access?: (path: string) => string | undefined;
}

/**
 * Each form of makeDataFolder on the real file system, with `fail` deciding which calls throw instead (tests run
 * as root, which may write anywhere). Both return a promise, so one set of tests covers both.
 */
const forms: [string, (dir: string, fail?: Failures) => Promise<void>][] = [
  [
    'makeDataFolder()',
    async (dir, fail = {}) =>
      makeDataFolder(dir, {
        mkdirSync: (path, options) => {
          if (fail.mkdir) throw fsError(fail.mkdir, 'mkdir', path);
          return mkdirSync(path, options);
        },
        accessSync: (path, mode) => {
          const code = fail.access?.(path);
          if (code) throw fsError(code, 'access', path);
          accessSync(path, mode);
        },
        existsSync,
      }),
  ],
  [
    'makeDataFolderAsync()',
    (dir, fail = {}) =>
      makeDataFolderAsync(dir, {
        mkdir: async (path, options) => {
          if (fail.mkdir) throw fsError(fail.mkdir, 'mkdir', path);
          return mkdir(path, options);
        },
        access: async (path, mode) => {
          const code = fail.access?.(path);
          if (code) throw fsError(code, 'access', path);
          await access(path, mode);
        },
      }),
  ],
];

describe.each(forms)('%s', (_name, makeFolder) => {
  it('creates a missing folder', async () => {
    await makeFolder(join(root, 'a', 'b'));
    expect(existsSync(join(root, 'a', 'b'))).toBe(true);
  });

  it('names a folder that cannot be made (EACCES, EPERM) with a code instead of Node\'s wording', async () => {
    const dir = join(root, 'data');
    for (const code of ['EACCES', 'EPERM']) {
      await expect(makeFolder(dir, { mkdir: code }), code).rejects.toThrow(
        expect.objectContaining({
          name: 'InvalidInputError',
          message: `The data folder ${dir} cannot be written: permission denied; choose a folder you can write to`,
          code: 'data.not-writable',
          params: { dir },
        }),
      );
    }
  });

  it('names an existing folder that cannot be written: no permission, or a read-only disk', async () => {
    const dir = join(root, 'data');
    await expect(makeFolder(dir, { access: () => 'EACCES' })).rejects.toThrow(expect.objectContaining({ code: 'data.not-writable', params: { dir } }));
    await expect(makeFolder(dir, { access: () => 'EROFS' })).rejects.toThrow(
      `The data folder ${dir} cannot be written: it is on a read-only disk; choose a folder you can write to`,
    );
  });

  it('says a read-only disk for the ENOENT a recursive mkdir gives under one, by asking the nearest existing folder', async () => {
    const dir = join(root, 'new', 'data');
    const readOnlyRoot = { mkdir: 'ENOENT', access: (path: string) => (path === root ? 'EROFS' : undefined) };
    await expect(makeFolder(dir, readOnlyRoot)).rejects.toThrow(expect.objectContaining({ code: 'data.not-writable', params: { dir } }));
    // An ENOENT whose nearest folder can be written is not about writing: it is thrown as it came.
    await expect(makeFolder(dir, { mkdir: 'ENOENT' })).rejects.toThrow(`ENOENT: mkdir '${dir}'`);
  });

  it('still names a file in the folder\'s place as not a folder', async () => {
    const file = join(root, 'concierge.db');
    writeFileSync(file, 'x');
    await expect(makeFolder(file)).rejects.toThrow(expect.objectContaining({ code: 'data.not-a-folder', params: { dir: file } }));
  });
});

describe('makeDataFolder()', () => {
  it('refuses a read-only folder for real when opening the database', (context) => {
    const dir = join(root, 'read-only');
    mkdirSync(dir);
    const readOnly = makeReadOnly(dir, 'data-folder');
    if (!readOnly) return context.skip();
    try {
      expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'data.not-writable', params: { dir } }));
    } finally {
      readOnly.release();
    }
  });

  it('says a disk out of files (inodes) has no room for new files when opening the database would make the folder or the file', () => {
    const disk = mountSmallDisk(join(root, 'disk'), '8m', 'data-folder', 32);
    if (!disk) return;
    try {
      const made = join(disk.dir, 'made');
      mkdirSync(made);
      disk.fill();
      for (const dir of [join(disk.dir, 'new'), made]) {
        expect(() => openDatabase(dir), dir).toThrow(
          expect.objectContaining({ kind: 'unavailable', code: 'disk.inodes-full', params: { dir }, message: expect.stringMatching(/^No room for new files to create the (data folder|database) in /) }),
        );
      }
      disk.free();
      openDatabase(made).close();
    } finally {
      disk.unmount();
    }
  });
});

describe('dataFileWriteProblem()', () => {
  it('names a database file, or its WAL or shared-memory file, that cannot be written, and passes missing ones', () => {
    const file = join(root, 'concierge.db');
    expect(dataFileWriteProblem(file)).toBeNull();
    for (const locked of [file, `${file}-wal`, `${file}-shm`]) {
      const fs = { accessSync: (path: string) => void (path === locked && throwError(fsError('EACCES', 'access', path))) };
      expect(dataFileWriteProblem(file, fs), locked).toEqual(
        expect.objectContaining({
          name: 'InvalidInputError',
          code: 'data.file-not-writable',
          params: { file: locked },
          message: `The database file ${locked} cannot be written: permission denied; make it writable (chmod u+w) or choose another data folder`,
        }),
      );
    }
  });

  it('refuses a read-only database file in a writable folder for real when opening the database', (context) => {
    openDatabase(root).close();
    const file = join(root, 'concierge.db');
    const readOnly = makeReadOnly(file, 'data-folder');
    if (!readOnly) return context.skip();
    try {
      expect(() => openDatabase(root)).toThrow(expect.objectContaining({ code: 'data.file-not-writable', params: { file } }));
    } finally {
      readOnly.release();
    }
  });
});

function throwError(error: Error): never {
  throw error;
}
