import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../src-main/app/data-dir.ts';
import { checkDataFolder, DATA_LOCATION_FILE, readDataLocation, writeDataLocation } from '../../../src-main/app/data-location.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'concierge-data-location-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('data location', () => {
  it('reads back the folder it pointed to, and nothing before', () => {
    const home = join(root, 'home');
    expect(readDataLocation(home)).toBeNull();
    writeDataLocation(home, join(root, 'elsewhere'));
    expect(readDataLocation(home)).toBe(join(root, 'elsewhere'));
  });

  it('falls back to the default folder when the pointer is damaged or relative', () => {
    writeFileSync(join(root, DATA_LOCATION_FILE), '{"dataDir": ');
    expect(readDataLocation(root)).toBeNull();
    writeFileSync(join(root, DATA_LOCATION_FILE), JSON.stringify({ dataDir: 'relative/path' }));
    expect(readDataLocation(root)).toBeNull();
  });

  it('is where every command starts once Settings moved the data, unless CONCIERGE_DATA_DIR says otherwise', () => {
    const env = { HOME: root, XDG_DATA_HOME: join(root, 'share') };
    const home = defaultDataDir(env, 'linux');
    expect(home).toBe(join(root, 'share', 'concierge'));
    expect(resolveDataDir(env, 'linux')).toBe(home);
    writeDataLocation(home, join(root, 'moved'));
    expect(resolveDataDir(env, 'linux')).toBe(join(root, 'moved'));
    expect(resolveDataDir({ ...env, CONCIERGE_DATA_DIR: join(root, 'explicit') }, 'linux')).toBe(join(root, 'explicit'));
  });

  it('creates a missing folder and refuses a relative path, a file or a read-only folder', () => {
    expect(checkDataFolder(join(root, 'new', 'folder'))).toBe(join(root, 'new', 'folder'));
    expect(() => checkDataFolder('data')).toThrow(/not a full path/);
    writeFileSync(join(root, 'file.txt'), 'x');
    expect(() => checkDataFolder(join(root, 'file.txt'))).toThrow(expect.objectContaining({ code: 'data.not-a-folder' }));
    const readOnly = join(root, 'read-only');
    checkDataFolder(readOnly);
    chmodSync(readOnly, 0o500);
    try {
      if (process.getuid?.() === 0) {
        console.log('read-only folder check skipped: running as root, which may write anywhere');
      } else {
        expect(() => checkDataFolder(readOnly)).toThrow(expect.objectContaining({ code: 'data.not-writable' }));
      }
    } finally {
      chmodSync(readOnly, 0o700);
    }
  });
});
