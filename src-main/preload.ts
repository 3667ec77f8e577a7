// Sandboxed preload (bundled to CommonJS): exposes exactly one object, `window.concierge`, never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from './ipc/ipc-channels.ts';
import type { ConciergeBridge, InvokeResult } from './shared/api/transport.ts';

const listeners = new Map<string, Set<(payload: unknown) => void>>();

// One IPC listener fans events out, so many subscriptions never pile up listeners on ipcRenderer.
ipcRenderer.on(IPC_EVENT, (_event, name: string, payload: unknown) => {
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const bridge: ConciergeBridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string') return Promise.reject(new TypeError('channel must be a string'));
    return ipcRenderer.invoke(IPC_INVOKE, channel, input) as Promise<InvokeResult>;
  },
  on(event, listener) {
    if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('on(event: string, listener: function)');
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => void set.delete(listener);
  },
};

contextBridge.exposeInMainWorld('concierge', bridge);
