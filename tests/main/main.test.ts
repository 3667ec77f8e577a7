// The desktop app's entry (src-main/main.ts) with Electron stood in for: what the user sees when Concierge cannot
// start. The Electron binary cannot be installed here; the stand-in records the dialog and the exit.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src-main/store/database.ts';
import { makeTempDir } from './store/temp-kb.ts';

const electron = vi.hoisted(() => ({ userData: '', dialogs: [] as [title: string, content: string][], exits: [] as number[] }));

vi.mock('electron', () => ({
  app: {
    setPath: (name: string, path: string) => {
      if (name === 'userData') electron.userData = path;
    },
    getPath: () => electron.userData,
    enableSandbox: () => undefined,
    on: () => undefined,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getLocale: () => 'zh-CN',
    getPreferredSystemLanguages: () => ['en-US'],
    exit: (code: number) => void electron.exits.push(code),
  },
  dialog: { showErrorBox: (title: string, content: string) => void electron.dialogs.push([title, content]) },
  protocol: { registerSchemesAsPrivileged: () => undefined },
  shell: {},
  session: {},
  ipcMain: {},
  BrowserWindow: class {},
}));

let dir: string | undefined;
afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the desktop app (main.ts)', () => {
  it('shows a failure to start (a database from a newer version) in a dialog in the app\'s language, and exits', async () => {
    dir = makeTempDir('concierge-main-');
    openDatabase(dir).close();
    const raw = new BetterSqlite3(join(dir, DATABASE_FILE));
    raw.pragma('user_version = 99990');
    raw.close();
    vi.stubEnv('CONCIERGE_DATA_DIR', dir);

    await import('../../src-main/main.ts');
    await vi.waitFor(() => expect(electron.exits).toEqual([1]));
    expect(electron.dialogs).toEqual([
      ['Concierge 无法启动', `数据库 ${join(dir, DATABASE_FILE)} 由更新版本的 Concierge 写入。请先更新 Concierge 再打开它。`],
    ]);
  });
});
