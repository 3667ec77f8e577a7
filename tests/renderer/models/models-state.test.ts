import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import type { ModelVersion } from '../../../src-main/shared/api/index.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { int8Offer, ModelsState, precisionKey, type ModelQuantizing } from '../../../src-renderer/state/models/models.svelte.ts';
import { Toasts } from '../../../src-renderer/state/toasts.svelte.ts';
import { droppingClient } from '../../helpers/dropping-client.ts';
import { failingOn } from '../../helpers/failing-client.ts';
import { createTinyModel, type TinyModel } from '../../helpers/tiny-model.ts';

// The Models screen's state against the real app (a temp data folder, the worker that writes int8 copies)
// through its in-process client, with a tiny GPT-2 made by the project's toolkit.
let tiny: TinyModel;
let dataDir: string;
let app: App;
let toasts: Toasts;
let errors: unknown[];

beforeAll(async () => (tiny = await createTinyModel(11)));
afterAll(() => tiny.remove());
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-models-state-'));
  app = await createApp({ dataDir, seedSample: false });
  toasts = new Toasts();
  errors = [];
});
afterEach(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

const t = (key: MessageKey, params?: MessageParams) => formatMessage('en', key, params);
let nextRequest = 0;
function createModels(): ModelsState {
  return new ModelsState({ api: app.client, toasts, t, onError: (error) => errors.push(error), newRequestId: () => `r-${++nextRequest}` });
}

/** A version as one installed before int8 copies existed: its folder has no onnx/model_quantized.onnx. */
async function olderVersion(name: string): Promise<ModelVersion> {
  const version = await app.client.invoke('model:import', { path: tiny.dir, name });
  await rm(join(dataDir, 'models', version.id, 'onnx', 'model_quantized.onnx'));
  return version;
}

describe('ModelsState', () => {
  describe('load()', () => {
    it('lists the versions when the run list, which only tells of a run under way, cannot be read', async () => {
      const version = await app.client.invoke('model:import', { path: tiny.dir, name: 'imported' });
      const models = new ModelsState({ api: failingOn(app.client, 'training:runs'), toasts, t, onError: (error) => errors.push(error), newRequestId: () => `r-${++nextRequest}` });
      await models.load();
      expect(errors).toEqual([]);
      expect(models.loadedOnce).toBe(true);
      expect(models.versions.map((v) => v.id)).toEqual([version.id]);
      expect(models.training).toBeNull();
    });
  });

  describe('connect()', () => {
    it('lists a version added while the connection was down once it is back, its model:changed lost', async () => {
      const link = droppingClient(app.client);
      const models = new ModelsState({ api: link.api, toasts, t, onError: (error) => errors.push(error) });
      const disconnect = models.connect();
      await expect.poll(() => models.loadedOnce).toBe(true);
      link.drop();
      const version = await app.client.invoke('model:import', { path: tiny.dir, name: 'added meanwhile' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(models.versions).toEqual([]);
      link.resume();
      await expect.poll(() => models.versions.map((v) => v.id)).toEqual([version.id]);
      disconnect();
      expect(errors).toEqual([]);
    });
  });

  describe('quantize()', () => {
    it('makes the int8 copy, naming the version and the phase while the worker runs', async () => {
      const version = await olderVersion('older');
      const models = createModels();
      const disconnect = models.connect();
      try {
        await models.load();
        const listed = models.versions.find((v) => v.id === version.id)!;
        expect(int8Offer(listed)).toBe('can-make');

        const seen: (ModelQuantizing | null)[] = [];
        const stop = app.client.on('model:progress', () => seen.push(models.quantizing));
        const running = models.quantize(listed);
        expect(models.quantizing).toMatchObject({ id: version.id, phase: null });
        await models.quantize(listed); // a second click while it runs does nothing
        await running;
        stop();

        // Each progress event of the call reached the state (its listener runs before this one).
        expect(seen.map((q) => q && [q.id, q.phase])).toEqual([
          [version.id, 'quantizing'],
          [version.id, 'done'],
        ]);
        expect(models.quantizing).toBeNull();
        expect(models.quantizeFailure).toBeNull();
        expect(models.versions.find((v) => v.id === version.id)?.precisions).toEqual(['fp32', 'int8']);
        expect(int8Offer(models.versions.find((v) => v.id === version.id)!)).toBe('present');
        expect(toasts.items.map((toast) => toast.message)).toEqual(['older now has an int8 copy']);
        expect(errors).toEqual([]);
      } finally {
        disconnect();
      }
    });

    it('keeps the reason on the version when the copy cannot be made, and tries again cleanly', async () => {
      const version = await olderVersion('damaged');
      await writeFile(join(dataDir, 'models', version.id, 'model.safetensors'), Buffer.alloc(16)); // unreadable weights
      const models = createModels();
      await models.load();
      await models.quantize(models.versions[0]);
      expect(models.quantizing).toBeNull();
      expect(models.quantizeFailure).toEqual({
        id: version.id,
        error: expect.objectContaining({ message: expect.stringMatching(/safetensors/), code: 'model.file-corrupt', params: { file: 'model.safetensors' } }),
      });
      expect(models.versions[0].precisions).toEqual(['fp32']);
      expect(toasts.items).toEqual([]);

      await cp(join(tiny.dir, 'model.safetensors'), join(dataDir, 'models', version.id, 'model.safetensors'));
      await models.quantize(models.versions[0]);
      expect(models.quantizeFailure).toBeNull();
      expect(models.versions[0].precisions).toEqual(['fp32', 'int8']);
    });
  });

  describe('training', () => {
    it('tells a model being trained (the first start’s starter) from no model at all, and forgets it once the run ends', async () => {
      for (const n of [1, 2, 3]) await app.client.invoke('faq:create', { question: `Question ${n}?`, answer: `Answer ${n}.` });
      const models = createModels();
      const disconnect = models.connect();
      try {
        await models.load();
        expect(models.training).toBeNull();

        const run = await app.client.invoke('training:start', { epochs: 1 });
        await models.load(); // the screen opened while the run is under way
        expect(models.versions).toEqual([]);
        expect(models.training).toMatchObject({ step: 0 });

        await app.client.invoke('training:cancel', { runId: run.id });
        await vi.waitFor(() => expect(models.training).toBeNull(), { timeout: 30_000 });
        expect(errors).toEqual([]);
      } finally {
        disconnect();
      }
    });
  });

  describe('activate()', () => {
    it('rolls back to the version that answered before with Undo on the toast', async () => {
      const older = await app.client.invoke('model:import', { path: tiny.dir, name: 'older' });
      const newer = await app.client.invoke('model:import', { path: tiny.dir, name: 'newer' });
      await app.client.invoke('model:activate', { id: older.id });
      const models = createModels();
      await models.load();

      await models.activate(models.versions.find((v) => v.id === newer.id)!);
      expect(models.active?.id).toBe(newer.id);
      const toast = toasts.items.find((item) => item.message === 'newer is now active')!;
      expect(toast.actions.map((action) => action.label)).toEqual(['toast.undo']);

      await toasts.act(toast.id, 'toast.undo');
      expect(models.active?.id).toBe(older.id);
      expect((await app.client.invoke('model:list', {})).find((v) => v.active)?.id).toBe(older.id);
      expect(toasts.items.at(-1)?.message).toBe('older is now active');
      expect(errors).toEqual([]);
    });
  });

  describe('int8Offer()', () => {
    it('offers no int8 copy for an ONNX-only copy or a broken version', async () => {
      const onnxOnly = join(dataDir, 'onnx-only');
      await cp(tiny.dir, onnxOnly, { recursive: true });
      await rm(join(onnxOnly, 'model.safetensors'));
      await rm(join(onnxOnly, 'onnx', 'model_quantized.onnx'));
      const onnx = await app.client.invoke('model:import', { path: onnxOnly });
      expect(int8Offer(onnx)).toBe('no-weights');

      const broken = await olderVersion('broken');
      await rm(join(dataDir, 'models', broken.id, 'onnx', 'model.onnx'));
      expect(int8Offer(await app.client.invoke('model:list', {}).then((list) => list.find((v) => v.id === broken.id)!))).toBe('broken');
    });
  });

  describe('precisionKey()', () => {
    const listed = async (id: string) => (await app.client.invoke('model:list', {})).find((v) => v.id === id)!;

    it('says what graphs a version holds, a broken one\'s as they are: int8 only, or none', async () => {
      const version = await app.client.invoke('model:import', { path: tiny.dir, name: 'graphs' });
      const dir = join(dataDir, 'models', version.id, 'onnx');
      expect(precisionKey(await listed(version.id))).toBe('models.precision.both');
      await rm(join(dir, 'model.onnx'));
      const int8Only = await listed(version.id);
      expect(int8Only.missing).toBe(true);
      expect(precisionKey(int8Only)).toBe('models.precision.int8Only');
      expect(t(precisionKey(int8Only))).toBe('int8 only');
      await rm(join(dir, 'model_quantized.onnx'));
      expect(precisionKey(await listed(version.id))).toBe('models.precision.none');

      const older = await olderVersion('fp32-graph');
      expect(precisionKey(await listed(older.id))).toBe('models.precision.fp32');
    });
  });
});
