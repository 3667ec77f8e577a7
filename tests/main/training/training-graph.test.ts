import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gpt2WeightShapes, type Gpt2Config, type Gpt2Weights } from '../../../src-main/model/gpt2-weights.ts';
import { encodeOnnxModel } from '../../../src-main/model/onnx/onnx-model-writer.ts';
import { Gpt2Decoder } from '../../../src-main/model/onnx/gpt2-decoder-session.ts';
import { buildGpt2InferenceModel } from '../../../src-main/model/onnx/gpt2-graph.ts';
import {
  GRAD_PREFIX,
  buildTrainingModel,
  createTrainingSession,
  type TrainingBatch,
  type TrainingSession,
} from '../../../src-main/training/training-graph.ts';
import { TINY_CONFIG, spreadWeights } from '../model/onnx/tiny-gpt2-fixture.ts';
import { compareWithFiniteDifferences } from './finite-differences.ts';

const int64 = (values: number[], dims: number[]) =>
  new ort.Tensor(
    'int64',
    BigInt64Array.from(values, (v) => BigInt(v)),
    dims,
  );

interface TinyBatch extends TrainingBatch {
  inputIds: number[];
  targets: number[];
  lossMask: number[];
  attentionMask: number[];
}

/** Two rows, right-padded: the second row has 3 real tokens, and the loss counts only some positions. */
function tinyBatch(vocab: number): TinyBatch {
  const inputIds = [1, 5, 2, 7, 3, 9, 4, 6, 0, 0].map((t) => t % vocab);
  return {
    batchSize: 2,
    sequenceLength: 5,
    inputIds,
    targets: [5, 2, 7, 3, 8, 4, 6, 10, 0, 0].map((t) => t % vocab),
    lossMask: [0, 1, 1, 1, 1, 0, 1, 1, 0, 0],
    attentionMask: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
  };
}

/** Masked mean cross-entropy computed in JS from logits (B·T, V). */
function crossEntropy(logits: Float32Array, batch: TrainingBatch, V: number): number {
  let total = 0;
  let count = 0;
  for (let n = 0; n < batch.batchSize * batch.sequenceLength; n++) {
    if (!batch.lossMask[n]) continue;
    const row = logits.subarray(n * V, (n + 1) * V);
    const max = Math.max(...row);
    const logSum = Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0)) + max;
    total += logSum - row[batch.targets[n]];
    count++;
  }
  return total / count;
}

