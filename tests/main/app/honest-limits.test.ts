// Honest limits through the API a person uses: a model file deleted behind the app's back (generation,
// training and chat say which file and what to do), and a full disk (a knowledge-base write, a chat question,
// a model pull or install say where space is short and what is free, and change nothing).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { DATABASE_FILE } from '../../../src-main/store/database.ts';
import { makeTempDir } from '../store/temp-kb.ts';
import { startFakeHub } from '../../helpers/fake-hub.ts';
import { mountSmallDisk } from '../../helpers/small-disk.ts';
import { createTinyModel } from '../../helpers/tiny-model.ts';
import BetterSqlite3 from 'better-sqlite3';

let dataDir: string;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

const jsonl = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ question: `${prefix} question ${i} about parcels`, answer: `${'A long answer. '.repeat(20)}${i}` })).join('\n');

/** An app with a FAQ and an active tiny model whose onnx/model.onnx was deleted behind its back. */
async function startWithBrokenModel() {
  app = await createApp({ dataDir, seedSample: false });
  await app.client.invoke('faq:import', { fileName: 'kb.jsonl', content: jsonl('Some', 20) });
  const model = await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64, name: 'tiny', activate: true });
  rmSync(join(dataDir, 'models', model.id, 'onnx', 'model.onnx'));
  return { model, client: app.client };
}

describe('a model file deleted behind the app\'s back', () => {
  it('generation and training name the missing file and say how to get it back', async () => {
    dataDir = makeTempDir('concierge-limits-model-');
    const { model, client } = await startWithBrokenModel();
    await expect(client.invoke('generate:run', { requestId: 'g1', prompt: 'Hello' })).rejects.toThrow(
      `Model "${model.id}" is missing onnx/model.onnx in ${join(dataDir, 'models', model.id)}; delete this version and create or install the model again`,
    );
    rmSync(join(dataDir, 'models', model.id, 'model.safetensors'));
    await expect(client.invoke('training:start', { base: model.id })).rejects.toThrow(/is missing onnx\/model\.onnx, model\.safetensors in .*; delete this version/);
    expect((await client.invoke('model:list', {}))[0]).toMatchObject({ id: model.id, missing: true });
  });
});

describe('the active model\'s files deleted behind the app\'s back, while chatting', () => {
  it('a draft hands off, and the answer stores which file is missing and what to do', async () => {
    dataDir = makeTempDir('concierge-limits-chat-');
    const { model, client } = await startWithBrokenModel();

    const { message, conversation } = await client.invoke('chat:send', { text: 'Some question 3 about parcels', forceMode: 'generated' });
    expect(message).toMatchObject({
      mode: 'handoff',
      handoffReason: 'generation-failed',
      model: null,
      notice: { code: 'model-missing', modelId: model.id, files: ['onnx/model.onnx'], folderMissing: false },
    });
    expect(message.notice?.message).toContain(`Model "${model.id}" is missing onnx/model.onnx in ${join(dataDir, 'models', model.id)}; `);
    // Stored with the message: a reload shows it too.
    const stored = await client.invoke('chat:messages', { conversationId: conversation.id });
    expect(stored.at(-1)).toMatchObject({ id: message.id, notice: message.notice });
    // A curated answer needs no model: no notice.
    const faq = await client.invoke('chat:send', { text: 'Some question 4 about parcels', conversationId: conversation.id, forceMode: 'faq' });
    expect(faq.message).toMatchObject({ mode: 'faq', notice: null });
  });
});

/** The data folder on a 3 MB disk that really fills up; null (reason printed) when it cannot be mounted. */
const smallDisk = () => mountSmallDisk(join(dataDir, 'disk'), '3m', 'honest-limits');

