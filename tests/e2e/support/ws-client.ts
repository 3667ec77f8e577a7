import WebSocket from 'ws';
import type { Channel, Input, Output } from '../../../src-main/shared/api/index.ts';
import type { WsClientMessage, WsServerMessage } from '../../../src-main/shared/api/transport.ts';

/** The web mode's WebSocket API as the UI uses it: one socket, calls multiplexed by `seq`, events pushed. */
export interface WsApiClient {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Counts the server events received so far, by name (to see how many arrive while something runs). */
  eventCounts: Map<string, number>;
  close(): void;
}

/** Connects to `concierge serve` at `url` (the printed address with its token) and authenticates. */
export async function connectWsApi(url: string): Promise<WsApiClient> {
  const { host, searchParams } = new URL(url);
  const socket = new WebSocket(`ws://${host}/ws`, { origin: `http://${host}` });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; channel: string }>();
  const eventCounts = new Map<string, number>();
  let nextSeq = 1;
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`WebSocket closed (${code}) before it was ready`)));
    socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', token: searchParams.get('token')! } satisfies WsClientMessage)));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as WsServerMessage;
      if (message.type === 'ready') resolve();
      else if (message.type === 'event') eventCounts.set(message.event, (eventCounts.get(message.event) ?? 0) + 1);
      else if (message.type === 'response') {
        const call = pending.get(message.seq);
        pending.delete(message.seq);
        if (message.ok) call?.resolve(message.result);
        else call?.reject(new Error(`${call.channel}: ${message.error.message}`));
      }
    });
  });
  return {
    eventCounts,
    invoke(channel, input) {
      const seq = nextSeq++;
      return new Promise((resolve, reject) => {
        pending.set(seq, { resolve: resolve as (value: unknown) => void, reject, channel });
        socket.send(JSON.stringify({ type: 'invoke', seq, channel, input } satisfies WsClientMessage));
      });
    },
    close: () => socket.close(),
  };
}
