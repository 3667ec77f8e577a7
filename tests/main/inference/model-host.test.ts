import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelHost } from '../../../src-main/inference/model-host.ts';
import { greedyParams } from '../../../src-main/shared/inference-protocol.ts';
import { createTinyModel, type TinyModel } from '../../helpers/tiny-model.ts';

const GREEDY = greedyParams(8);

let first: TinyModel;
let second: TinyModel;
const host = new ModelHost({ intraOpThreads: 1 });

beforeAll(async () => {
  [first, second] = await Promise.all([createTinyModel(7, 'first'), createTinyModel(8, 'second')]);
});

afterAll(async () => {
  await host.unload();
  await Promise.all([first?.remove(), second?.remove()]);
});

describe('ModelHost', () => {
  describe('use()', () => {
    it('loads and warms up a model once, then reuses it', async () => {
      const stages: string[] = [];
      const loaded = await host.use(first, (stage) => stages.push(stage));
      expect(loaded).toMatchObject({ modelId: 'first', swapped: true });
      expect(loaded.warmupMs).toBeGreaterThan(0);
      expect(stages).toEqual(['loading', 'warming-up']);
      const again = await host.use(first);
      expect(again).toMatchObject({ swapped: false, loadMs: 0 });
      expect(again.loaded).toBe(loaded.loaded);
    });

    it('hot-swaps to another model and disposes the previous one', async () => {
      const old = (await host.use(first)).loaded;
      const swapped = await host.use(second);
      expect(swapped).toMatchObject({ modelId: 'second', swapped: true });
      expect(host.activeModel).toEqual({ id: 'second', dir: second.dir });
      const result = await host.generate(second, ['Hello'], GREEDY);
      expect(result.modelId).toBe('second');
      // The old model's ONNX session was released: running it fails.
      await expect(old.model.generate({ input_ids: old.tokenizer('Hello').input_ids, max_new_tokens: 1 })).rejects.toThrow(/disposed/);
    });

    it('keeps the working model when another fails to load, and says which file is missing', async () => {
      await host.use(second);
      const broken = await createTinyModel(9, 'broken');
      await rm(join(broken.dir, 'onnx/model.onnx'));
      await expect(host.use(broken)).rejects.toMatchObject({ name: 'NotFoundError', message: expect.stringMatching(/onnx\/model\.onnx/) });
      expect(host.activeModel?.id).toBe('second');
      expect((await host.generate(second, ['Hi'], GREEDY)).sequences[0].tokenIds).toHaveLength(8);
      await broken.remove();
    });
  });

  describe('precision', () => {
    it('runs the int8 graph when asked, generating close to the float32 one', async () => {
      const int8Host = new ModelHost({ intraOpThreads: 1, precision: 'int8' });
      try {
        const { loaded } = await int8Host.use(first);
        expect(loaded.precision).toBe('int8');
        const quantized = await int8Host.generate(first, ['Hello, how can I'], GREEDY);
        const float = await host.generate(first, ['Hello, how can I'], GREEDY);
        expect((await host.use(first)).loaded.precision).toBe('fp32');
        expect(quantized.sequences[0].tokenIds).toHaveLength(8);
        // the first greedy tokens agree; a greedy run may part ways after a near-tie (quantize-weights.test.ts)
        expect(quantized.sequences[0].tokenIds.slice(0, 2)).toEqual(float.sequences[0].tokenIds.slice(0, 2));
      } finally {
        await int8Host.unload();
      }
    });

    it('loads the model held again when asked to refresh after its int8 copy was written, not before', async () => {
      const int8Host = new ModelHost({ intraOpThreads: 1, precision: 'int8' });
      const later = await createTinyModel(11, 'int8-later');
      const quantized = join(later.dir, 'onnx/model_quantized.onnx');
      try {
        await rename(quantized, `${quantized}.aside`); // as before "Make int8 copy"
        const before = (await int8Host.use(later)).loaded;
        expect(before.precision).toBe('fp32');
        expect(await int8Host.use(later, undefined, { refresh: true })).toMatchObject({ swapped: false, precision: 'fp32' });

        await rename(`${quantized}.aside`, quantized); // the copy is written
        expect(await int8Host.use(later)).toMatchObject({ swapped: false, precision: 'fp32' }); // only on request
        const refreshed = await int8Host.use(later, undefined, { refresh: true });
        expect(refreshed).toMatchObject({ modelId: 'int8-later', swapped: true, precision: 'int8' });
        expect((await int8Host.generate(later, ['Hi'], GREEDY)).sequences[0].tokenIds).toHaveLength(8);
        // The float32 session it replaced was released.
        await expect(before.model.generate({ input_ids: before.tokenizer('Hi').input_ids, max_new_tokens: 1 })).rejects.toThrow(/disposed/);
        expect(await int8Host.use(later, undefined, { refresh: true })).toMatchObject({ swapped: false, precision: 'int8' });
      } finally {
        await int8Host.unload();
        await later.remove();
      }
    });

    it('falls back to float32 for a folder without the int8 copy', async () => {
      const int8Host = new ModelHost({ intraOpThreads: 1, precision: 'int8' });
      const plain = await createTinyModel(10, 'no-int8');
      try {
        await rm(join(plain.dir, 'onnx/model_quantized.onnx'));
        const { loaded } = await int8Host.use(plain);
        expect(loaded.precision).toBe('fp32');
        expect((await int8Host.generate(plain, ['Hi'], GREEDY)).sequences[0].tokenIds).toHaveLength(8);
      } finally {
        await int8Host.unload();
        await plain.remove();
      }
    });
  });

  describe('generate()', () => {
    it('reports the load time when the request had to load its model', async () => {
      await host.unload();
      const cold = await host.generate(first, ['Hello'], GREEDY);
      const warm = await host.generate(first, ['Hello'], GREEDY);
      expect(cold.timings.loadMs).toBeGreaterThan(0);
      expect(warm.timings.loadMs).toBe(0);
      expect(warm.sequences[0].tokenIds).toEqual(cold.sequences[0].tokenIds);
    });
  });
});
