import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../src-main/app/data-dir.ts';
import { makeReadOnly } from '../../helpers/read-only-file.ts';
import { checkDataFolder, DATA_LOCATION_FILE, readDataLocation, writeDataLocation } from '../../../src-main/app/data-location.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'concierge-data-location-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('data location', () => {
  it('reads back the folder it pointed to, and nothing before', async () => {
    const home = join(root, 'home');
    expect(readDataLocation(home)).toBeNull();
    await writeDataLocation(home, join(root, 'elsewhere'));
    expect(readDataLocation(home)).toBe(join(root, 'elsewhere'));
  });

  it('falls back to the default folder when the pointer is damaged or relative', () => {
    writeFileSync(join(root, DATA_LOCATION_FILE), '{"dataDir": ');
    expect(readDataLocation(root)).toBeNull();
    writeFileSync(join(root, DATA_LOCATION_FILE), JSON.stringify({ dataDir: 'relative/path' }));
    expect(readDataLocation(root)).toBeNull();
  });

  it('is where every command starts once Settings moved the data, unless CONCIERGE_DATA_DIR says otherwise', async () => {
    const env = { HOME: root, XDG_DATA_HOME: join(root, 'share') };
    const home = defaultDataDir(env, 'linux');
    expect(home).toBe(join(root, 'share', 'concierge'));
    expect(resolveDataDir(env, 'linux')).toBe(home);
    await writeDataLocation(home, join(root, 'moved'));
    expect(resolveDataDir(env, 'linux')).toBe(join(root, 'moved'));
    expect(resolveDataDir({ ...env, CONCIERGE_DATA_DIR: join(root, 'explicit') }, 'linux')).toBe(join(root, 'explicit'));
  });

  it('creates a missing folder and refuses a relative path, a file or a read-only folder', async () => {
    await expect(checkDataFolder(join(root, 'new', 'folder'))).resolves.toBe(join(root, 'new', 'folder'));
    await expect(checkDataFolder('data')).rejects.toThrow(/not a full path/);
    writeFileSync(join(root, 'file.txt'), 'x');
    await expect(checkDataFolder(join(root, 'file.txt'))).rejects.toMatchObject({ code: 'data.not-a-folder' });
    const readOnly = join(root, 'read-only');
    await checkDataFolder(readOnly);
    const made = makeReadOnly(readOnly, 'data-location');
    if (!made) return;
    try {
      await expect(checkDataFolder(readOnly)).rejects.toMatchObject({ code: 'data.not-writable' });
    } finally {
      made.release();
    }
  });

  it('gives up on a folder whose disk does not answer with a coded error, and keeps the thread free meanwhile', async () => {
    const folder = join(root, 'network-drive');
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 5);
    const started = Date.now();
    try {
      // A check that never settles: a hung network drive.
      const hung = checkDataFolder(folder, { check: () => new Promise<void>(() => {}), timeoutMs: 200 });
      await expect(hung).rejects.toMatchObject({
        name: 'UnavailableError',
        kind: 'unavailable',
        code: 'data.check-timed-out',
        params: { dir: folder, seconds: 1 },
        message: expect.stringContaining(`The data folder ${folder} did not answer`),
      });
    } finally {
      clearInterval(ticking);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(ticks).toBeGreaterThan(0); // the event loop ran while the check waited
  });

  it('answers as soon as a slow check does, within its time limit', async () => {
    const folder = join(root, 'slow-drive');
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 100));
    await expect(checkDataFolder(folder, { check: slow, timeoutMs: 2_000 })).resolves.toBe(folder);
  });
});
