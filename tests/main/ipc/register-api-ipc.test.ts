import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src-main/app/events.ts';
import { createRouter } from '../../../src-main/app/router.ts';
import { IPC_EVENT, IPC_INVOKE } from '../../../src-main/ipc/ipc-channels.ts';
import { registerApiIpc } from '../../../src-main/ipc/register-api-ipc.ts';
import { APP_ENTRY_URL } from '../../../src-main/ipc/trusted-sender.ts';
import type { Handlers } from '../../../src-main/shared/api/index.ts';
import type { InvokeResult } from '../../../src-main/shared/api/transport.ts';

// Electron itself cannot run under vitest; these stand-ins carry only the fields the wrapper reads.
type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<InvokeResult>;

function fakeContents() {
  const sent: unknown[][] = [];
  const contents = { isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args) } as unknown as WebContents;
  return { contents, sent };
}

function frame(url: string, parent: object | null = null) {
  return { url, parent } as unknown as WebFrameMain;
}

function setUp() {
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  };
  const echo = new Proxy({} as Handlers, { get: () => async (input: unknown) => ({ echoed: input }) });
  const events = createEventBus();
  const app = fakeContents();
  const unregister = registerApiIpc({
    ipcMain: ipcMain as never,
    router: createRouter(echo),
    events,
    appContents: () => app.contents,
  });
  const invoke = (sender: WebContents, senderFrame: WebFrameMain | null, channel: string, input: unknown) =>
    handlers.get(IPC_INVOKE)!({ sender, senderFrame } as IpcMainInvokeEvent, channel, input);
  return { handlers, events, app, unregister, invoke };
}

describe('registerApiIpc', () => {
  describe('api:invoke', () => {
    it("answers the top frame of the app's window showing the app's page", async () => {
      const { app, invoke } = setUp();
      expect(await invoke(app.contents, frame(APP_ENTRY_URL), 'faq:get', { id: 1 })).toEqual({
        ok: true,
        result: { echoed: { id: 1 } },
      });
    });

    it('refuses every other sender with an unauthorized error', async () => {
      const { app, invoke } = setUp();
      const other = fakeContents().contents;
      const refusals = [
        await invoke(other, frame(APP_ENTRY_URL), 'faq:get', { id: 1 }), // another window
        await invoke(app.contents, frame(APP_ENTRY_URL, frame(APP_ENTRY_URL)), 'faq:get', { id: 1 }), // an iframe
        await invoke(app.contents, frame('https://evil.example/'), 'faq:get', { id: 1 }), // navigated away
        await invoke(app.contents, frame('file:///etc/passwd'), 'faq:get', { id: 1 }),
        await invoke(app.contents, frame('app://evil/index.html'), 'faq:get', { id: 1 }),
        await invoke(app.contents, null, 'faq:get', { id: 1 }), // frame already gone
      ];
      for (const reply of refusals) {
        expect(reply).toEqual({ ok: false, error: expect.objectContaining({ name: 'UnauthorizedError', kind: 'unauthorized' }) });
      }
    });

    it('refuses unknown, inherited and non-string channel names before any handler runs', async () => {
      const { app, invoke } = setUp();
      for (const channel of ['faq:nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'faq:get\u0000']) {
        const reply = await invoke(app.contents, frame(APP_ENTRY_URL), channel, { id: 1 });
        expect(reply, JSON.stringify(channel)).toEqual({
          ok: false,
          // The same error as over HTTP (404) and the WebSocket: the router makes it for every transport.
          error: expect.objectContaining({ name: 'NotFoundError', kind: 'not-found', code: 'api.unknown-channel', message: expect.stringContaining('Unknown channel') }),
        });
      }
      // Structured clone delivers any value as the channel: a number or an object is refused by name, never called.
      for (const channel of [42, null, { toString: 'faq:list' }, ['faq:list']]) {
        const reply = await invoke(app.contents, frame(APP_ENTRY_URL), channel as never, {});
        expect(reply, JSON.stringify(channel)).toMatchObject({ ok: false, error: { name: 'InvalidInputError' } });
      }
    });

    it('does not run the handler for an unexpected sender even with a valid payload', async () => {
      const ran: unknown[] = [];
      const router = { call: async (channel: string, input: unknown) => void ran.push([channel, input]) };
      const { invokeChecked } = await import('../../../src-main/ipc/register-api-ipc.ts');
      const app = fakeContents().contents;
      const stranger = fakeContents().contents;
      const reply = await invokeChecked({ router, appContents: () => app }, { sender: stranger, senderFrame: frame(APP_ENTRY_URL) } as IpcMainInvokeEvent, 'faq:list', {});
      expect(reply).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
      // Once the window is gone, nobody is answered, not even a sender that looks like it.
      const gone = await invokeChecked({ router, appContents: () => null }, { sender: app, senderFrame: frame(APP_ENTRY_URL) } as IpcMainInvokeEvent, 'faq:list', {});
      expect(gone).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
      expect(ran).toEqual([]);
    });

    it('returns validation errors as data', async () => {
      const { app, invoke } = setUp();
      const reply = await invoke(app.contents, frame(APP_ENTRY_URL), 'faq:get', { id: -1 });
      expect(reply).toEqual({
        ok: false,
        error: expect.objectContaining({ name: 'InvalidInputError', kind: 'invalid-input', message: expect.stringContaining('id') }),
      });
    });
  });

  describe('events', () => {
    it('forwards every API event to the window until unregistered', () => {
      const { app, events, unregister, handlers } = setUp();
      events.emit('faq:changed', { revision: 3 });
      unregister();
      events.emit('faq:changed', { revision: 4 });
      expect(app.sent).toEqual([[IPC_EVENT, 'faq:changed', { revision: 3 }]]);
      expect(handlers.has(IPC_INVOKE)).toBe(false);
    });
  });
});
