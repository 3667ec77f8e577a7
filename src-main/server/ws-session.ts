import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { EventBus } from '../app/events.ts';
import type { Router } from '../app/router.ts';
import { RateLimitedError, UnauthorizedError } from '../app/transport-errors.ts';
import { WS_CLOSE_TOO_LARGE, WS_CLOSE_UNAUTHORIZED, type WsServerMessage } from '../shared/api/transport.ts';
import { InvalidInputError, serializeError } from '../shared/errors.ts';
import { TokenBucket, type RateLimit } from './rate-limiter.ts';
import { tokenMatches } from './request-guard.ts';

/** How long a new socket may stay open without proving it has the token. */
export const WS_AUTH_TIMEOUT_MS = 5_000;

/**
 * How many bytes a socket may send before it has authenticated. The auth message is about 100 bytes; the
 * server's message cap (64 MB by default) is for calls made with the token, not for anyone who can connect.
 */
export const WS_AUTH_MAX_BYTES = 4 * 1024;

/**
 * Events that stream one request's text: they go only to the connection that made the request (by its
 * `requestId`). A team shares web mode, so a draft is private to its asker, and fanning every token out to
 * every open tab cost the server O(connections) sends per token. Every other event is shared state and goes to all.
 */
const REQUEST_STREAM_EVENTS: ReadonlySet<string> = new Set(['chat:token', 'generate:token']);

export interface WsSessionOptions {
  token: string;
  router: Router;
  events: EventBus;
  rateLimit: RateLimit;
}

/**
 * One WebSocket client. The token comes in the first message, not the URL, so it never lands in logs or
 * history. After that: `{type:'invoke', seq, channel, input}` → `{type:'response', seq, ok, …}`, and every
 * server event is pushed as `{type:'event', event, payload}`. `connection` is the stream under `socket`: its
 * bytes are counted until the client has authenticated, so a big first message is refused as it arrives
 * (WS_AUTH_MAX_BYTES) instead of being buffered whole up to the server's message cap. Clients send nothing
 * else until the server has answered `ready`.
 */
export function attachWsSession(socket: WebSocket, options: WsSessionOptions, connection?: Duplex): void {
  const bucket = new TokenBucket(options.rateLimit);
  /** `requestId`s of this connection's calls in flight. */
  const ownRequests = new Set<string>();
  let stopEvents: (() => void) | null = null;
  const authTimer = setTimeout(() => refuse('No auth message in time'), WS_AUTH_TIMEOUT_MS);
  let received = 0;
  let refused = false;
  const countUnauthenticated = (chunk: Buffer) => {
    received += chunk.length;
    if (received > WS_AUTH_MAX_BYTES) refuseOversized();
  };
  // Ahead of ws's own reader: a chunk is counted before ws parses a message out of it.
  connection?.prependListener('data', countUnauthenticated);

  const send = (message: WsServerMessage) => {
    if (socket.readyState !== socket.OPEN) return;
    let text: string;
    try {
      text = JSON.stringify(message);
    } catch (error) {
      if (message.type !== 'response') throw error;
      text = JSON.stringify({ type: 'response', seq: message.seq, ok: false, error: serializeError(error) });
    }
    socket.send(text);
  };

  function refuse(reason: string) {
    send({ type: 'error', error: serializeError(new UnauthorizedError(reason)) });
    socket.close(WS_CLOSE_UNAUTHORIZED, 'unauthorized');
  }

  /** Closes a socket that sent more than WS_AUTH_MAX_BYTES without the token (1009, as ws does past its cap). */
  function refuseOversized() {
    refused = true;
    clearTimeout(authTimer);
    // Take ws's reader off the stream too, as ws does when a message passes its own cap: the rest of the
    // message is read and dropped, not parsed and buffered, while the close handshake goes out.
    connection?.removeAllListeners('data');
    connection?.resume();
    const error = new InvalidInputError(
      `The first message is larger than ${WS_AUTH_MAX_BYTES / 1024} KB; it must be {type:"auth", token} with the launch token`,
    ).withCode('api.auth-too-large', { max: WS_AUTH_MAX_BYTES / 1024 });
    send({ type: 'error', error: serializeError(error) });
    socket.close(WS_CLOSE_TOO_LARGE, 'auth message too large');
  }

  socket.on('message', (data, isBinary) => {
    if (refused) return; // parsed from the chunk that went over the limit
    const message = isBinary ? undefined : parseJson(data.toString());
    if (!stopEvents) {
      clearTimeout(authTimer);
      if (message?.type === 'auth' && tokenMatches(message.token as string, options.token)) {
        connection?.off('data', countUnauthenticated);
        stopEvents = options.events.onAny((event, payload) => {
          if (REQUEST_STREAM_EVENTS.has(event) && !ownRequests.has((payload as { requestId: string }).requestId)) return;
          send({ type: 'event', event, payload });
        });
        send({ type: 'ready' });
      } else {
        refuse('The first message must be {type:"auth", token} with the launch token');
      }
      return;
    }
    const seq = message?.seq;
    if (message?.type !== 'invoke' || !Number.isSafeInteger(seq) || typeof message.channel !== 'string') {
      const error = new InvalidInputError('Expected {type:"invoke", seq: integer, channel: string, input}');
      send({ type: 'error', error: serializeError(error) });
      return;
    }
    void invoke(seq as number, message.channel, message.input);
  });

  async function invoke(seq: number, channel: string, input: unknown) {
    if (!bucket.take()) {
      send({ type: 'response', seq, ok: false, error: serializeError(new RateLimitedError()) });
      return;
    }
    const requestId = (input as { requestId?: unknown } | null)?.requestId;
    const streams = typeof requestId === 'string' && !ownRequests.has(requestId);
    if (streams) ownRequests.add(requestId);
    try {
      const result = await options.router.call(channel, input);
      send({ type: 'response', seq, ok: true, result });
    } catch (error) {
      send({ type: 'response', seq, ok: false, error: serializeError(error) });
    } finally {
      if (streams) ownRequests.delete(requestId);
    }
  }

  socket.on('close', () => {
    clearTimeout(authTimer);
    stopEvents?.();
  });
  socket.on('error', () => socket.terminate());
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
