// The web mode's WebSocket protocol from Node, as the renderer speaks it (src-renderer/lib/api-client.ts): one
// connection, the launch token in the first message, calls multiplexed by `seq`, server events pushed.
import { WebSocket } from 'ws';
import type { ApiClient, Channel, ClientEventMap, ClientEventName, Input, Output } from '../shared/api/index.ts';
import type { WsClientMessage, WsServerMessage } from '../shared/api/transport.ts';
import { deserializeError } from '../shared/errors.ts';

interface PendingCall {
  channel: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export class WsApiClient implements ApiClient {
  private nextSeq = 1;
  private readonly pending = new Map<number, PendingCall>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  /** Set once the socket closes; later calls fail with it. */
  private closedWith: Error | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as WsServerMessage));
    socket.on('close', (code, reason) => this.fail(new Error(`WebSocket closed (${code} ${String(reason)})`)));
    socket.on('error', (error) => this.fail(error));
  }

  /** Opens `/ws` on 127.0.0.1:`port` with our Origin, as a browser on the served page would, and authenticates. */
  static async connect(port: number, token: string): Promise<WsApiClient> {
    const origin = `http://127.0.0.1:${port}`;
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { Origin: origin } });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const ready = new Promise<void>((resolve, reject) => {
      socket.once('message', (data) => {
        const message = JSON.parse(String(data)) as WsServerMessage;
        if (message.type === 'ready') resolve();
        else reject(new Error(`Authentication refused: ${JSON.stringify(message)}`));
      });
      socket.once('close', (code) => reject(new Error(`WebSocket closed during authentication (${code})`)));
    });
    socket.send(JSON.stringify({ type: 'auth', token } satisfies WsClientMessage));
    await ready;
    return new WsApiClient(socket);
  }

  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    return new Promise((resolve, reject) => {
      const seq = this.nextSeq++;
      this.pending.set(seq, { channel, resolve: resolve as (result: unknown) => void, reject });
      this.socket.send(JSON.stringify({ type: 'invoke', seq, channel, input } satisfies WsClientMessage));
    });
  }

  on<E extends ClientEventName>(event: E, listener: (payload: ClientEventMap[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const entry = listener as (payload: unknown) => void;
    set.add(entry);
    return () => void set.delete(entry);
  }

  /** Closes the connection and waits until the server has seen it go. */
  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise((resolve) => this.socket.once('close', resolve));
    this.socket.close();
    await closed;
  }

  private receive(message: WsServerMessage): void {
    if (message.type === 'event') {
      for (const listener of this.listeners.get(message.event) ?? []) listener(message.payload);
    } else if (message.type === 'response') {
      const call = this.pending.get(message.seq);
      if (!call) return;
      this.pending.delete(message.seq);
      if (message.ok) call.resolve(message.result);
      else call.reject(deserializeError(message.error, call.channel));
    } else if (message.type === 'error') {
      this.fail(deserializeError(message.error, 'websocket'));
    }
  }

  private fail(error: Error): void {
    this.closedWith ??= error;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
