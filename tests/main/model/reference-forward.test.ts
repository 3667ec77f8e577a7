import { describe, expect, it } from 'vitest';
import { randomGpt2Weights, type Gpt2Config } from '../../../src-main/model/gpt2-weights.ts';
import { referenceLogits } from '../../../src-main/model/reference-forward.ts';
import { spreadWeights } from './onnx/tiny-gpt2-fixture.ts';

const config: Gpt2Config = { vocabSize: 13, nPositions: 8, nEmbd: 8, nLayer: 2, nHead: 2, layerNormEpsilon: 1e-5 };

describe('referenceLogits()', () => {
  it('reduces to LayerNorm(wte + wpe)·wteᵀ when every block outputs zero', () => {
    const weights = randomGpt2Weights(config, 5);
    // Zero projections and biases make each residual branch add exactly 0.
    for (const [name, t] of weights) if (/c_proj/.test(name)) t.data.fill(0);
    const tokens = [3, 11, 0];
    const logits = referenceLogits(config, weights, tokens);
    const wte = weights.get('wte.weight')!.data;
    const wpe = weights.get('wpe.weight')!.data;
    const C = config.nEmbd;
    tokens.forEach((token, t) => {
      const x = Array.from({ length: C }, (_, c) => wte[token * C + c] + wpe[t * C + c]);
      const mean = x.reduce((s, v) => s + v, 0) / C;
      const std = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / C + 1e-5);
      const h = x.map((v) => (v - mean) / std); // ln_f is identity-initialised
      for (let v = 0; v < config.vocabSize; v++) {
        const expected = h.reduce((s, hv, c) => s + hv * wte[v * C + c], 0);
        expect(logits[t * config.vocabSize + v]).toBeCloseTo(expected, 10);
      }
    });
  });

  it('is causal: later tokens do not change earlier logits', () => {
    const weights = spreadWeights(config, 2);
    const a = referenceLogits(config, weights, [1, 2, 3, 4]);
    const b = referenceLogits(config, weights, [1, 2, 9, 12]);
    const V = config.vocabSize;
    expect(Array.from(b.subarray(0, 2 * V))).toEqual(Array.from(a.subarray(0, 2 * V)));
    expect(Array.from(b.subarray(2 * V))).not.toEqual(Array.from(a.subarray(2 * V)));
  });
});
