import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { createEventBus } from '../../../src-main/app/events.ts';
import { attachWsSession, WS_AUTH_TIMEOUT_MS } from '../../../src-main/server/ws-session.ts';
import { WS_CLOSE_UNAUTHORIZED } from '../../../src-main/shared/api/transport.ts';

// A socket object with the surface ws-session uses, so the auth deadline can run on fake timers.
function fakeSocket() {
  const emitter = new EventEmitter();
  const sent: unknown[] = [];
  const closes: number[] = [];
  const socket = Object.assign(emitter, {
    OPEN: 1,
    readyState: 1,
    send: (text: string) => void sent.push(JSON.parse(text)),
    close(code: number) {
      closes.push(code);
      this.readyState = 3;
      emitter.emit('close');
    },
    terminate: () => void closes.push(1006),
  });
  return { socket: socket as unknown as WebSocket, sent, closes, receive: (text: string) => emitter.emit('message', Buffer.from(text), false) };
}

const TOKEN = 'a'.repeat(64);

describe('attachWsSession', () => {
  afterEach(() => void vi.useRealTimers());

  it('closes a socket that never sends the auth message within the deadline', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const { socket, sent, closes } = fakeSocket();
    attachWsSession(socket, { token: TOKEN, router: { call: async (channel) => void calls.push(channel) }, events: createEventBus(), rateLimit: { burst: 5, perSecond: 1 } });
    vi.advanceTimersByTime(WS_AUTH_TIMEOUT_MS - 1);
    expect(closes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closes).toEqual([WS_CLOSE_UNAUTHORIZED]);
    expect(sent).toEqual([{ type: 'error', error: expect.objectContaining({ kind: 'unauthorized' }) }]);
    expect(calls).toEqual([]);
  });

  it('sends no event to a socket before it has authenticated', () => {
    const events = createEventBus();
    const { socket, sent, receive } = fakeSocket();
    attachWsSession(socket, { token: TOKEN, router: { call: async () => null }, events, rateLimit: { burst: 5, perSecond: 1 } });
    events.emit('faq:changed', { revision: 1 });
    expect(sent).toEqual([]);
    receive(JSON.stringify({ type: 'auth', token: TOKEN }));
    events.emit('faq:changed', { revision: 2 });
    expect(sent).toEqual([{ type: 'ready' }, { type: 'event', event: 'faq:changed', payload: { revision: 2 } }]);
    socket.close();
  });

  it('refuses auth messages whose token is not a string, without throwing', () => {
    for (const token of [null, 7, { length: 64 }, ['a'.repeat(64)], TOKEN.slice(1), `${TOKEN}a`]) {
      const { socket, closes, receive } = fakeSocket();
      attachWsSession(socket, { token: TOKEN, router: { call: async () => null }, events: createEventBus(), rateLimit: { burst: 5, perSecond: 1 } });
      expect(() => receive(JSON.stringify({ type: 'auth', token }))).not.toThrow();
      expect(closes, JSON.stringify(token)).toEqual([WS_CLOSE_UNAUTHORIZED]);
    }
  });
});
