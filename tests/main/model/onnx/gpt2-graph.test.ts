import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gpt2Decoder, positionsFromMask } from '../../../../src-main/model/onnx/gpt2-decoder-session.ts';
import {
  buildGpt2InferenceModel,
  gpt2InferenceOnnxModel,
  writeGpt2InferenceModel,
} from '../../../../src-main/model/onnx/gpt2-graph.ts';
import { encodeOnnxModel } from '../../../../src-main/model/onnx/onnx-model-writer.ts';
import { referenceLogits } from '../../../../src-main/model/reference-forward.ts';
import { TINY_CONFIG, spreadWeights } from './tiny-gpt2-fixture.ts';

const config = TINY_CONFIG;
const weights = spreadWeights(config, 11);
const prompts = [
  [5, 17, 99, 3, 42, 7, 130],
  [200, 4],
  [61, 62, 63, 64],
];

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

function single(tokens: number[]) {
  return { batchSize: 1, inputIds: tokens, attentionMask: tokens.map(() => 1), positionIds: tokens.map((_, i) => i) };
}

describe('gpt2-graph', () => {
  let decoder: Gpt2Decoder;
  beforeAll(async () => {
    decoder = await Gpt2Decoder.create(buildGpt2InferenceModel(config, weights), config, { threads: 1 });
  });
  afterAll(async () => {
    await decoder.release();
  });

  describe('gpt2InferenceOnnxModel()', () => {
    it('declares the transformers.js decoder contract', () => {
      const { graph } = gpt2InferenceOnnxModel(config, weights);
      const byName = new Map([...graph.inputs, ...graph.outputs].map((v) => [v.name, v]));
      expect(graph.inputs.map((v) => v.name)).toEqual([
        'input_ids',
        'attention_mask',
        'position_ids',
        'past_key_values.0.key',
        'past_key_values.0.value',
        'past_key_values.1.key',
        'past_key_values.1.value',
        'num_logits_to_keep',
      ]);
      expect(graph.outputs.map((v) => v.name)).toEqual([
        'logits',
        'present.0.key',
        'present.0.value',
        'present.1.key',
        'present.1.value',
      ]);
      expect(byName.get('input_ids')).toMatchObject({ dtype: 'int64', shape: ['batch_size', 'sequence_length'] });
      expect(byName.get('position_ids')).toMatchObject({ dtype: 'int64', shape: ['batch_size', 'sequence_length'] });
      expect(byName.get('attention_mask')).toMatchObject({
        dtype: 'int64',
        shape: ['batch_size', 'past_sequence_length+sequence_length'],
      });
      expect(byName.get('past_key_values.1.value')).toMatchObject({
        dtype: 'float32',
        shape: ['batch_size', 4, 'past_sequence_length', 8],
      });
      expect(byName.get('num_logits_to_keep')).toMatchObject({ dtype: 'int64', shape: [] });
      expect(byName.get('logits')).toMatchObject({
        dtype: 'float32',
        shape: ['batch_size', 'num_logits', config.vocabSize],
      });
      expect(byName.get('present.0.key')!.shape).toEqual(['batch_size', 4, 'past_sequence_length+sequence_length', 8]);
      // tied lm_head: wte is stored once, and there is no separate lm_head weight
      expect(
        graph.initializers.filter((t) => t.dims.join() === `${config.vocabSize},${config.nEmbd}`).map((t) => t.name),
      ).toEqual(['wte.weight']);
    });
  });

  describe('buildGpt2InferenceModel()', () => {
    it('matches the float64 reference forward within 1e-4 at full GPT-2 vocabulary', async () => {
      const big = { ...config, vocabSize: 50257 };
      const bigWeights = spreadWeights(big, 3);
      const tokens = [50256, 464, 2068, 7586, 21831, 18045, 625, 262];
      const bigDecoder = await Gpt2Decoder.create(buildGpt2InferenceModel(big, bigWeights), big, { threads: 1 });
      const { logits } = await bigDecoder.forward(single(tokens));
      await bigDecoder.release();
      const expected = referenceLogits(big, bigWeights, tokens);
      expect(logits.dims).toEqual([1, tokens.length, 50257]);
      expect(maxAbsDiff(logits.data as Float32Array, expected)).toBeLessThan(1e-4);
    });

    it('matches the reference for every prompt of the tiny model', async () => {
      for (const tokens of prompts) {
        const { logits } = await decoder.forward(single(tokens));
        expect(maxAbsDiff(logits.data as Float32Array, referenceLogits(config, weights, tokens))).toBeLessThan(1e-4);
      }
    });
  });

  describe('num_logits_to_keep', () => {
    it('returns the logits of the last k positions, all of them for k = 0', async () => {
      const V = config.vocabSize;
      const batch = {
        batchSize: 2,
        inputIds: [...prompts[0], 0, 0, 0, ...prompts[2]],
        attentionMask: [...prompts[0].map(() => 1), 0, 0, 0, ...prompts[2].map(() => 1)],
        positionIds: [...prompts[0].map((_, i) => i), 1, 1, 1, 0, 1, 2, 3],
      };
      const T = prompts[0].length;
      const full = await decoder.forward({ ...batch, numLogitsToKeep: 0 });
      expect(full.logits.dims).toEqual([2, T, V]);
      for (const k of [1, 3, T, T + 5]) {
        const kept = await decoder.forward({ ...batch, numLogitsToKeep: k });
        const K = Math.min(k, T);
        expect(kept.logits.dims).toEqual([2, K, V]);
        const all = full.logits.data as Float32Array;
        const lastK = [0, 1].flatMap((b) => [...all.subarray((b * T + T - K) * V, (b + 1) * T * V)]);
        expect(maxAbsDiff(kept.logits.data as Float32Array, lastK)).toBeLessThan(1e-5);
        expect(kept.presents['past_key_values.1.key'].dims).toEqual([2, 4, T, 8]); // the cache still covers all T
      }
    });

    it('is optional for our decoder: a model exported without the input still returns every position', async () => {
      const model = gpt2InferenceOnnxModel(config, weights);
      // the export before the input existed, reproduced: k becomes a constant 0 instead of a graph input
      const zero = { name: 'num_logits_to_keep', dtype: 'int64' as const, dims: [], data: new Uint8Array(8) };
      const old = {
        ...model,
        graph: {
          ...model.graph,
          inputs: model.graph.inputs.filter((v) => v.name !== 'num_logits_to_keep'),
          initializers: [...model.graph.initializers, zero],
        },
      };
      const oldDecoder = await Gpt2Decoder.create(encodeOnnxModel(old), config, { threads: 1 });
      try {
        const { logits } = await oldDecoder.forward({ ...single(prompts[0]), numLogitsToKeep: 1 });
        expect(logits.dims).toEqual([1, prompts[0].length, config.vocabSize]);
        expect(await oldDecoder.greedy([prompts[0]], 8, { useCache: true })).toEqual(
          await decoder.greedy([prompts[0]], 8, { useCache: true }),
        );
      } finally {
        await oldDecoder.release();
      }
    });
  });

  describe('KV cache', () => {
    it('gives the same greedy tokens as recomputing the whole sequence each step', async () => {
      for (const prompt of prompts) {
        const cached = await decoder.greedy([prompt], 12, { useCache: true });
        const recomputed = await decoder.greedy([prompt], 12, { useCache: false });
        expect(cached).toEqual(recomputed);
      }
    });

    it('returns presents that extend the past by the new positions', async () => {
      const first = await decoder.forward(single([1, 2, 3]));
      expect(first.presents['past_key_values.0.key'].dims).toEqual([1, 4, 3, 8]);
      const next = await decoder.forward(
        { batchSize: 1, inputIds: [4, 5], attentionMask: [1, 1, 1, 1, 1], positionIds: [3, 4] },
        first.presents,
      );
      expect(next.presents['past_key_values.1.value'].dims).toEqual([1, 4, 5, 8]);
      const full = await decoder.forward(single([1, 2, 3, 4, 5]));
      const V = config.vocabSize;
      expect(
        maxAbsDiff(next.logits.data as Float32Array, (full.logits.data as Float32Array).subarray(3 * V)),
      ).toBeLessThan(1e-5);
    });
  });

  describe('left padding', () => {
    it('gives each prompt of a left-padded batch the logits and greedy tokens it gets alone', async () => {
      const width = Math.max(...prompts.map((p) => p.length));
      const mask = prompts.map((p) => [...new Array(width - p.length).fill(0), ...p.map(() => 1)]);
      const batch = {
        batchSize: prompts.length,
        inputIds: prompts.flatMap((p) => [...new Array(width - p.length).fill(0), ...p]),
        attentionMask: mask.flat(),
        positionIds: mask.flatMap(positionsFromMask),
      };
      const { logits } = await decoder.forward(batch);
      const V = config.vocabSize;
      for (const [b, prompt] of prompts.entries()) {
        const alone = (await decoder.forward(single(prompt))).logits.data as Float32Array;
        const rowStart = (b * width + width - prompt.length) * V;
        const padded = (logits.data as Float32Array).subarray(rowStart, rowStart + prompt.length * V);
        expect(maxAbsDiff(padded, alone)).toBeLessThan(1e-5);
      }
      const together = await decoder.greedy(prompts, 10, { useCache: true });
      for (const [b, prompt] of prompts.entries()) {
        expect(together[b]).toEqual((await decoder.greedy([prompt], 10, { useCache: true }))[0]);
      }
    });
  });

  describe('writeGpt2InferenceModel()', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'gpt2-onnx-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('writes external data above the threshold, which ONNX Runtime loads from the folder', async () => {
      const written = await writeGpt2InferenceModel(dir, config, weights, { externalDataThreshold: 10_000 });
      expect(written.dataPath).toBe(join(dir, 'model.onnx_data'));
      const fromDisk = await Gpt2Decoder.create(written.modelPath, config, { threads: 1 });
      const tokens = prompts[0];
      const { logits } = await fromDisk.forward(single(tokens));
      await fromDisk.release();
      expect(maxAbsDiff(logits.data as Float32Array, referenceLogits(config, weights, tokens))).toBeLessThan(1e-4);
      const session = await ort.InferenceSession.create(written.modelPath);
      expect(session.inputNames).toContain('past_key_values.1.value');
      await session.release();
    });
  });
});
