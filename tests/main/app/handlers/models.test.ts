import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import type { ModelProgress } from '../../../../src-main/shared/api/index.ts';
import { ABSOLUTE_PATH_RULE } from '../../../../src-main/shared/api/models.ts';
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

/** The model:progress events emitted while `run` runs. */
async function collectProgress(run: () => Promise<unknown>): Promise<ModelProgress[]> {
  const events: ModelProgress[] = [];
  const stop = app.client.on('model:progress', (event) => events.push(event));
  try {
    await run();
  } finally {
    stop();
  }
  return events;
}

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

  it('model:import refuses a relative path with a code, whatever the server\'s working folder holds', async () => {
    const before = await app.client.invoke('model:list', {});
    for (const path of ['models', './tiny', '../x', 'C:models']) {
      await expect(app.client.invoke('model:import', { path }), path).rejects.toMatchObject({
        name: 'InvalidInputError',
        message: expect.stringContaining('path: must be a full path, from the root of the disk'),
        code: 'input.absolute-path',
        params: { field: 'path' },
      });
    }
    // A drive path is a full path on Windows, and a relative one anywhere else.
    const drive = app.client.invoke('model:import', { path: 'C:\\models\\gpt2' });
    if (process.platform === 'win32') await expect(drive).rejects.toMatchObject({ code: 'model.folder.not-a-folder' });
    else {
      // Refused by the handler, not the schema, yet in the schema's shape: the same message, code and issue details.
      const handler = await drive.catch((error: unknown) => error);
      const schema = await app.client.invoke('model:import', { path: 'models' }).catch((error: unknown) => error);
      const issue = { path: ['path'], message: ABSOLUTE_PATH_RULE, code: 'input.absolute-path', params: { field: 'path' } };
      for (const refusal of [schema, handler]) {
        expect(refusal).toMatchObject({
          message: `Invalid input for model:import: path: ${ABSOLUTE_PATH_RULE}`,
          code: 'input.absolute-path',
          params: { field: 'path' },
          details: { issues: [issue] },
        });
      }
    }
    expect(await app.client.invoke('model:list', {})).toEqual(before);
  });

  it('model:import of / (or any folder without config.json at its top) is refused at once, without walking it', async () => {
    await expect(app.client.invoke('model:import', { path: '/' })).rejects.toMatchObject({
      message: '/ is not a model folder: config.json is missing',
      code: 'model.folder.file-missing',
      params: { dir: '/', file: 'config.json' },
    });
  });

  it('model:import of a checkpoint writes its int8 copy, streaming the phases under the caller\'s requestId', async () => {
    const checkpoint = join(dataDir, 'hf-checkpoint');
    await mkdir(checkpoint);
    for (const file of ['config.json', 'tokenizer.json', 'model.safetensors']) await cp(join(tiny.dir, file), join(checkpoint, file));
    const events = await collectProgress(() => app.client.invoke('model:import', { path: checkpoint, requestId: 'import-1' }));
    expect(events.map((event) => [event.requestId, event.phase])).toEqual([
      ['import-1', 'installing'],
      ['import-1', 'exporting'],
      ['import-1', 'quantizing'],
      ['import-1', 'done'],
    ]);
    const listed = (await app.client.invoke('model:list', {})).find((version) => version.origin === checkpoint);
    expect(listed).toMatchObject({ format: 'safetensors', precisions: ['fp32', 'int8'] });
  });

  it('model:list says which versions lack the int8 copy, and model:quantize adds it with progress', async () => {
    const version = await app.client.invoke('model:import', { path: tiny.dir, name: 'older' });
    await rm(join(dataDir, 'models', version.id, 'onnx', 'model_quantized.onnx')); // as written before int8 copies
    expect((await app.client.invoke('model:list', {})).find((v) => v.id === version.id)?.precisions).toEqual(['fp32']);
    const changed = changes.length;

    let result: unknown;
    const events = await collectProgress(async () => {
      result = await app.client.invoke('model:quantize', { id: version.id, requestId: 'q-1' });
    });
    expect(result).toMatchObject({ id: version.id, precisions: ['fp32', 'int8'] });
    expect(events.map((event) => [event.requestId, event.phase])).toEqual([
      ['q-1', 'quantizing'],
      ['q-1', 'done'],
    ]);
    expect((await app.client.invoke('model:list', {})).find((v) => v.id === version.id)?.precisions).toEqual(['fp32', 'int8']);
    expect(changes.length).toBe(changed + 1); // other windows reload their list
  });

  it('model:quantize of an ONNX-only copy fails saying it has no weights, and the version stays fp32 only', async () => {
    const onnxOnly = join(dataDir, 'onnx-only');
    await cp(tiny.dir, onnxOnly, { recursive: true });
    await rm(join(onnxOnly, 'model.safetensors'));
    await rm(join(onnxOnly, 'onnx', 'model_quantized.onnx'));
    const version = await app.client.invoke('model:import', { path: onnxOnly });
    expect(version).toMatchObject({ format: 'onnx', precisions: ['fp32'] });
    await expect(app.client.invoke('model:quantize', { id: version.id })).rejects.toMatchObject({
      name: 'InvalidInputError',
      message: expect.stringContaining('is an ONNX-only copy: it has no model.safetensors to make an int8 copy from'),
    });
    expect((await app.client.invoke('model:list', {})).find((v) => v.id === version.id)?.precisions).toEqual(['fp32']);
  });

  it('rejects ids that are not slugs at the boundary', async () => {
    await expect(app.client.invoke('model:delete', { id: '../../etc' })).rejects.toMatchObject({
      name: 'InvalidInputError',
      message: expect.stringMatching(/Invalid input for model:delete: id: a model id is lowercase letters/),
    });
  });
});
