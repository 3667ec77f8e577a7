import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-results', 'electron');

/** The Electron binary, found the way node_modules/electron/index.js does, without triggering its download. */
function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

function skipReason(): string | null {
  if (!electronBinary()) {
    return (
      'the Electron binary is not installed (node_modules/electron/dist is missing: npm ci ran with ' +
      'ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the download failed). Install it with "npx install-electron" to run this test.'
    );
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset); run the tests under xvfb-run.';
  }
  return null;
}

const reason = skipReason();
if (reason) console.warn(`[electron e2e] skipped: ${reason}`);

describe.skipIf(reason !== null)('Electron app', () => {
  let dataDir: string;
  let app: ElectronApplication;
  let window: Page;

  beforeAll(async () => {
    // The bundles and better-sqlite3 rebuilt for Electron (out/native), as `npm start` makes them.
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build-main.js')], { cwd: ROOT });
    if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) throw new Error('Run "vite build" first (npm run test:e2e does)');
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-electron-'));
    await mkdir(ARTIFACTS, { recursive: true });
    app = await _electron.launch({
      executablePath: electronBinary()!,
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, CONCIERGE_DATA_DIR: dataDir },
    });
    window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  // Page scripts are strings: this project's test tsconfig has no DOM types.
  it('opens one sandboxed window on the app protocol, showing the sample FAQ', async () => {
    expect(app.windows()).toHaveLength(1);
    expect(window.url()).toBe('app://concierge/index.html');
    const reply = await window.evaluate(`window.concierge.invoke('faq:list', {})`);
    expect(reply).toMatchObject({ ok: true, result: { total: expect.any(Number) } });
    expect((reply as { result: { total: number } }).result.total).toBeGreaterThan(0);
    await window.screenshot({ path: join(ARTIFACTS, 'window.png') });
  });

  it('exposes only the API object: no Node, no ipcRenderer', async () => {
    const exposed = await window.evaluate(`({
      keys: Object.keys(window.concierge),
      require: typeof require,
      process: typeof process,
      ipcRenderer: 'ipcRenderer' in window,
    })`);
    expect(exposed).toEqual({ keys: ['invoke', 'on'], require: 'undefined', process: 'undefined', ipcRenderer: false });
  });

  it('enforces the CSP: no eval, no inline script', async () => {
    const blocked = await window.evaluate(`(() => {
      let evalBlocked = false;
      try { eval('1'); } catch { evalBlocked = true; }
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return { evalBlocked, inlineRan: window.inlineRan === true };
    })()`);
    expect(blocked).toEqual({ evalBlocked: true, inlineRan: false });
  });

  it('blocks navigation and new windows', async () => {
    // Not http(s), so nothing is handed to the system browser during the test.
    await window.evaluate(`window.open('file:///etc/hostname')`);
    await window.evaluate(`location.href = 'file:///etc/hostname'`);
    await window.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(window.url()).toBe('app://concierge/index.html');
  });
});
