// Electron main process: the desktop app's composition root. Services are created once in createApp; this
// file only adds the window, its security settings and the IPC transport. Bundled to out/main/main.js.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from './app/create-app.ts';
import { defaultDataDir, resolveDataDir } from './app/data-dir.ts';
import { checkDataFolder, writeDataLocation } from './app/data-location.ts';
import { startupFailureText } from './app/startup-failure.ts';
import { registerAppScheme, serveRenderer } from './ipc/app-protocol.ts';
import { withDesktopChannels } from './ipc/desktop-channels.ts';
import { registerApiIpc } from './ipc/register-api-ipc.ts';
import { APP_ENTRY_URL } from './ipc/trusted-sender.ts';
import { guardWebContents, hardenSession } from './ipc/window-guards.ts';

// Named from this source file; scripts/build-main.js re-points them for the bundle in out/main/.
const RENDERER_DIR = fileURLToPath(new URL('../out/renderer/', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../out/main/preload.cjs', import.meta.url));

// One data folder for the app and the CLI, wherever Settings moved it (app/data-dir.ts); the pointer to a
// moved folder lives in the default one. Chromium's own files go in a subfolder.
const homeDataDir = defaultDataDir();
const dataDir = resolveDataDir();
app.setPath('userData', dataDir);
app.setPath('sessionData', join(dataDir, 'electron'));
registerAppScheme();
// Every renderer sandboxed, whatever a future window forgets to say.
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // fail() sees start()'s failures too (then(start, fail) would leave them an unhandled rejection: no window, no word).
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  const services = await createApp({ dataDir: app.getPath('userData'), seedSample: true, warmIndex: true });
  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, RENDERER_DIR);
  const stopIpc = registerApiIpc({
    ipcMain,
    router: withDesktopChannels(services.router, {
      'desktop:pick-folder': async ({ title }) => {
        const options = { title, properties: ['openDirectory', 'createDirectory'] } satisfies Electron.OpenDialogOptions;
        const picked = await (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
        return { path: picked.canceled ? null : (picked.filePaths[0] ?? null) };
      },
      'desktop:use-data-folder': async ({ path }) => {
        await writeDataLocation(homeDataDir, await checkDataFolder(path));
        // After the reply reaches the window: quitting closes the database and workers (closeOnQuit).
        setTimeout(() => {
          app.relaunch();
          app.quit();
        }, 100);
        return { restarting: true };
      },
    }),
    events: services.events,
    appContents: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
  });
  closeOnQuit(services, stopIpc);
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('window-all-closed', () => app.quit());
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Concierge',
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would ask for a new window; the open handler refuses it, this stops it earlier.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Electron does not await quit handlers: hold the quit until the database and workers have closed. */
function closeOnQuit(services: App, stopIpc: () => void): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    stopIpc();
    services
      .close()
      .catch((error: unknown) => console.error('Closing Concierge failed:', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/**
 * A start-up failure (say, a database from a newer version) is shown to the user, not just logged: in the language
 * the window would have used (navigator.languages follows the app's locale; the system's list when it has none).
 */
function fail(error: unknown): void {
  console.error('Concierge failed to start:', error);
  const { title, content } = startupFailureText(error, [app.getLocale(), ...app.getPreferredSystemLanguages()].filter(Boolean));
  dialog.showErrorBox(title, content);
  app.exit(1);
}
