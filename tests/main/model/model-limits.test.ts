// Honest limits of the model store: a file deleted behind the app's back, and a model too big for free memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLoadMemory, estimateLoadMemory } from '../../../src-main/model/load-memory.ts';
import { ModelRegistry } from '../../../src-main/model/model-registry.ts';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { ModelRepository } from '../../../src-main/store/model-repository.ts';
import { createTinyModel, TINY_MODEL_CONFIG, type TinyModel } from '../../helpers/tiny-model.ts';

let tiny: TinyModel;
let dataDir: string;
let db: Database;
let freeMemory: number;
let registry: ModelRegistry;

beforeAll(async () => (tiny = await createTinyModel(5)));
afterAll(() => tiny.remove());
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-model-limits-'));
  db = openDatabase(dataDir);
  freeMemory = 16 * 2 ** 30;
  registry = new ModelRegistry({ dataDir, repository: new ModelRepository(db), freeMemory: () => freeMemory });
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
      await expect(registry.resolve()).rejects.toThrow(`Model "${version.id}" is missing ${file} in ${registry.dir(version.id)}; import ${tiny.dir} again and delete this version`);
    });
  }

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
