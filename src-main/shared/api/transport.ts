// Wire shapes shared by the transports (Electron IPC, WebSocket) and the renderer's API client.
import type { SerializedError } from '../errors.ts';

/** The reply to one invoke: errors travel as data because thrown errors lose their fields across boundaries. */
export type InvokeResult = { ok: true; result: unknown } | { ok: false; error: SerializedError };

/** The one object the Electron preload exposes as `window.concierge`. */
export interface ConciergeBridge {
  invoke(channel: string, input: unknown): Promise<InvokeResult>;
  /** Subscribes to a server event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** WebSocket, client → server. The first message must be `auth`; every later one is an invoke. */
export type WsClientMessage = { type: 'auth'; token: string } | { type: 'invoke'; seq: number; channel: string; input: unknown };

/** WebSocket, server → client. */
export type WsServerMessage =
  | { type: 'ready' }
  | ({ type: 'response'; seq: number } & InvokeResult)
  | { type: 'event'; event: string; payload: unknown }
  /** A message that could not be tied to a call (bad JSON, no seq). */
  | { type: 'error'; error: SerializedError };

/** WebSocket close code sent when the first message does not carry the right token. */
export const WS_CLOSE_UNAUTHORIZED = 4401;

/** WebSocket close code (RFC 6455's "message too big") for a first message past the size allowed before the token. */
export const WS_CLOSE_TOO_LARGE = 1009;
