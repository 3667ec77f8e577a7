import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gpt2WeightShapes, type Gpt2Config } from '../../../src-main/model/gpt2-weights.ts';
import { GPT2_CONFIG_LIMITS, gpt2ConfigJson, parseGenerationConfigJson, parseGpt2ConfigJson } from '../../../src-main/model/hf-config.ts';
import { InvalidInputError } from '../../../src-main/shared/errors.ts';

// config.json comes from a model folder or the hub: it may be anything. A config that parses is used to lay out
// the weights (a loop over n_layer, tensors of vocab_size × n_embd), so "parsed" must also mean "sane size".
const number = fc.oneof(
  fc.integer({ min: -2, max: 100 }),
  fc.constantFrom(768, 1024, 50257, 0, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER, 1e999, 1.5, -0),
  fc.double(),
);
const anyValue = fc.oneof(number, fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 1 }));
const configObject = fc.record(
  {
    model_type: fc.oneof({ weight: 5, arbitrary: fc.constant('gpt2') }, { weight: 1, arbitrary: anyValue }),
    architectures: fc.oneof(fc.constant(['GPT2LMHeadModel']), anyValue),
    vocab_size: fc.oneof(fc.constant(50257), number, anyValue),
    n_positions: fc.oneof(fc.constant(1024), number),
    n_ctx: number,
    n_embd: fc.oneof(fc.constantFrom(32, 768), number),
    n_layer: fc.oneof(fc.constantFrom(2, 12), number),
    n_head: fc.oneof(fc.constantFrom(4, 12), number),
    layer_norm_epsilon: fc.oneof(fc.constant(1e-5), number, anyValue),
    activation_function: fc.oneof(fc.constantFrom('gelu_new', 'gelu_pytorch_tanh', 'relu'), anyValue),
    n_inner: fc.oneof(fc.constant(null), number),
    tie_word_embeddings: anyValue,
    scale_attn_weights: anyValue,
  },
  { requiredKeys: [] },
);
/** A real config (distilgpt2's sizes) with a few fields replaced by hostile values. */
const nearlyValid = fc
  .tuple(configObject, fc.subarray(['model_type', 'architectures', 'vocab_size', 'n_positions', 'n_embd', 'n_layer', 'n_head', 'layer_norm_epsilon', 'activation_function', 'n_inner'], { maxLength: 2 }))
  .map(([hostile, replaced]) => ({
    model_type: 'gpt2',
    vocab_size: 50257,
    n_positions: 1024,
    n_embd: 768,
    n_layer: 6,
    n_head: 12,
    ...Object.fromEntries(replaced.filter((key) => key in hostile).map((key) => [key, hostile[key as keyof typeof hostile]])),
  }));
/** JSON text: the object as written, with number literals JSON.stringify cannot produce (1e999) kept. */
const configText = fc.oneof(
  nearlyValid.map((object) => JSON.stringify(object, (_key, value) => (value === Infinity ? '__INF__' : value)).replaceAll('"__INF__"', '1e999')),
  configObject.map((object) => JSON.stringify(object)),
  configObject.map((object) => JSON.stringify(object, (_key, value) => (value === Infinity ? '__INF__' : value)).replaceAll('"__INF__"', '1e999')),
  fc.json({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

function parsed(text: string): Gpt2Config | null {
  try {
    return parseGpt2ConfigJson(text, 'models/x/config.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(/^models\/x\/config\.json(:| is)/);
    return null;
  }
}

describe('config.json (properties)', () => {
  it('accepts only a runnable GPT-2 of bounded size, refusing everything else with an error naming the file', () => {
    let accepted = 0;
    fc.assert(
      fc.property(configText, (text) => {
        const config = parsed(text);
        if (!config) return;
        accepted++;
        for (const field of ['vocabSize', 'nPositions', 'nEmbd', 'nLayer', 'nHead'] as const) {
          expect(Number.isSafeInteger(config[field]) && config[field] > 0, field).toBe(true);
        }
        expect(config.nEmbd % config.nHead).toBe(0);
        expect(Number.isFinite(config.layerNormEpsilon) && config.layerNormEpsilon > 0).toBe(true);
        expect(config.nLayer).toBeLessThanOrEqual(GPT2_CONFIG_LIMITS.nLayer);
        // Laying out the weights stays small: the loop over layers and the shapes are bounded.
        const shapes = gpt2WeightShapes(config);
        expect(shapes.size).toBeLessThanOrEqual(4 + 12 * GPT2_CONFIG_LIMITS.nLayer);
        for (const shape of shapes.values()) expect(shape.reduce((a, b) => a * b, 1)).toBeLessThanOrEqual(2 ** 32);
      }),
      { numRuns: 1_000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('reads back every config it writes', () => {
    const config = fc
      .record({
        vocabSize: fc.integer({ min: 1, max: GPT2_CONFIG_LIMITS.vocabSize }),
        nPositions: fc.integer({ min: 1, max: GPT2_CONFIG_LIMITS.nPositions }),
        nHead: fc.integer({ min: 1, max: 64 }),
        headDim: fc.integer({ min: 1, max: 128 }),
        nLayer: fc.integer({ min: 1, max: GPT2_CONFIG_LIMITS.nLayer }),
        layerNormEpsilon: fc.double({ min: 1e-12, max: 1e-1, noNaN: true }),
      })
      .map(({ headDim, ...rest }): Gpt2Config => ({ ...rest, nEmbd: headDim * rest.nHead }));
    fc.assert(
      fc.property(config, (original) => {
        expect(parseGpt2ConfigJson(gpt2ConfigJson(original))).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });

  it('reads generation_config.json into an object or an InvalidInputError', () => {
    const text = fc.oneof(
      fc.record({ bos_token_id: anyValue, eos_token_id: fc.oneof(anyValue, fc.array(number)), pad_token_id: anyValue }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
      fc.json({ maxDepth: 2 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (json) => {
        try {
          const config = parseGenerationConfigJson(json);
          expect(typeof config).toBe('object');
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
        }
      }),
      { numRuns: 500 },
    );
  });

  // Before GPT2_CONFIG_LIMITS, n_layer 2^53 - 1 parsed and the first property hung laying out its weights,
  // and layer_norm_epsilon 1e999 (Infinity) was accepted.
  it('refuses sizes no GPT-2 has and an infinite epsilon, naming the field', () => {
    const base = { model_type: 'gpt2', vocab_size: 50257, n_positions: 1024, n_embd: 768, n_layer: 12, n_head: 12 };
    for (const [field, value] of [
      ['n_layer', Number.MAX_SAFE_INTEGER],
      ['vocab_size', 2 ** 40],
      ['n_positions', 2 ** 31],
      ['n_embd', 2 ** 30],
      ['layer_norm_epsilon', 1e999],
    ] as const) {
      const text = JSON.stringify({ ...base, [field]: value === 1e999 ? '__INF__' : value }).replace('"__INF__"', '1e999');
      expect(() => parseGpt2ConfigJson(text), field).toThrow(new RegExp(field));
      expect(() => parseGpt2ConfigJson(text), field).toThrow(InvalidInputError);
    }
  });
});
