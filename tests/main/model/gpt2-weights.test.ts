import { describe, expect, it } from 'vitest';
import {
  gpt2WeightShapes,
  randomGpt2Weights,
  validateGpt2Config,
  validateGpt2Weights,
  type Gpt2Config,
} from '../../../src-main/model/gpt2-weights.ts';
import { InvalidInputError } from '../../../src-main/shared/errors.ts';

const config: Gpt2Config = { vocabSize: 50, nPositions: 16, nEmbd: 24, nLayer: 3, nHead: 4, layerNormEpsilon: 1e-5 };

function stats(data: Float32Array): { mean: number; std: number } {
  const mean = data.reduce((s, v) => s + v, 0) / data.length;
  const std = Math.sqrt(data.reduce((s, v) => s + (v - mean) ** 2, 0) / data.length);
  return { mean, std };
}

describe('gpt2-weights', () => {
  describe('gpt2WeightShapes()', () => {
    it('lists every Hugging Face GPT-2 tensor with the Conv1D [in, out] layout', () => {
      const shapes = gpt2WeightShapes(config);
      expect(shapes.size).toBe(2 + 12 * config.nLayer + 2);
      expect(shapes.get('wte.weight')).toEqual([50, 24]);
      expect(shapes.get('wpe.weight')).toEqual([16, 24]);
      expect(shapes.get('h.2.attn.c_attn.weight')).toEqual([24, 72]);
      expect(shapes.get('h.0.attn.c_proj.weight')).toEqual([24, 24]);
      expect(shapes.get('h.1.mlp.c_fc.weight')).toEqual([24, 96]);
      expect(shapes.get('h.1.mlp.c_proj.weight')).toEqual([96, 24]);
      expect(shapes.get('ln_f.bias')).toEqual([24]);
      expect([...shapes.keys()].some((n) => n.startsWith('transformer.'))).toBe(false);
    });
  });

  describe('randomGpt2Weights()', () => {
    it('gives identical weights for the same seed and different ones for another seed', () => {
      const a = randomGpt2Weights(config, 7);
      const b = randomGpt2Weights(config, 7);
      const c = randomGpt2Weights(config, 8);
      expect(b.get('h.1.mlp.c_fc.weight')!.data).toEqual(a.get('h.1.mlp.c_fc.weight')!.data);
      expect(c.get('h.1.mlp.c_fc.weight')!.data).not.toEqual(a.get('h.1.mlp.c_fc.weight')!.data);
    });

    it('follows GPT-2 init: std 0.02, c_proj scaled by 1/sqrt(2·nLayer), LayerNorm ones and zeros, zero biases', () => {
      const big: Gpt2Config = { ...config, vocabSize: 2000, nEmbd: 64, nHead: 4 };
      const weights = randomGpt2Weights(big, 1);
      expect(stats(weights.get('wte.weight')!.data).std).toBeCloseTo(0.02, 3);
      expect(stats(weights.get('h.0.mlp.c_fc.weight')!.data).std).toBeCloseTo(0.02, 3);
      expect(Math.abs(stats(weights.get('wte.weight')!.data).mean)).toBeLessThan(0.001);
      expect(stats(weights.get('h.0.mlp.c_proj.weight')!.data).std).toBeCloseTo(0.02 / Math.sqrt(6), 3);
      expect(stats(weights.get('h.2.attn.c_proj.weight')!.data).std).toBeCloseTo(0.02 / Math.sqrt(6), 3);
      expect(weights.get('h.1.ln_2.weight')!.data.every((v) => v === 1)).toBe(true);
      expect(weights.get('ln_f.bias')!.data.every((v) => v === 0)).toBe(true);
      expect(weights.get('h.0.attn.c_attn.bias')!.data.every((v) => v === 0)).toBe(true);
      validateGpt2Weights(big, weights);
    });
  });

  describe('validateGpt2Config()', () => {
    it('rejects a width that the heads do not divide', () => {
      expect(() => validateGpt2Config({ ...config, nHead: 5 })).toThrow(InvalidInputError);
      expect(() => validateGpt2Config({ ...config, nLayer: 0 })).toThrow(/nLayer/);
    });
  });

  describe('validateGpt2Weights()', () => {
    it('names the missing or misshapen tensor', () => {
      const weights = randomGpt2Weights(config, 1);
      weights.delete('h.1.ln_1.bias');
      expect(() => validateGpt2Weights(config, weights)).toThrow(/missing h\.1\.ln_1\.bias/);
      const other = randomGpt2Weights(config, 1);
      other.set('wpe.weight', { shape: [8, 24], data: new Float32Array(8 * 24) });
      expect(() => validateGpt2Weights(config, other)).toThrow(/wpe\.weight has shape \[8,24\]/);
    });
  });
});
