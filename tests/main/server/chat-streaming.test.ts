import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { startWebServer, type WebServer } from '../../../src-main/server/web-server.ts';
import type { ChatEvents, ChatReply } from '../../../src-main/shared/api/index.ts';
import type { WsServerMessage } from '../../../src-main/shared/api/transport.ts';

// A draft from a real (tiny, random) model streams over the web transport and is stopped from the client.
describe('chat over the web transport', { timeout: 180_000 }, () => {
  let dataDir: string;
  let app: App;
  let server: WebServer;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-chat-ws-'));
    const rendererDir = join(dataDir, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Concierge</title>');
    app = await createApp({ dataDir, seedSample: false });
    const content = await readFile(new URL('../../../resources/sample-faq.json', import.meta.url), 'utf8');
    await app.client.invoke('faq:import', { fileName: 'sample-faq.json', content });
    await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 1024, seed: 3, name: 'tiny', activate: true });
    // A long sampled draft, so there is time to stop it; random text may contain anything, so no filter.
    await app.client.invoke('settings:set', { maxNewTokens: 500, temperature: 1, blockedWords: [], blockUnlistedPrices: false, replaceGarbledDrafts: false });
    server = await startWebServer({ router: app.router, events: app.events, rendererDir, port: 0 });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function connect() {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers: { Origin: `http://127.0.0.1:${server.port}` } });
    const messages: WsServerMessage[] = [];
    const waiters: (() => void)[] = [];
    socket.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      for (const wake of waiters.splice(0)) wake();
    });
    const next = async (match: (message: WsServerMessage) => boolean): Promise<WsServerMessage> => {
      for (;;) {
        const found = messages.find(match);
        if (found) return messages.splice(messages.indexOf(found), 1)[0];
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    };
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'auth', token: server.token }));
    await next((m) => m.type === 'ready');
    const invoke = (seq: number, channel: string, input: unknown) =>
      socket.send(JSON.stringify({ type: 'invoke', seq, channel, input }));
    return { socket, messages, next, invoke };
  }

  it('streams chat:token events and stops the draft on chat:stop, keeping it as interrupted', async () => {
    const { socket, messages, next, invoke } = await connect();
    const isToken = (m: WsServerMessage) => m.type === 'event' && m.event === 'chat:token';
    // The stop is sent once the first token arrived; on a stalled machine the draft (up to 500 tokens, or a sampled
    // end token) can finish first: the server then answers stopped: false, keeps the reply whole, and the test asks again.
    let seq = 0;
    for (let attempt = 0; ; attempt++) {
      const requestId = `ws-${attempt}`;
      const send = ++seq;
      invoke(send, 'chat:send', { text: 'Can I pay with PayPal?', requestId, forceMode: 'generated' });
      const first = await next(isToken);
      expect(first).toMatchObject({ payload: { requestId, messageId: expect.any(Number) } });

      const stop = ++seq;
      invoke(stop, 'chat:stop', { requestId });
      const stopReply = (await next((m) => m.type === 'response' && m.seq === stop)) as { ok: boolean; result: { stopped: boolean } };
      expect(stopReply.ok).toBe(true);
      const reply = await next((m) => m.type === 'response' && m.seq === send);
      expect(reply).toMatchObject({ ok: true });
      const { message } = (reply as { result: ChatReply }).result;
      const streamed = [first, ...messages.filter(isToken)]
        .map((m) => (m as { payload: ChatEvents['chat:token'] }).payload.text)
        .join('');
      messages.splice(0, messages.length, ...messages.filter((m) => !isToken(m)));
      if (!stopReply.result.stopped) {
        expect(message.interrupted).toBe(false);
        expect(attempt, 'every draft finished before its chat:stop arrived').toBeLessThan(4);
        continue;
      }
      expect(message).toMatchObject({ mode: 'generated', interrupted: true });
      expect(message.sources[0].ref).toBe('payment-methods');
      expect(streamed).toBe(message.text);
      expect(message.text.length).toBeGreaterThan(0);

      const read = ++seq;
      invoke(read, 'chat:messages', { conversationId: message.conversationId });
      const stored = await next((m) => m.type === 'response' && m.seq === read);
      expect((stored as { result: { interrupted: boolean; text: string }[] }).result[1]).toMatchObject({ interrupted: true, text: message.text });
      break;
    }
    socket.close();
  });

  // Web mode serves a team: a draft is private to the connection that asked for it (and fanning every token out
  // to every open tab cost the server O(connections) sends per token). Shared state still reaches everyone.
  it("sends a draft's chat:token events to the asking connection only, and shared events to all", async () => {
    const asker = await connect();
    const other = await connect();
    const isToken = (m: WsServerMessage) => m.type === 'event' && m.event === 'chat:token';
    const isReviewChange = (m: WsServerMessage) => m.type === 'event' && m.event === 'review:changed';
    asker.invoke(1, 'chat:send', { text: 'Can I pay with PayPal?', requestId: 'ws-private', forceMode: 'generated' });
    const reply = (await asker.next((m) => m.type === 'response' && m.seq === 1)) as { ok: boolean; result: ChatReply };
    expect(reply.ok).toBe(true);
    const streamed = asker.messages.filter(isToken).map((m) => (m as { payload: ChatEvents['chat:token'] }).payload);
    expect(streamed.length).toBeGreaterThan(0);
    expect(streamed.map((token) => token.text).join('')).toBe(reply.result.message.text);

    // A hand-off changes the review queue, which every open window shows.
    other.invoke(1, 'chat:send', { text: 'write me a poem about the sea', requestId: 'ws-other', forceMode: 'handoff' });
    await other.next((m) => m.type === 'response' && m.seq === 1);
    asker.invoke(2, 'settings:get', {}); // a round trip: every event sent before its reply has arrived
    await asker.next((m) => m.type === 'response' && m.seq === 2);
    expect(other.messages.filter(isToken)).toEqual([]);
    expect(asker.messages.filter(isReviewChange)).toHaveLength(1);
    expect(other.messages.filter(isReviewChange)).toHaveLength(1);
    asker.socket.close();
    other.socket.close();
  });
});
