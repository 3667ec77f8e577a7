import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT, IPC_INVOKE } from '../../../src-main/ipc/ipc-channels.ts';

// The sandboxed preload, run against stand-ins for Electron's contextBridge and ipcRenderer (the Electron binary
// is not installed here): the test sees exactly what the page's world would receive.
const bridge = vi.hoisted(() => {
  const exposed: [string, unknown][] = [];
  const invoked: unknown[][] = [];
  const rendererListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, result: 'from main' };
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => void rendererListeners.set(channel, listener),
    send: () => {
      throw new Error('the preload must not use ipcRenderer.send');
    },
    sendSync: () => {
      throw new Error('the preload must not use ipcRenderer.sendSync');
    },
  };
  return { exposed, invoked, rendererListeners, ipcRenderer };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void bridge.exposed.push([key, api]) },
  ipcRenderer: bridge.ipcRenderer,
}));

await import('../../../src-main/preload.ts');

/** Every value reachable from the exposed object: own properties, prototypes, function statics. */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const walk = (value: unknown) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
    if (value === Object.prototype || value === Function.prototype) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
      walk(descriptor.value);
      walk(descriptor.get);
    }
    walk(Object.getPrototypeOf(value));
  };
  walk(root);
  return [...seen];
}

describe('preload', () => {
  const api = () => bridge.exposed[0]![1] as { invoke(channel: unknown, input: unknown): Promise<unknown>; on(event: unknown, listener: unknown): () => void };

  it('exposes exactly one key, window.concierge', () => {
    expect(bridge.exposed.map(([key]) => key)).toEqual(['concierge']);
  });

  it('exposes only the invoke and on methods', () => {
    const exposed = api();
    expect(Reflect.ownKeys(exposed).sort()).toEqual(['invoke', 'on']);
    expect(typeof exposed.invoke).toBe('function');
    expect(typeof exposed.on).toBe('function');
    expect(Object.getPrototypeOf(exposed)).toBe(Object.prototype);
  });

  it('leaks neither ipcRenderer nor anything of Node through the object', () => {
    const values = reachable(api());
    const forbidden = { ipcRenderer: bridge.ipcRenderer, invoke: bridge.ipcRenderer.invoke, on: bridge.ipcRenderer.on, process, globalThis, require };
    for (const [name, value] of Object.entries(forbidden)) expect(values.includes(value), name).toBe(false);
    // Only the object itself and its two methods are reachable.
    expect(values).toHaveLength(3);
  });

  it('invoke() forwards to the one API channel and refuses a non-string channel', async () => {
    await expect(api().invoke('faq:list', { limit: 1 })).resolves.toEqual({ ok: true, result: 'from main' });
    expect(bridge.invoked).toEqual([[IPC_INVOKE, 'faq:list', { limit: 1 }]]);
    await expect(api().invoke({ toString: () => 'faq:list' }, {})).rejects.toThrow(TypeError);
    expect(bridge.invoked).toHaveLength(1);
  });

  it('on() subscribes to one event name and returns an unsubscribe function', () => {
    const received: unknown[] = [];
    const unsubscribe = api().on('faq:changed', (payload: unknown) => received.push(payload));
    const fromMain = bridge.rendererListeners.get(IPC_EVENT)!;
    const ipcEvent = { sender: bridge.ipcRenderer, senderId: 0 };
    fromMain(ipcEvent, 'faq:changed', { revision: 1 });
    fromMain(ipcEvent, 'chat:token', { text: 'x' });
    unsubscribe();
    fromMain(ipcEvent, 'faq:changed', { revision: 2 });
    // The listener gets the payload only: never the IpcRendererEvent, whose .sender is ipcRenderer itself.
    expect(received).toEqual([{ revision: 1 }]);
    expect(() => api().on('faq:changed', 'not a function')).toThrow(TypeError);
  });
});