describe('a full disk', () => {
  it('refuses an import with "free some space", and the knowledge base is unchanged', async () => {
    dataDir = makeTempDir('concierge-limits-disk-');
    const disk = smallDisk();
    if (!disk) return;
    try {
      const data = join(disk.dir, 'data');
      app = await createApp({ dataDir: data, seedSample: false });
      await app.client.invoke('faq:import', { fileName: 'a.jsonl', content: jsonl('First', 50) });
      disk.fill();
      const attempt = app.client.invoke('faq:import', { fileName: 'b.jsonl', content: jsonl('Second', 2_000) });
      await expect(attempt).rejects.toMatchObject({ kind: 'unavailable' });
      await expect(attempt).rejects.toThrow(/Not enough disk space to .*; free some space and try again/);
      expect((await app.client.invoke('faq:list', {})).total).toBe(50);
      await app.close();
      app = undefined;
      // Space freed: the database is intact and the import goes through.
      disk.free();
      const db = new BetterSqlite3(join(data, DATABASE_FILE));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      app = await createApp({ dataDir: data, seedSample: false });
      await app.client.invoke('faq:import', { fileName: 'b.jsonl', content: jsonl('Second', 200) });
      expect((await app.client.invoke('faq:list', {})).total).toBe(250);
      await app.close();
      app = undefined;
    } finally {
      await app?.close();
      app = undefined;
      disk.unmount();
    }
  });

  it('refuses a chat question with "free some space" naming the data folder, and answers once space is freed', async () => {
    dataDir = makeTempDir('concierge-limits-chat-disk-');
    const disk = smallDisk();
    if (!disk) return;
    try {
      const data = join(disk.dir, 'data');
      app = await createApp({ dataDir: data, seedSample: false });
      await app.client.invoke('faq:create', { question: 'How long does delivery take?', answer: 'Delivery takes 2 to 4 working days.' });
      disk.fill();
      const question = `How long does delivery take? ${'Please tell me. '.repeat(300)}`;
      const attempt = app.client.invoke('chat:send', { text: question });
      await expect(attempt).rejects.toMatchObject({ kind: 'unavailable' });
      await expect(attempt).rejects.toThrow(
        new RegExp(`^Not enough disk space to save the conversation in ${data} \\(\\d\\.\\d MB is free\\); free some space and try again$`),
      );
      expect((await app.client.invoke('chat:conversations', {})).total).toBe(0);
      disk.free();
      const { message } = await app.client.invoke('chat:send', { text: question });
      expect(message).toMatchObject({ mode: 'faq', text: 'Delivery takes 2 to 4 working days.' });
    } finally {
      await app?.close();
      app = undefined;
      disk.unmount();
    }
  });

  it('refuses a model pull or install that will not fit, naming the folder, the space needed and what is free', async () => {
    dataDir = makeTempDir('concierge-limits-model-disk-');
    const disk = smallDisk();
    if (!disk) return;
    const tiny = await createTinyModel(3);
    const files = Object.fromEntries(['config.json', 'tokenizer.json', 'model.safetensors'].map((f) => [f, readFileSync(join(tiny.dir, f))]));
    const hub = await startFakeHub({ 'openai-community/gpt2': files }, { aliases: { gpt2: 'openai-community/gpt2' } });
    const endpoint = process.env.HF_ENDPOINT;
    process.env.HF_ENDPOINT = hub.url;
    try {
      const data = join(disk.dir, 'data');
      app = await createApp({ dataDir: data, seedSample: false });
      const downloads = join(data, 'downloads', 'openai-community--gpt2');
      await expect(app.client.invoke('model:pull', { repo: 'gpt2' })).rejects.toThrow(
        new RegExp(`^Not enough disk space to download and install openai-community/gpt2 in ${downloads} \\(it needs about 1\\d\\.\\d MB, [0-2]\\.\\d MB is free\\); free some space and try again$`),
      );
      // Refused before the weights were fetched: only config.json (read to check it is GPT-2) is there.
      expect(readdirSync(downloads)).toEqual(['config.json']);
      const init = app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64, name: 'tiny' });
      await expect(init).rejects.toMatchObject({ kind: 'unavailable' });
      await expect(init).rejects.toThrow(
        new RegExp(`^Not enough disk space to install model "tiny" in ${join(data, 'models')} \\(it needs about \\d+\\.\\d MB, [0-2]\\.\\d MB is free\\)`),
      );
      expect(await app.client.invoke('model:list', {})).toEqual([]);
      expect(readdirSync(join(data, 'models'))).toEqual([]);
    } finally {
      if (endpoint === undefined) delete process.env.HF_ENDPOINT;
      else process.env.HF_ENDPOINT = endpoint;
      await app?.close();
      app = undefined;
      await hub.close();
      await tiny.remove();
      disk.unmount();
    }
  });
});
