import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/server/content-security-policy.ts';
import { electronEvent, fakeSession, fakeWebContents } from './fake-electron.ts';

const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({ shell: { openExternal: async (url: string) => void opened.push(url) } }));

const { guardWebContents, hardenSession } = await import('../../../src-main/ipc/window-guards.ts');
const { APP_ENTRY_URL } = await import('../../../src-main/ipc/trusted-sender.ts');

/** URLs a hostile page or a bad link may try; none of them may load inside the app or be handed to the OS. */
const NEVER_OPENED = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'smb://attacker.example/share',
  'app://evil/index.html',
  'chrome://settings',
  'ms-msdt:/id PCWDiagnostic',
  'not a url',
];
const EXTERNAL = ['https://example.com/help', 'http://example.com/'];

function guarded(url = APP_ENTRY_URL) {
  const fake = fakeWebContents(url);
  guardWebContents(fake.contents);
  const navigate = (event: string, target: string) => {
    const e = electronEvent();
    fake.emitter.emit(event, e, target);
    return e.defaultPrevented;
  };
  return { ...fake, navigate };
}

beforeEach(() => void opened.splice(0));

describe('guardWebContents', () => {
  describe('will-navigate', () => {
    it("allows only a reload of the app's own page", () => {
      const { navigate } = guarded();
      expect(navigate('will-navigate', APP_ENTRY_URL)).toBe(false);
      expect(navigate('will-navigate', 'app://concierge/index.html#/chat')).toBe(false);
      expect(opened).toEqual([]);
    });

    it('blocks every other navigation and opens only http(s) in the system browser', () => {
      const { navigate } = guarded();
      for (const url of [...EXTERNAL, ...NEVER_OPENED]) expect(navigate('will-navigate', url), url).toBe(true);
      expect(opened).toEqual(EXTERNAL);
    });

    it('does not let a page that is not the app navigate to the app (and gain its IPC)', () => {
      const { navigate } = guarded('https://evil.example/');
      expect(navigate('will-navigate', APP_ENTRY_URL)).toBe(true);
    });
  });

  describe('will-redirect', () => {
    it('blocks a redirect away from the app protocol', () => {
      const { navigate } = guarded();
      expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
      expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
      expect(navigate('will-redirect', APP_ENTRY_URL)).toBe(false);
      expect(opened).toEqual([]);
    });
  });

  describe('window.open', () => {
    it('denies every new window, opening only http(s) links externally', () => {
      const { openWindow } = guarded();
      for (const url of [...EXTERNAL, ...NEVER_OPENED, APP_ENTRY_URL]) {
        expect(openWindow(url), url).toEqual({ action: 'deny' });
      }
      expect(opened).toEqual(EXTERNAL);
    });
  });

  describe('<webview>', () => {
    it('refuses to attach any webview', () => {
      const { navigate } = guarded();
      expect(navigate('will-attach-webview', APP_ENTRY_URL)).toBe(true);
    });
  });
});

describe('hardenSession', () => {
  const permissions = [
    'clipboard-read',
    'display-capture',
    'fullscreen',
    'geolocation',
    'idle-detection',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'openExternal',
    'pointerLock',
    'keyboardLock',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'unknown',
    'fileSystem',
    'hid',
    'serial',
    'usb',
  ];

  function hardened() {
    const fake = fakeSession();
    hardenSession(fake.session);
    return fake;
  }

  function request(fake: ReturnType<typeof hardened>, url: string, permission: string): Promise<boolean> {
    const contents = { getURL: () => url } as unknown as WebContents;
    return new Promise((resolve) => fake.permissionRequest()(contents, permission, resolve));
  }

  it('denies every permission request, even from the app page', async () => {
    const fake = hardened();
    for (const permission of permissions) {
      expect(await request(fake, APP_ENTRY_URL, permission), permission).toBe(false);
      expect(fake.permissionCheck()(null, permission, 'app://concierge', {}), permission).toBe(false);
    }
  });

  it('grants clipboard writing ("copy answer") to the app page only', async () => {
    const fake = hardened();
    expect(await request(fake, APP_ENTRY_URL, 'clipboard-sanitized-write')).toBe(true);
    expect(fake.permissionCheck()(null, 'clipboard-sanitized-write', 'app://concierge', {})).toBe(true);
    expect(await request(fake, 'https://evil.example/', 'clipboard-sanitized-write')).toBe(false);
    expect(fake.permissionCheck()(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(fake.permissionCheck()(null, 'clipboard-sanitized-write', 'app://evil', {})).toBe(false);
  });

  it("puts the app's CSP on every response, replacing a weaker one", async () => {
    const fake = hardened();
    const response = await new Promise<Record<string, string[]> | undefined>((resolve) =>
      fake.headersListener()(
        { url: 'https://example.com/', responseHeaders: { 'Content-Security-Policy': ["script-src * 'unsafe-eval'"], 'X-Other': ['kept'] } },
        (result) => resolve(result.responseHeaders),
      ),
    );
    expect(response).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy()], 'X-Other': ['kept'] });
  });
});
