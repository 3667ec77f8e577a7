// Stand-ins shaped like Electron's objects. The Electron binary cannot be installed here (no download), so the
// guards are tested as units: each fake records what the code under test asked of it and nothing more.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';

type Listener = (...args: unknown[]) => unknown;

/** A cancellable Electron event: records preventDefault(). */
export function electronEvent() {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

export interface FakeContents {
  contents: WebContents;
  emitter: EventEmitter;
  setUrl(url: string): void;
  /** The handler passed to setWindowOpenHandler, as window.open / target=_blank would call it. */
  openWindow(url: string): WindowOpenHandlerResponse;
  sent: unknown[][];
}

export function fakeWebContents(url = 'about:blank'): FakeContents {
  const emitter = new EventEmitter();
  let current = url;
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  const sent: unknown[][] = [];
  const contents = Object.assign(emitter, {
    getURL: () => current,
    isDestroyed: () => false,
    send: (...args: unknown[]) => void sent.push(args),
    setWindowOpenHandler: (handler: (details: HandlerDetails) => WindowOpenHandlerResponse) => void (openHandler = handler),
  }) as unknown as WebContents;
  return {
    contents,
    emitter,
    sent,
    setUrl: (next) => void (current = next),
    openWindow(target) {
      if (!openHandler) throw new Error('no window open handler was set');
      return openHandler({ url: target, frameName: '', features: '', disposition: 'new-window', referrer: { url: current, policy: 'default' } } as HandlerDetails);
    },
  };
}

type PermissionRequest = (contents: WebContents, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
type PermissionCheck = (contents: WebContents | null, permission: string, requestingOrigin: string, details?: unknown) => boolean;
type HeadersListener = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void;

export interface FakeSession {
  session: Session;
  headersListener(): HeadersListener;
  permissionRequest(): PermissionRequest;
  permissionCheck(): PermissionCheck;
  protocolHandler(scheme: string): (request: Request) => Promise<Response>;
}

export function fakeSession(): FakeSession {
  let headers: HeadersListener | null = null;
  let request: PermissionRequest | null = null;
  let check: PermissionCheck | null = null;
  const protocols = new Map<string, (request: Request) => Promise<Response>>();
  const session = {
    webRequest: { onHeadersReceived: (listener: HeadersListener) => void (headers = listener) },
    setPermissionRequestHandler: (handler: PermissionRequest) => void (request = handler),
    setPermissionCheckHandler: (handler: PermissionCheck) => void (check = handler),
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void protocols.set(scheme, handler) },
  } as unknown as Session;
  const required = <T>(value: T | null, what: string): T => {
    if (!value) throw new Error(`${what} was never set`);
    return value;
  };
  return {
    session,
    headersListener: () => required(headers, 'webRequest.onHeadersReceived'),
    permissionRequest: () => required(request, 'setPermissionRequestHandler'),
    permissionCheck: () => required(check, 'setPermissionCheckHandler'),
    protocolHandler: (scheme) => required(protocols.get(scheme) ?? null, `protocol.handle('${scheme}')`),
  };
}

/**
 * The `electron` module as main.ts uses it: app, BrowserWindow, dialog, ipcMain, session, protocol, shell.
 * `ready` resolves app.whenReady(); every call is recorded for the test to assert on.
 */
export function fakeElectronModule() {
  const appEvents = new EventEmitter();
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const paths = new Map<string, string>();
  const windows: { options: BrowserWindowConstructorOptions; loaded: string[]; contents: FakeContents }[] = [];
  const defaultSession = fakeSession();
  const calls = {
    enableSandbox: 0,
    quit: 0,
    exit: [] as number[],
    errorBoxes: [] as string[][],
    openDialogs: [] as unknown[],
    relaunch: 0,
    schemes: [] as unknown[],
    openExternal: [] as string[],
    ipcHandlers: new Map<string, Listener>(),
  };

  class BrowserWindow extends EventEmitter {
    readonly webContents: WebContents;
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      const contents = fakeWebContents();
      this.webContents = contents.contents;
      const record = { options, loaded: [] as string[], contents };
      windows.push(record);
      // What Electron does for every new web contents: main.ts guards them all from this event.
      appEvents.emit('web-contents-created', electronEvent(), contents.contents);
      Object.assign(this, {
        loadURL: async (url: string) => {
          record.loaded.push(url);
          contents.setUrl(url);
        },
      });
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    show() {}
    focus() {}
    restore() {}
  }

  const app = Object.assign(appEvents, {
    setPath: (name: string, path: string) => void paths.set(name, path),
    getPath: (name: string) => paths.get(name) ?? '',
    enableSandbox: () => void calls.enableSandbox++,
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    quit: () => {
      calls.quit++;
      appEvents.emit('will-quit', electronEvent());
    },
    exit: (code: number) => void calls.exit.push(code),
    relaunch: () => void calls.relaunch++,
  });

  const module = {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (...args: string[]) => void calls.errorBoxes.push(args),
      showOpenDialog: async (...args: unknown[]) => {
        calls.openDialogs.push(args);
        return { canceled: true, filePaths: [] };
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => void calls.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void calls.ipcHandlers.delete(channel),
    },
    session: { defaultSession: defaultSession.session },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => void calls.schemes.push(...schemes) },
    shell: { openExternal: async (url: string) => void calls.openExternal.push(url) },
  };
  return { module, windows, defaultSession, calls, paths, emitReady: () => resolveReady(), appEvents };
}
