import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WsApiClient } from '../../../src-main/bench/ws-api-client.ts';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { startWebServer, type WebServer } from '../../../src-main/server/web-server.ts';
import type { ApiEvents } from '../../../src-main/shared/api/index.ts';

// Web mode serves a team: one person's streaming draft must reach only the connection that asked for it (it is
// their conversation, and fanning every token out to every open tab costs the server O(clients) per token).
describe('attachWsSession events', { timeout: 180_000 }, () => {
  let dataDir: string;
  let app: App;
  let server: WebServer;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-ws-events-'));
    const rendererDir = join(dataDir, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Concierge</title>');
    app = await createApp({ dataDir, seedSample: false });
    const content = await readFile(new URL('../../../resources/sample-faq.json', import.meta.url), 'utf8');
    await app.client.invoke('faq:import', { fileName: 'sample-faq.json', content });
    await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 1024, seed: 3, name: 'tiny', activate: true });
    // Random text may contain anything: no filter, so the draft streams to its end.
    await app.client.invoke('settings:set', { maxNewTokens: 24, temperature: 1, blockedWords: [], blockUnlistedPrices: false });
    server = await startWebServer({ router: app.router, events: app.events, rendererDir, port: 0 });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("sends a draft's chat:token events to the asking connection only, and shared events to all", async () => {
    const [asker, other] = await Promise.all([
      WsApiClient.connect(server.port, server.token),
      WsApiClient.connect(server.port, server.token),
    ]);
    const seen = (client: WsApiClient) => {
      const tokens: ApiEvents['chat:token'][] = [];
      const reviews: number[] = [];
      client.on('chat:token', (event) => tokens.push(event));
      client.on('review:changed', ({ open }) => reviews.push(open));
      return { tokens, reviews };
    };
    const mine = seen(asker);
    const theirs = seen(other);
    try {
      const reply = await asker.invoke('chat:send', { text: 'Can I pay with PayPal?', requestId: 'a-1', forceMode: 'generated' });
      expect(reply.message).toMatchObject({ mode: 'generated', interrupted: false });
      expect(mine.tokens.length).toBeGreaterThan(0);
      expect(mine.tokens.map((event) => event.text).join('')).toBe(reply.message.text);
      // A hand-off changes the review queue, which every open window shows.
      await other.invoke('chat:send', { text: 'write me a poem about the sea', requestId: 'b-1', forceMode: 'handoff' });
      await other.invoke('settings:get', {}); // one more round trip: every event sent before it has arrived
      await asker.invoke('settings:get', {});
      expect(theirs.tokens).toEqual([]);
      expect(mine.reviews).toEqual([1]);
      expect(theirs.reviews).toEqual([1]);
    } finally {
      await Promise.all([asker.close(), other.close()]);
    }
  });
});
