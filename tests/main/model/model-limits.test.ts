// Honest limits of the model store: a file deleted behind the app's back, and a model too big for free memory.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLoadMemory, estimateLoadMemory } from '../../../src-main/model/load-memory.ts';
import { ModelRegistry } from '../../../src-main/model/model-registry.ts';
import { validateModelFolder } from '../../../src-main/model/model-folder.ts';
import { writeGpt2InferenceModel } from '../../../src-main/model/onnx/gpt2-graph.ts';
import { modelProblemOf } from '../../../src-main/shared/api/models.ts';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { ModelRepository } from '../../../src-main/store/model-repository.ts';
import { createTinyModel, TINY_MODEL_CONFIG, type TinyModel } from '../../helpers/tiny-model.ts';

let tiny: TinyModel;
let dataDir: string;
let db: Database;
let freeMemory: number;
let totalMemory: number;
let registry: ModelRegistry;

beforeAll(async () => (tiny = await createTinyModel(5)));
afterAll(() => tiny.remove());
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-model-limits-'));
  db = openDatabase(dataDir);
  freeMemory = 16 * 2 ** 30;
  totalMemory = 24 * 2 ** 30;
  registry = new ModelRegistry({ dataDir, repository: new ModelRepository(db), freeMemory: () => freeMemory, totalMemory: () => totalMemory });
});
afterEach(async () => {
  db.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a model file deleted behind the app\'s back', () => {
  for (const file of ['onnx/model.onnx', 'model.safetensors', 'tokenizer.json']) {
    it(`marks the version missing and names ${file} and the way back`, async () => {
      const version = await registry.installFolder(tiny.dir, { name: 'tiny', source: 'import', origin: tiny.dir, activate: true });
      expect((await registry.list())[0].missing).toBe(false);
      await rm(join(registry.dir(version.id), file));
      expect((await registry.list())[0]).toMatchObject({ id: version.id, missing: true });
      const refused = registry.resolve(version.id);
      await expect(refused).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(registry.resolve()).rejects.toThrow(
        `Model "${version.id}" is missing ${file} in ${registry.dir(version.id)}; import ${tiny.dir} again and delete this version (activate another version first: the active one cannot be deleted)`,
      );
    });
  }

  it('lists which files a broken version lacks and refuses to activate it, saying what to do', async () => {
    const first = await registry.installFolder(tiny.dir, { name: 'first', source: 'import', origin: tiny.dir });
    const second = await registry.installFolder(tiny.dir, { name: 'second', source: 'import', origin: tiny.dir });
    const dir = registry.dir(second.id);
    await rm(join(dir, 'onnx', 'model.onnx'));
    await rm(join(dir, 'tokenizer.json'));
    expect(await registry.get(second.id)).toMatchObject({
      missing: true,
      folderMissing: false,
      missingFiles: ['tokenizer.json', 'onnx/model.onnx'],
    });
    expect(await registry.get(first.id)).toMatchObject({ missing: false, missingFiles: [], folderMissing: false });
    await expect(registry.activate(second.id)).rejects.toThrow(
      `Model "${second.id}" cannot be activated: it is missing tokenizer.json, onnx/model.onnx in ${dir}; import ${tiny.dir} again and delete this version`,
    );
    expect((await registry.active())?.id).toBe(first.id);

    await rm(dir, { recursive: true });
    expect(await registry.get(second.id)).toMatchObject({ missing: true, folderMissing: true });
    expect((await registry.get(second.id)).missingFiles).toContain('onnx/model.onnx');
    await expect(registry.activate(second.id)).rejects.toThrow(`Model "${second.id}" cannot be activated: its folder is gone (${dir})`);
    await expect(registry.activate(second.id)).rejects.toMatchObject({ code: 'model.folder-gone', params: { id: second.id, dir } });
  });

  it('says what is missing as data a client can translate', async () => {
    const version = await registry.installFolder(tiny.dir, { name: 'tiny', source: 'init', activate: true });
    await rm(join(registry.dir(version.id), 'config.json'));
    const error = await registry.resolve().catch((e: unknown) => e);
    expect(modelProblemOf(error)).toEqual({ code: 'model-missing', modelId: version.id, files: ['config.json'], folderMissing: false });
    expect(error).toMatchObject({ code: 'model.files-missing', params: { id: version.id, files: 'config.json' } });
  });

  it('checks onnx/model.onnx_data when config.json says the ONNX weights are there', async () => {
    // A copy of the tiny model with its ONNX weights in the external data file, as big models are written.
    const source = join(dataDir, 'external');
    await cp(tiny.dir, source, { recursive: true });
    await rm(join(source, 'onnx', 'model.onnx'));
    const written = await writeGpt2InferenceModel(join(source, 'onnx'), tiny.config, tiny.weights, { externalDataThreshold: 0 });
    expect(written.dataPath).toBe(join(source, 'onnx', 'model.onnx_data'));
    const config = JSON.parse(await readFile(join(source, 'config.json'), 'utf8'));
    const external = { ...config, 'transformers.js_config': { use_external_data_format: { 'model.onnx': 1 } } };
    await writeFile(join(source, 'config.json'), JSON.stringify(external));

    const version = await registry.installFolder(source, { name: 'external', source: 'import', origin: source, activate: true });
    expect(version).toMatchObject({ missing: false, missingFiles: [] });
    await rm(join(registry.dir(version.id), 'onnx', 'model.onnx_data'));
    expect(await registry.get(version.id)).toMatchObject({ missing: true, missingFiles: ['onnx/model.onnx_data'] });
    await expect(registry.resolve()).rejects.toThrow(`Model "${version.id}" is missing onnx/model.onnx_data in ${registry.dir(version.id)}`);

    // Importing a folder without it is refused up front.
    await rm(join(source, 'onnx', 'model.onnx_data'));
    await expect(validateModelFolder(source)).rejects.toThrow(/config\.json says the weights are in onnx\/model\.onnx_data, which is missing/);
  });

  it('tells a pulled version to pull it again', async () => {
    const version = await registry.installFolder(tiny.dir, { name: 'gpt2', source: 'pull', origin: 'openai-community/gpt2' });
    await rm(join(registry.dir(version.id), 'config.json'));
    await expect(registry.resolve(version.id)).rejects.toThrow(/missing config\.json .*pull it again \("concierge model pull openai-community\/gpt2"/);
  });
});

describe('a model too big for the free memory', () => {
  it('is refused before loading, with the sizes and what to do', async () => {
    const version = await registry.installFolder(tiny.dir, { name: 'tiny', source: 'import', activate: true });
    expect(await registry.resolve()).toEqual({ id: version.id, dir: registry.dir(version.id) });
    freeMemory = 100 * 2 ** 20;
    await expect(registry.resolve()).rejects.toMatchObject({ name: 'UnavailableError', kind: 'unavailable' });
    await expect(registry.resolve()).rejects.toThrow(/needs about 0\.\d GB of memory, but only 0\.1 GB is free\. Close other programs, or activate a smaller model/);
    const error = await registry.resolve().catch((e: unknown) => e);
    expect(modelProblemOf(error)).toEqual({
      code: 'model-memory',
      modelId: version.id,
      neededBytes: estimateLoadMemory(TINY_MODEL_CONFIG),
      freeBytes: freeMemory,
    });
  });

  it('is not checked again for the model the inference worker already holds', async () => {
    const version = await registry.installFolder(tiny.dir, { name: 'tiny', source: 'import', activate: true });
    freeMemory = 100 * 2 ** 20; // what is left once that model is loaded
    await expect(registry.resolve(version.id, { loaded: null })).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(registry.resolve(version.id, { loaded: { id: version.id } })).resolves.toEqual({ id: version.id, dir: registry.dir(version.id) });
    await expect(registry.resolve(version.id, { loaded: { id: 'another-model' } })).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('is refused at activation when it needs more than the whole machine has, and the active model stays', async () => {
    const active = await registry.installFolder(tiny.dir, { name: 'tiny', source: 'import', activate: true });
    const big = await registry.installFolder(tiny.dir, { name: 'big', source: 'import' });
    totalMemory = 100 * 2 ** 20;
    await expect(registry.activate(big.id)).rejects.toMatchObject({ name: 'UnavailableError', kind: 'unavailable' });
    await expect(registry.activate(big.id)).rejects.toThrow(/needs about 0\.\d GB of memory to answer, more than this machine has \(0\.1 GB in all\)/);
    expect((await registry.active())?.id).toBe(active.id);
    totalMemory = 24 * 2 ** 30;
    freeMemory = 100 * 2 ** 20; // short of free memory only for now: activation goes ahead, loading says why later
    expect((await registry.activate(big.id)).active).toBe(true);
  });

  it('is installed but not activated when installed with activate and too big for the machine', async () => {
    const active = await registry.installFolder(tiny.dir, { name: 'tiny', source: 'import', activate: true });
    totalMemory = 100 * 2 ** 20;
    await expect(registry.installFolder(tiny.dir, { name: 'big', source: 'pull', activate: true })).rejects.toThrow(
      /needs about 0\.\d GB of memory to answer, more than this machine has \(0\.1 GB in all\)/,
    );
    totalMemory = 24 * 2 ** 30;
    expect((await registry.active())?.id).toBe(active.id);
    expect((await registry.list()).map((version) => version.name)).toContain('big');
  });

  it('estimates GPT-2 (124M) at over twice its float32 weights, and the tiny model far lower', () => {
    const gpt2 = { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 12, nHead: 12, layerNormEpsilon: 1e-5 };
    const gpt2Weights = 124_439_808 * 4;
    expect(estimateLoadMemory(gpt2)).toBeGreaterThan(2 * gpt2Weights);
    expect(estimateLoadMemory(gpt2)).toBeLessThan(3 * gpt2Weights);
    expect(estimateLoadMemory(TINY_MODEL_CONFIG)).toBeLessThan(estimateLoadMemory(gpt2) / 3);
    expect(() => checkLoadMemory({ id: 'gpt2', config: gpt2 }, 2 * gpt2Weights)).toThrow(/"gpt2" needs about 1\.\d GB/);
  });
});
