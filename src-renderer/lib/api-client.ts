import type { ApiClient, Channel, ClientEventName, Output } from '../../src-main/shared/api/index.ts';
import type { ConciergeBridge, WsClientMessage, WsServerMessage } from '../../src-main/shared/api/transport.ts';
import { ConciergeError, deserializeError, type SerializedError } from '../../src-main/shared/errors.ts';

/**
 * Whether web mode reaches its server: `online`, `offline` (the socket dropped or never opened; it keeps retrying)
 * or `refused` (the token was turned down; retrying cannot help).
 */
export type ConnectionStatus = 'online' | 'offline' | 'refused';

/** Subscribes to the web mode's connection status; the desktop app's IPC has none, so nothing is ever reported. */
export function watchConnection(api: ApiClient, listener: (status: ConnectionStatus) => void): () => void {
  return api instanceof WebSocketApiClient ? api.onConnectionChange(listener) : () => {};
}

/** The API from inside Electron (the preload's bridge) or, in web mode, over a WebSocket to the serving origin. */
export function createApiClient(): ApiClient {
  if (window.concierge) return createBridgeClient(window.concierge);
  const token = takeLaunchToken();
  if (!token) {
    throw new ConciergeError('No access token: open the address that "concierge serve" printed (it ends in ?token=…).', 'unauthorized').withCode(
      'startup.no-token',
    );
  }
  return new WebSocketApiClient(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`, token);
}

const TOKEN_KEY = 'concierge-token';

/**
 * Reads `?token=` once, keeps it in sessionStorage (this tab only, survives reloads) and removes it from the
 * address bar, so it is not bookmarked, shared in a screenshot or left in history.
 */
export function takeLaunchToken(): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
}

function createBridgeClient(bridge: ConciergeBridge): ApiClient {
  return {
    async invoke<C extends Channel>(channel: C, input: unknown) {
      // Plain data only, as over the WebSocket: IPC cannot clone Svelte's state proxies.
      const reply = await bridge.invoke(channel, input === undefined ? undefined : JSON.parse(JSON.stringify(input)));
      if (!reply.ok) throw deserializeError(reply.error, channel);
      return reply.result as Output<C>;
    },
    on: (event, listener) => bridge.on(event, listener as (payload: unknown) => void),
  };
}

interface PendingCall {
  channel: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** How long a call waits for a (re)connection before failing. */
const CONNECT_TIMEOUT_MS = 10_000;
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;
/** Close code the server uses for a missing or wrong token (WS_CLOSE_UNAUTHORIZED in transport.ts). */
const CLOSE_UNAUTHORIZED = 4401;

const transportError = (message: string, kind: SerializedError['kind']): SerializedError => ({
  name: kind === 'unauthorized' ? 'UnauthorizedError' : 'ConnectionError',
  message,
  kind,
});

/**
 * Web mode. Authenticates with the first message, then multiplexes calls by `seq`. When the socket drops,
 * calls in flight fail (the server may or may not have run them) and it reconnects with backoff; calls made
 * while disconnected wait for the next connection. Event subscriptions survive reconnects, but events the server
 * sent while the socket was down are lost: each reconnection raises `connection:resumed` for the listeners to
 * reload what those events would have told them.
 */
class WebSocketApiClient implements ApiClient {
  private socket: WebSocket | null = null;
  private ready = false;
  private waiting: { resolve: (socket: WebSocket) => void; reject: (error: Error) => void }[] = [];
  private pending = new Map<number, PendingCall>();
  private listeners = new Map<string, Set<(payload: unknown) => void>>();
  private nextSeq = 1;
  private retryMs = RECONNECT_MIN_MS;
  /** Whether a connection was ready before: the next `ready` is then a reconnection. */
  private wasReady = false;
  private refused: SerializedError | null = null;
  private statusListeners = new Set<(status: ConnectionStatus) => void>();

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {
    this.connect();
  }

  async invoke<C extends Channel>(channel: C, input: unknown): Promise<Output<C>> {
    const socket = await this.connected(channel);
    return new Promise((resolve, reject) => {
      const seq = this.nextSeq++;
      this.pending.set(seq, { channel, resolve: resolve as (result: unknown) => void, reject });
      const message: WsClientMessage = { type: 'invoke', seq, channel, input };
      socket.send(JSON.stringify(message));
    });
  }

  on<E extends ClientEventName>(event: E, listener: (payload: never) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const entry = listener as (payload: unknown) => void;
    set.add(entry);
    return () => void set.delete(entry);
  }

  onConnectionChange(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  }

  private report(status: ConnectionStatus): void {
    for (const listener of this.statusListeners) listener(status);
  }

  private connected(channel: string): Promise<WebSocket> {
    if (this.refused) return Promise.reject(deserializeError(this.refused, channel));
    if (this.ready && this.socket) return Promise.resolve(this.socket);
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: (socket: WebSocket) => {
          clearTimeout(timer);
          resolve(socket);
        },
        reject,
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((other) => other !== waiter);
        reject(deserializeError(transportError('Cannot reach the Concierge server; is `concierge serve` still running?', 'unavailable'), channel));
      }, CONNECT_TIMEOUT_MS);
      this.waiting.push(waiter);
    });
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token: this.token } satisfies WsClientMessage));
    socket.onmessage = (message) => this.receive(socket, JSON.parse(String(message.data)) as WsServerMessage);
    socket.onerror = () => {}; // a close event follows, and it decides what happens next
    socket.onclose = (event) => this.closed(event.code);
  }

  private receive(socket: WebSocket, message: WsServerMessage): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.retryMs = RECONNECT_MIN_MS;
        this.report('online');
        for (const waiter of this.waiting.splice(0)) waiter.resolve(socket);
        if (this.wasReady) this.emit('connection:resumed', {});
        this.wasReady = true;
        break;
      case 'response': {
        const call = this.pending.get(message.seq);
        if (!call) return;
        this.pending.delete(message.seq);
        if (message.ok) call.resolve(message.result);
        else call.reject(deserializeError(message.error, call.channel));
        break;
      }
      case 'event':
        this.emit(message.event, message.payload);
        break;
      case 'error':
        console.warn('Concierge server:', message.error.message);
        break;
    }
  }

  private emit(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  private closed(code: number): void {
    this.ready = false;
    this.socket = null;
    const lost = transportError('Connection to the Concierge server was lost', 'unavailable');
    for (const [seq, call] of this.pending) {
      this.pending.delete(seq);
      call.reject(deserializeError(lost, call.channel));
    }
    if (code === CLOSE_UNAUTHORIZED) {
      // A wrong token stays wrong: stop retrying and fail every call with a message that says what to do.
      this.refused = transportError('The access token was refused; open the address printed by `concierge serve` again', 'unauthorized');
      for (const waiter of this.waiting.splice(0)) waiter.reject(deserializeError(this.refused));
      this.report('refused');
      return;
    }
    this.report('offline');
    setTimeout(() => this.connect(), this.retryMs);
    this.retryMs = Math.min(RECONNECT_MAX_MS, this.retryMs * 2);
  }
}
