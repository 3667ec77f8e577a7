// One simulated customer UI: one WebSocket connection, one question at a time, the answer timed from sending
// until it has completed (for a draft: until every streamed piece has arrived and the reply came back).
import type { AnswerMode, ApiEvents, ChatReply } from '../shared/api/index.ts';
import { WsApiClient } from './ws-api-client.ts';

export type TurnOutcome =
  | {
      ok: true;
      mode: AnswerMode;
      latencyMs: number;
      /** Sending → first streamed piece of a draft: mostly the wait for the single inference worker. */
      ttftMs: number | null;
      streamedPieces: number;
      /** The answer finished: not interrupted, and a draft's streamed pieces add up to the stored text. */
      complete: boolean;
      conversationId: number;
    }
  | { ok: false; latencyMs: number; error: string };

interface Stream {
  firstAt: number | null;
  text: string;
  pieces: number;
}

export class LoadClient {
  /** `chat:token` events of other clients' answers that reached this connection too. */
  foreignTokenEvents = 0;
  private readonly streams = new Map<string, Stream>();
  private nextRequest = 1;

  private constructor(
    readonly api: WsApiClient,
    private readonly name: string,
  ) {
    api.on('chat:token', (event) => this.onToken(event));
  }

  static async connect(port: number, token: string, name: string): Promise<LoadClient> {
    return new LoadClient(await WsApiClient.connect(port, token), name);
  }

  /** Asks `text` in conversation `conversationId` (a new one when absent), as the chat screen's send does. */
  async ask(text: string, conversationId?: number): Promise<TurnOutcome> {
    const requestId = `${this.name}-${this.nextRequest++}`;
    const stream: Stream = { firstAt: null, text: '', pieces: 0 };
    this.streams.set(requestId, stream);
    const started = performance.now();
    try {
      const reply: ChatReply = await this.api.invoke('chat:send', { text, conversationId, requestId });
      const { message } = reply;
      const streamedAll = stream.pieces === 0 || message.mode !== 'generated' || stream.text === message.text;
      return {
        ok: true,
        mode: message.mode!,
        latencyMs: performance.now() - started,
        ttftMs: stream.firstAt === null ? null : stream.firstAt - started,
        streamedPieces: stream.pieces,
        complete: !message.interrupted && message.text.length > 0 && streamedAll,
        conversationId: reply.conversation.id,
      };
    } catch (error) {
      return { ok: false, latencyMs: performance.now() - started, error: (error as Error).message };
    } finally {
      this.streams.delete(requestId);
    }
  }

  close(): Promise<void> {
    return this.api.close();
  }

  private onToken(event: ApiEvents['chat:token']): void {
    const stream = this.streams.get(event.requestId);
    if (!stream) {
      this.foreignTokenEvents++;
      return;
    }
    stream.firstAt ??= performance.now();
    stream.text += event.text;
    stream.pieces++;
  }
}
