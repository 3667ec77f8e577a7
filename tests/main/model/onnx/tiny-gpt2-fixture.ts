// Tiny GPT-2 fixtures for graph tests: small enough for a float64 JS reference, with weights spread wider than
// GPT-2's 0.02 init so logits, attention and LayerNorm parameters all matter.
import { randomGpt2Weights, type Gpt2Config, type Gpt2Weights } from '../../../../src-main/model/gpt2-weights.ts';
import { seededNormal } from '../../../../src-main/model/seeded-random.ts';

export const TINY_CONFIG: Gpt2Config = {
  vocabSize: 211,
  nPositions: 32,
  nEmbd: 32,
  nLayer: 2,
  nHead: 4,
  layerNormEpsilon: 1e-5,
};

export function spreadWeights(config: Gpt2Config, seed: number): Gpt2Weights {
  const weights = randomGpt2Weights(config, seed);
  const normal = seededNormal(seed + 1);
  for (const [name, tensor] of weights) {
    const isLayerNormWeight = /ln_(\d|f)\.weight$/.test(name);
    for (let i = 0; i < tensor.data.length; i++) {
      if (isLayerNormWeight) tensor.data[i] = 1 + 0.2 * normal();
      else if (name.endsWith('.bias')) tensor.data[i] = 0.1 * normal();
      else tensor.data[i] *= 10; // std 0.2 instead of 0.02
    }
  }
  return weights;
}
