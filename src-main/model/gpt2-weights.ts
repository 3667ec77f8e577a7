/**
 * GPT-2 weights in memory, keyed by Hugging Face GPT-2 names without the `transformer.` prefix.
 *
 *   Gpt2Config                      — the architecture numbers (GPT2Config's n_* fields, camel-cased)
 *   Gpt2Weights                     — Map<name, {shape, data: Float32Array}>
 *   gpt2WeightShapes(config)        — every expected name → shape, in a stable order
 *   randomGpt2Weights(config, seed) — GPT-2 initialisation from a seeded PRNG (deterministic)
 *   headDim(config)                 — nEmbd / nHead
 *
 * Layout (Conv1D `[in, out]`, as in HF checkpoints), with C = nEmbd:
 *   wte.weight [vocabSize, C] (also the tied lm_head), wpe.weight [nPositions, C],
 *   h.{i}.ln_1.weight|bias [C], h.{i}.attn.c_attn.weight [C, 3C] .bias [3C], h.{i}.attn.c_proj.weight [C, C] .bias [C],
 *   h.{i}.ln_2.weight|bias [C], h.{i}.mlp.c_fc.weight [C, 4C] .bias [4C], h.{i}.mlp.c_proj.weight [4C, C] .bias [C],
 *   ln_f.weight|bias [C].
 */
import { InvalidInputError } from '../shared/errors.ts';
import { seededNormal } from './seeded-random.ts';

export interface Gpt2Config {
  vocabSize: number; // 50257 for the GPT-2 tokenizer
  nPositions: number; // context window (1024 for gpt2)
  nEmbd: number; // width C
  nLayer: number;
  nHead: number; // must divide nEmbd
  layerNormEpsilon: number; // 1e-5 in GPT-2
}

export interface WeightTensor {
  shape: number[];
  data: Float32Array;
}

export type Gpt2Weights = Map<string, WeightTensor>;

export function headDim(config: Gpt2Config): number {
  return config.nEmbd / config.nHead;
}

export function validateGpt2Config(config: Gpt2Config): void {
  const fields = ['vocabSize', 'nPositions', 'nEmbd', 'nLayer', 'nHead'] as const;
  for (const field of fields) {
    if (!Number.isInteger(config[field]) || config[field] <= 0) {
      throw new InvalidInputError(`GPT-2 config: ${field} must be a positive integer, got ${config[field]}`);
    }
  }
  if (config.nEmbd % config.nHead !== 0) {
    throw new InvalidInputError(`GPT-2 config: nEmbd (${config.nEmbd}) must be divisible by nHead (${config.nHead})`);
  }
  if (!(config.layerNormEpsilon > 0)) throw new InvalidInputError('GPT-2 config: layerNormEpsilon must be > 0');
}

/** Every weight GPT-2 needs, name → shape, in checkpoint order. */
export function gpt2WeightShapes(config: Gpt2Config): Map<string, number[]> {
  const C = config.nEmbd;
  const shapes = new Map<string, number[]>([
    ['wte.weight', [config.vocabSize, C]],
    ['wpe.weight', [config.nPositions, C]],
  ]);
  for (let i = 0; i < config.nLayer; i++) {
    const p = `h.${i}`;
    shapes.set(`${p}.ln_1.weight`, [C]);
    shapes.set(`${p}.ln_1.bias`, [C]);
    shapes.set(`${p}.attn.c_attn.weight`, [C, 3 * C]);
    shapes.set(`${p}.attn.c_attn.bias`, [3 * C]);
    shapes.set(`${p}.attn.c_proj.weight`, [C, C]);
    shapes.set(`${p}.attn.c_proj.bias`, [C]);
    shapes.set(`${p}.ln_2.weight`, [C]);
    shapes.set(`${p}.ln_2.bias`, [C]);
    shapes.set(`${p}.mlp.c_fc.weight`, [C, 4 * C]);
    shapes.set(`${p}.mlp.c_fc.bias`, [4 * C]);
    shapes.set(`${p}.mlp.c_proj.weight`, [4 * C, C]);
    shapes.set(`${p}.mlp.c_proj.bias`, [C]);
  }
  shapes.set('ln_f.weight', [C]);
  shapes.set('ln_f.bias', [C]);
  return shapes;
}

/** Throws when a weight is missing or has the wrong shape or size. */
export function validateGpt2Weights(config: Gpt2Config, weights: Gpt2Weights): void {
  for (const [name, shape] of gpt2WeightShapes(config)) {
    const tensor = weights.get(name);
    if (!tensor) throw new InvalidInputError(`GPT-2 weights: missing ${name}`);
    const size = shape.reduce((a, b) => a * b, 1);
    if (tensor.shape.join(',') !== shape.join(',') || tensor.data.length !== size) {
      throw new InvalidInputError(
        `GPT-2 weights: ${name} has shape [${tensor.shape}] (${tensor.data.length} values), expected [${shape}]`,
      );
    }
  }
}

/**
 * GPT-2's initialisation: linear and embedding weights ~ N(0, 0.02²), residual projections (`c_proj`) scaled by
 * 1/√(2·nLayer), biases 0, LayerNorm weight 1 and bias 0. The same seed always gives the same weights.
 */
export function randomGpt2Weights(config: Gpt2Config, seed: number): Gpt2Weights {
  validateGpt2Config(config);
  const normal = seededNormal(seed);
  const weights: Gpt2Weights = new Map();
  const residualStd = 0.02 / Math.sqrt(2 * config.nLayer);
  for (const [name, shape] of gpt2WeightShapes(config)) {
    const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
    if (/\.ln_\d\.weight$|^ln_f\.weight$/.test(name)) data.fill(1);
    else if (name.endsWith('.weight')) {
      const std = name.endsWith('c_proj.weight') ? residualStd : 0.02;
      for (let i = 0; i < data.length; i++) data[i] = std * normal();
    }
    weights.set(name, { shape, data });
  }
  return weights;
}