describe('training-graph', () => {
  describe('buildTrainingModel()', () => {
    it('gives gradients of every weight that match central finite differences (float64)', async () => {
      const config: Gpt2Config = {
        vocabSize: 67,
        nPositions: 6,
        nEmbd: 8,
        nLayer: 2,
        nHead: 2,
        layerNormEpsilon: 1e-5,
      };
      const weights = spreadWeights(config, 5);
      const session = await ort.InferenceSession.create(
        encodeOnnxModel(buildTrainingModel(config, { dtype: 'float64' })),
        { intraOpNumThreads: 1 },
      );
      const batch = tinyBatch(config.vocabSize);
      const fixed = {
        input_ids: int64(batch.inputIds, [2, 5]),
        targets: int64(batch.targets, [2, 5]),
        position_ids: int64([0, 1, 2, 3, 4, 0, 1, 2, 3, 4], [2, 5]),
        attention_mask: int64(batch.attentionMask, [2, 5]),
        loss_mask: new ort.Tensor('float64', Float64Array.from(batch.lossMask), [2, 5]),
      };
      const params = [...gpt2WeightShapes(config)].map(([name, shape]) => ({
        name,
        shape,
        data: Array.from(weights.get(name)!.data),
      }));
      // Every element of the tied wte (embedding + lm_head paths); a spread sample of every other weight.
      const { maxError, checked } = await compareWithFiniteDifferences(session, fixed, params, {
        maxElementsPerParam: (name) => (name === 'wte.weight' ? Infinity : 5),
      });
      await session.release();
      expect(checked).toBe(67 * 8 + 5 * (params.length - 1));
      expect(maxError).toBeLessThan(1e-7);
    });

    it('computes the same logits as the exported inference graph on the same weights', async () => {
      const weights = spreadWeights(TINY_CONFIG, 8);
      const training = await ort.InferenceSession.create(
        encodeOnnxModel(buildTrainingModel(TINY_CONFIG, { outputLogits: true })),
        {
          intraOpNumThreads: 1,
        },
      );
      const tokens = [3, 141, 59, 26, 53, 58, 97, 93];
      const feeds: Record<string, ort.Tensor> = {
        input_ids: int64(tokens, [1, 8]),
        targets: int64(tokens, [1, 8]),
        position_ids: int64([0, 1, 2, 3, 4, 5, 6, 7], [1, 8]),
        attention_mask: int64(new Array(8).fill(1), [1, 8]),
        loss_mask: new ort.Tensor('float32', new Float32Array(8).fill(1), [1, 8]),
      };
      for (const [name, w] of weights) feeds[name] = new ort.Tensor('float32', w.data, w.shape);
      const trained = (await training.run(feeds)).logits.data as Float32Array;
      await training.release();
      const decoder = await Gpt2Decoder.create(buildGpt2InferenceModel(TINY_CONFIG, weights), TINY_CONFIG, {
        threads: 1,
      });
      const inferred = (
        await decoder.forward({
          batchSize: 1,
          inputIds: tokens,
          attentionMask: new Array(8).fill(1),
          positionIds: [0, 1, 2, 3, 4, 5, 6, 7],
          numLogitsToKeep: 0, // every position, as the training graph computes
        })
      ).logits.data as Float32Array;
      await decoder.release();
      expect(trained.length).toBe(inferred.length);
      let maxDiff = 0;
      for (let i = 0; i < trained.length; i++) maxDiff = Math.max(maxDiff, Math.abs(trained[i] - inferred[i]));
      expect(maxDiff).toBeLessThan(1e-4);
    });

    it('declares weights as graph inputs and a grad.<name> output for each', () => {
      const { graph } = buildTrainingModel(TINY_CONFIG);
      const names = [...gpt2WeightShapes(TINY_CONFIG).keys()];
      expect(graph.initializers.map((t) => t.name)).not.toContain('wte.weight');
      expect(graph.inputs.map((v) => v.name)).toEqual([
        ...names,
        'input_ids',
        'position_ids',
        'attention_mask',
        'targets',
        'loss_mask',
      ]);
      expect(graph.outputs.map((v) => v.name)).toEqual(['loss', ...names.map((n) => GRAD_PREFIX + n)]);
    });
  });

  describe('createTrainingSession()', () => {
    const config = TINY_CONFIG;
    let session: TrainingSession;
    let weights: Gpt2Weights;
    beforeAll(async () => {
      session = await createTrainingSession(config, { threads: 1 });
      weights = spreadWeights(config, 4);
    });
    afterAll(async () => {
      await session.release();
    });

    it('step() returns the masked mean cross-entropy, the token count and a gradient for every weight', async () => {
      const batch = tinyBatch(config.vocabSize);
      const result = await session.step(weights, batch);
      const decoder = await Gpt2Decoder.create(buildGpt2InferenceModel(config, weights), config, { threads: 1 });
      const { logits } = await decoder.forward({
        batchSize: 2,
        inputIds: batch.inputIds,
        attentionMask: batch.attentionMask,
        positionIds: [0, 1, 2, 3, 4, 0, 1, 2, 3, 4],
      });
      await decoder.release();
      expect(result.loss).toBeCloseTo(crossEntropy(logits.data as Float32Array, batch, config.vocabSize), 4);
      expect(result.tokenCount).toBe(6);
      for (const [name, shape] of gpt2WeightShapes(config)) {
        expect(result.grads.get(name)!.shape).toEqual(shape);
        expect(result.grads.get(name)!.data.some((v) => v !== 0)).toBe(true);
      }
      expect((await session.evaluate(weights, batch)).loss).toBeCloseTo(result.loss, 5);
    });

    it('returns float32 gradients within 1e-3 (relative to each tensor’s largest) of the float64 graph’s', async () => {
      const batch = tinyBatch(config.vocabSize);
      const { grads } = await session.step(weights, batch);
      const model64 = encodeOnnxModel(buildTrainingModel(config, { dtype: 'float64' }));
      const session64 = await ort.InferenceSession.create(model64, { intraOpNumThreads: 1 });
      const feeds: Record<string, ort.Tensor> = {
        input_ids: int64(batch.inputIds, [2, 5]),
        targets: int64(batch.targets, [2, 5]),
        position_ids: int64([0, 1, 2, 3, 4, 0, 1, 2, 3, 4], [2, 5]),
        attention_mask: int64(batch.attentionMask, [2, 5]),
        loss_mask: new ort.Tensor('float64', Float64Array.from(batch.lossMask), [2, 5]),
      };
      for (const [name, w] of weights) feeds[name] = new ort.Tensor('float64', Float64Array.from(w.data), w.shape);
      const exact = await session64.run(feeds);
      await session64.release();
      for (const [name, g32] of grads) {
        const g64 = exact[GRAD_PREFIX + name].data as Float64Array;
        const scale = g64.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
        const worst = g32.data.reduce((m, v, i) => Math.max(m, Math.abs(v - g64[i])), 0);
        expect(worst / scale, name).toBeLessThan(1e-3);
      }
    });

    it('lowers the loss when the weights follow the gradient', async () => {
      const batch = tinyBatch(config.vocabSize);
      let current = weights;
      const losses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const { loss, grads } = await session.step(current, batch);
        losses.push(loss);
        current = new Map(
          [...current].map(([name, w]) => [
            name,
            { shape: w.shape, data: w.data.map((v, k) => v - 0.05 * grads.get(name)!.data[k]) },
          ]),
        );
      }
      expect(losses[4]).toBeLessThan(losses[0] * 0.9);
    });

    it('rejects token ids outside the vocabulary and mismatched lengths', async () => {
      const batch = tinyBatch(config.vocabSize);
      await expect(
        session.step(weights, { ...batch, inputIds: batch.inputIds.map(() => config.vocabSize) }),
      ).rejects.toThrow(/outside the vocabulary/);
      await expect(session.step(weights, { ...batch, lossMask: [1, 1] })).rejects.toThrow(
        /loss_mask has 2 values, expected 2×5/,
      );
    });
  });
});
