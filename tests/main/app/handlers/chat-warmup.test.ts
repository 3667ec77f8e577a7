import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import { syntheticEntries } from '../../../../src-main/bench/kb-bench.ts';

let dataDir: string;
let app: App;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-chat-warmup-'));
  app = await createApp({ dataDir, seedSample: false, warmIndex: true });
});

afterEach(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Imports the sample FAQ and `extra` synthetic entries; each import starts the index's warm-up in the background. */
async function importKnowledgeBase(extra: number) {
  const sample = await readFile(new URL('../../../../resources/sample-faq.json', import.meta.url), 'utf8');
  await app.client.invoke('faq:import', { fileName: 'sample-faq.json', content: sample });
  const synthetic = syntheticEntries(extra);
  const content = synthetic.map((draft) => JSON.stringify(draft)).join('\n');
  await app.client.invoke('faq:import', { fileName: 'more.jsonl', content });
  return synthetic;
}

describe('chat handlers while the FAQ index warms up', () => {
  it('answer a question asked during the warm-up from the whole knowledge base, and serve other requests meanwhile', async () => {
    const synthetic = await importKnowledgeBase(1000);
    const order: string[] = [];
    const answered = app.client.invoke('chat:send', { text: 'How do I stop the newsletter?' }).then((reply) => (order.push('chat:send'), reply));
    // A request arriving while the question waits for the index is not held up by it.
    await new Promise((resolve) => setImmediate(resolve));
    await app.client.invoke('faq:list', { limit: 1 }).then(() => order.push('faq:list'));
    const { message } = await answered;
    expect(order).toEqual(['faq:list', 'chat:send']);
    expect(message).toMatchObject({ mode: 'faq', lang: 'en' });
    expect(message.sources[0].ref).toBe('newsletter-unsubscribe');

    // The last entry imported is in the index too: it was not half-built.
    const last = synthetic.at(-1)!;
    const reply = await app.client.invoke('chat:send', { text: last.question });
    expect(reply.message.sources[0].ref).toBe(last.ref);
  });

  it('answer from an entry edited after the index was warm, not from its old wording', async () => {
    await importKnowledgeBase(50);
    const { entries } = await app.client.invoke('faq:list', { limit: 1_000 });
    const edited = entries.find((entry) => entry.ref === 'bulk-orders')!;
    await app.client.invoke('chat:send', { text: 'Do you offer volume discounts?' });
    await app.client.invoke('faq:update', { id: edited.id, question: 'Can a zebra plush toy be engraved?', paraphrases: [] });
    const { message } = await app.client.invoke('chat:send', { text: 'Can a zebra plush toy be engraved?' });
    expect(message.sources[0]).toMatchObject({ ref: 'bulk-orders', question: 'Can a zebra plush toy be engraved?' });
  });
});
