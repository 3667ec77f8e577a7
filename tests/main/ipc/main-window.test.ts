import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE } from '../../../src-main/ipc/ipc-channels.ts';
import { APP_ENTRY_URL } from '../../../src-main/ipc/trusted-sender.ts';
import { contentSecurityPolicy } from '../../../src-main/server/content-security-policy.ts';
import { electronEvent, fakeElectronModule, fakeWebContents } from './fake-electron.ts';

// src-main/main.ts itself, started against a stand-in for the `electron` module (the binary cannot be installed
// here) and the real services on a temporary data folder: what it asks of Electron is what the app ships with.
const electron = vi.hoisted(() => ({ fake: null as ReturnType<typeof fakeElectronModule> | null }));
vi.mock('electron', async () => {
  const { fakeElectronModule: make } = await import('./fake-electron.ts');
  electron.fake = make();
  return electron.fake.module;
});

describe('main.ts (Electron main process)', () => {
  let dataDir: string;
  let fake: ReturnType<typeof fakeElectronModule>;
  const env = { ...process.env };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-main-'));
    process.env.CONCIERGE_DATA_DIR = dataDir;
    process.env.CONCIERGE_STARTER = 'off'; // no starter model training in the background of a unit test
    await import('../../../src-main/main.ts');
    fake = electron.fake!;
    fake.emitReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
  });

  afterAll(async () => {
    fake?.module.app.quit(); // closes the services through main.ts's will-quit handler
    await vi.waitFor(() => expect(fake.calls.quit).toBe(2), { timeout: 30_000 });
    process.env = env;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens one window on the app protocol with every renderer defence on', () => {
    const [window] = fake.windows;
    expect(window!.loaded).toEqual([APP_ENTRY_URL]);
    const preferences = window!.options.webPreferences!;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(preferences.preload).toMatch(/out[/\\]main[/\\]preload\.cjs$/);
    // Nothing that loosens the defaults: Node in subframes, experimental features, remote module, blink features.
    for (const key of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures', 'enableRemoteModule', 'additionalArguments']) {
      expect(preferences, key).not.toHaveProperty(key);
    }
  });

  it('sandboxes every renderer process and keeps its data in the data folder', () => {
    expect(fake.calls.enableSandbox).toBe(1);
    expect(fake.paths.get('userData')).toBe(dataDir);
  });

  it('guards every web contents it creates: navigation and window.open are refused', () => {
    const { contents } = fake.windows[0]!;
    const navigation = electronEvent();
    contents.emitter.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });

    const later = fakeWebContents('about:blank'); // say, a devtools or a future window
    fake.appEvents.emit('web-contents-created', electronEvent(), later.contents);
    expect(later.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
  });

  it('denies permissions and sends the CSP on the default session', async () => {
    const { defaultSession } = fake;
    const camera = await new Promise<boolean>((resolve) =>
      defaultSession.permissionRequest()({ getURL: () => APP_ENTRY_URL } as WebContents, 'media', resolve),
    );
    expect(camera).toBe(false);
    const headers = await new Promise<Record<string, string[]> | undefined>((resolve) =>
      defaultSession.headersListener()({ url: APP_ENTRY_URL, responseHeaders: {} }, (result) => resolve(result.responseHeaders)),
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy()] });
    expect((await defaultSession.protocolHandler('app')(new Request('app://evil/index.html'))).status).toBe(404);
  });

  it('answers IPC only from the window it opened', async () => {
    const handler = fake.calls.ipcHandlers.get(IPC_INVOKE)!;
    const { contents } = fake.windows[0]!;
    const own = { url: APP_ENTRY_URL, parent: null };
    const reply = await handler({ sender: contents.contents, senderFrame: own } as unknown as IpcMainInvokeEvent, 'faq:categories', {});
    expect(reply).toMatchObject({ ok: true });
    const stranger = fakeWebContents(APP_ENTRY_URL).contents;
    const refused = await handler({ sender: stranger, senderFrame: own } as unknown as IpcMainInvokeEvent, 'faq:categories', {});
    expect(refused).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
  });

  it('checks the sender before the desktop-only channels too: no dialog, no data-folder move for a stranger', async () => {
    const handler = fake.calls.ipcHandlers.get(IPC_INVOKE)!;
    const stranger = fakeWebContents(APP_ENTRY_URL).contents;
    const event = { sender: stranger, senderFrame: { url: APP_ENTRY_URL, parent: null } } as unknown as IpcMainInvokeEvent;
    for (const [channel, input] of [['desktop:pick-folder', { title: 'x' }], ['desktop:use-data-folder', { path: dataDir }]] as const) {
      expect(await handler(event, channel, input), channel).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    }
    expect(fake.calls.openDialogs).toEqual([]);
    expect(fake.calls.relaunch).toBe(0);
    // The app's own window does reach the picker.
    const own = await handler({ sender: fake.windows[0]!.contents.contents, senderFrame: { url: APP_ENTRY_URL, parent: null } } as unknown as IpcMainInvokeEvent, 'desktop:pick-folder', { title: 'x' });
    expect(own).toEqual({ ok: true, result: { path: null } });
    expect(fake.calls.openDialogs).toHaveLength(1);
  });
});
