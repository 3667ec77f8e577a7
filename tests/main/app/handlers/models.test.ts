import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import type { ModelProgress } from '../../../../src-main/shared/api/index.ts';
import { startFakeHub, type FakeHub } from '../../../helpers/fake-hub.ts';
import { createTinyModel, type TinyModel } from '../../../helpers/tiny-model.ts';

let dataDir: string;
let app: App;
let tiny: TinyModel;
let hub: FakeHub;
const changes: (string | null)[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-model-api-'));
  tiny = await createTinyModel(4);
  const files: Record<string, Buffer> = {};
  for (const file of ['config.json', 'tokenizer.json', 'model.safetensors']) files[file] = await readFile(join(tiny.dir, file));
  hub = await startFakeHub({ 'owner/tiny': files });
  process.env.HF_ENDPOINT = hub.url;
  app = await createApp({ dataDir, seedSample: false });
  app.client.on('model:changed', ({ activeId }) => changes.push(activeId));
});
afterAll(async () => {
  delete process.env.HF_ENDPOINT;
  await app?.close();
  await hub.close();
  await tiny.remove();
  await rm(dataDir, { recursive: true, force: true });
});

describe('model handlers', () => {
  it('model:init registers a random model and model:list shows it active', async () => {
    const version = await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 32, seed: 1 });
    expect(version).toMatchObject({ source: 'init', active: true, config: { nLayer: 1, vocabSize: 50257 } });
    expect(await app.client.invoke('model:list', {})).toEqual([version]);
    expect(changes).toEqual([version.id]);
  });

  it('model:pull streams model:progress events under the caller\'s requestId', async () => {
    const events: ModelProgress[] = [];
    const stop = app.client.on('model:progress', (event) => events.push(event));
    try {
      const version = await app.client.invoke('model:pull', { repo: 'owner/tiny', requestId: 'pull-1', activate: true });
      expect(version).toMatchObject({ origin: 'owner/tiny', active: true });
      expect(events.every((event) => event.requestId === 'pull-1')).toBe(true);
      expect(events.at(-1)).toMatchObject({ phase: 'done' });
      expect(changes.at(-1)).toBe(version.id);
    } finally {
      stop();
    }
  });

  it('model:import, model:activate and model:delete follow the registry rules', async () => {
    const imported = await app.client.invoke('model:import', { path: tiny.dir });
    expect(imported).toMatchObject({ name: 'tiny-4', source: 'import', active: false });
    await app.client.invoke('model:activate', { id: imported.id });
    await expect(app.client.invoke('model:delete', { id: imported.id })).rejects.toMatchObject({ name: 'ConflictError' });
    const others = (await app.client.invoke('model:list', {})).filter((v) => v.id !== imported.id);
    for (const other of others) await app.client.invoke('model:delete', { id: other.id });
    expect((await app.client.invoke('model:list', {})).map((v) => v.id)).toEqual([imported.id]);
  });

  it('rejects ids that are not slugs at the boundary', async () => {
    await expect(app.client.invoke('model:delete', { id: '../../etc' })).rejects.toMatchObject({
      name: 'InvalidInputError',
      message: expect.stringMatching(/Invalid input for model:delete: id: a model id is lowercase letters/),
    });
  });
});
