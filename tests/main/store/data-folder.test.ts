import { accessSync, chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDataFolder, type DataFolderFs } from '../../../src-main/store/data-folder.ts';
import { openDatabase } from '../../../src-main/store/database.ts';
import { makeTempDir } from './temp-kb.ts';

let root: string;
beforeEach(() => {
  root = makeTempDir('concierge-data-folder-');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An error as Node's fs throws it: its code, and its wording, which names the call rather than the folder. */
const fsError = (code: string, call: string, path: string) => Object.assign(new Error(`${code}: ${call} '${path}'`), { code });

/** The real file system, with `fail` deciding which calls throw instead (tests run as root, which may write anywhere). */
function failing(fail: { mkdir?: string; access?: (path: string) => string | undefined }): DataFolderFs {
  return {
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
  };
}

describe('makeDataFolder()', () => {
  it('creates a missing folder', () => {
    makeDataFolder(join(root, 'a', 'b'));
    expect(existsSync(join(root, 'a', 'b'))).toBe(true);
  });

  it('names a folder that cannot be made (EACCES, EPERM) with a code instead of Node\'s wording', () => {
    const dir = join(root, 'data');
    for (const code of ['EACCES', 'EPERM']) {
      expect(() => makeDataFolder(dir, failing({ mkdir: code })), code).toThrow(
        expect.objectContaining({
          name: 'InvalidInputError',
          message: `The data folder ${dir} cannot be written: permission denied; choose a folder you can write to`,
          code: 'data.not-writable',
          params: { dir },
        }),
      );
    }
  });

  it('names an existing folder that cannot be written: no permission, or a read-only disk', () => {
    const dir = join(root, 'data');
    expect(() => makeDataFolder(dir, failing({ access: () => 'EACCES' }))).toThrow(expect.objectContaining({ code: 'data.not-writable', params: { dir } }));
    expect(() => makeDataFolder(dir, failing({ access: () => 'EROFS' }))).toThrow(
      `The data folder ${dir} cannot be written: it is on a read-only disk; choose a folder you can write to`,
    );
  });

  it('says a read-only disk for the ENOENT a recursive mkdir gives under one, by asking the nearest existing folder', () => {
    const dir = join(root, 'new', 'data');
    const readOnlyRoot = failing({ mkdir: 'ENOENT', access: (path) => (path === root ? 'EROFS' : undefined) });
    expect(() => makeDataFolder(dir, readOnlyRoot)).toThrow(expect.objectContaining({ code: 'data.not-writable', params: { dir } }));
    // An ENOENT whose nearest folder can be written is not about writing: it is thrown as it came.
    expect(() => makeDataFolder(dir, failing({ mkdir: 'ENOENT' }))).toThrow(`ENOENT: mkdir '${dir}'`);
  });

  it('still names a file in the folder\'s place as not a folder', () => {
    const file = join(root, 'concierge.db');
    writeFileSync(file, 'x');
    expect(() => makeDataFolder(file)).toThrow(expect.objectContaining({ code: 'data.not-a-folder', params: { dir: file } }));
  });

  // The real condition needs a user the permissions bind: root may write anywhere.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) console.warn('[data-folder] read-only folder test skipped: running as root, which may write anywhere (the CLI test meets it as nobody)');
  it.skipIf(asRoot)('refuses a read-only folder for real when opening the database', () => {
    const dir = join(root, 'read-only');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    try {
      expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'data.not-writable', params: { dir } }));
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
