import { describe, expect, it } from 'vitest';
import type { Gpt2Config } from '../../../src-main/model/gpt2-weights.ts';
import {
  generationConfigJson,
  gpt2ConfigJson,
  parseGenerationConfigJson,
  parseGpt2ConfigJson,
} from '../../../src-main/model/hf-config.ts';

const CONFIG: Gpt2Config = { vocabSize: 50257, nPositions: 64, nEmbd: 32, nLayer: 2, nHead: 4, layerNormEpsilon: 1e-5 };

/** distilgpt2's config.json as published on the hub (fields that matter here, as they appear there). */
const DISTILGPT2 = {
  _num_labels: 1,
  activation_function: 'gelu_new',
  architectures: ['GPT2LMHeadModel'],
  attn_pdrop: 0.1,
  bos_token_id: 50256,
  embd_pdrop: 0.1,
  eos_token_id: 50256,
  initializer_range: 0.02,
  layer_norm_epsilon: 1e-5,
  model_type: 'gpt2',
  n_ctx: 1024,
  n_embd: 768,
  n_head: 12,
  n_layer: 6,
  n_positions: 1024,
  resid_pdrop: 0.1,
  summary_activation: null,
  summary_first_dropout: 0.1,
  summary_proj_to_labels: true,
  summary_type: 'cls_index',
  summary_use_proj: true,
  task_specific_params: { 'text-generation': { do_sample: true, max_length: 50 } },
  vocab_size: 50257,
};

describe('gpt2ConfigJson()', () => {
  it('writes the GPT2Config fields transformers expects', () => {
    const json = JSON.parse(gpt2ConfigJson(CONFIG));
    expect(json).toMatchObject({
      model_type: 'gpt2',
      architectures: ['GPT2LMHeadModel'],
      vocab_size: 50257,
      n_positions: 64,
      n_ctx: 64,
      n_embd: 32,
      n_layer: 2,
      n_head: 4,
      layer_norm_epsilon: 1e-5,
      activation_function: 'gelu_new',
      bos_token_id: 50256,
      eos_token_id: 50256,
      tie_word_embeddings: true,
    });
  });

  it('round-trips through parseGpt2ConfigJson()', () => {
    expect(parseGpt2ConfigJson(gpt2ConfigJson(CONFIG))).toEqual(CONFIG);
  });

  it('merges extra fields such as transformers.js_config', () => {
    const extra = { 'transformers.js_config': { use_external_data_format: { 'model.onnx': 1 } } };
    expect(JSON.parse(gpt2ConfigJson(CONFIG, extra))['transformers.js_config']).toEqual(extra['transformers.js_config']);
  });
});

describe('parseGpt2ConfigJson()', () => {
  it("reads the hub's distilgpt2 config", () => {
    expect(parseGpt2ConfigJson(JSON.stringify(DISTILGPT2))).toEqual({
      vocabSize: 50257,
      nPositions: 1024,
      nEmbd: 768,
      nLayer: 6,
      nHead: 12,
      layerNormEpsilon: 1e-5,
    });
  });

  it('falls back to n_ctx and the default epsilon', () => {
    const { n_positions: _n, layer_norm_epsilon: _e, ...legacy } = DISTILGPT2;
    expect(parseGpt2ConfigJson(JSON.stringify(legacy))).toMatchObject({ nPositions: 1024, layerNormEpsilon: 1e-5 });
  });

  it.each([
    ['another architecture', { model_type: 'llama' }, /model_type is "llama", not "gpt2"/],
    ['a non-GPT-2 head', { architectures: ['BertForMaskedLM'] }, /architectures .* is not GPT2LMHeadModel/],
    ['a missing size', { n_layer: undefined }, /n_layer must be a positive integer/],
    ['heads that do not divide the width', { n_head: 5 }, /divisible by nHead/],
    ['an unsupported activation', { activation_function: 'relu' }, /activation_function "relu"/],
    ['an odd MLP width', { n_inner: 1000 }, /n_inner 1000/],
    ['an untied head', { tie_word_embeddings: false }, /untied lm_head/],
  ])('rejects %s', (_what, patch, message) => {
    const text = JSON.stringify({ ...DISTILGPT2, ...patch });
    expect(() => parseGpt2ConfigJson(text, 'x/config.json')).toThrow(
      expect.objectContaining({ name: 'InvalidInputError', message: expect.stringMatching(message) }),
    );
  });

  it('rejects text that is not a JSON object', () => {
    expect(() => parseGpt2ConfigJson('{oops')).toThrow(/config.json is not valid JSON/);
    expect(() => parseGpt2ConfigJson('[1]')).toThrow(/not a JSON object/);
  });
});

describe('generationConfigJson()', () => {
  it("writes GPT-2's bos/eos and parses back", () => {
    expect(parseGenerationConfigJson(generationConfigJson())).toEqual({
      _from_model_config: true,
      bos_token_id: 50256,
      eos_token_id: 50256,
    });
  });

  it('rejects a token id that is not an integer', () => {
    expect(() => parseGenerationConfigJson('{"eos_token_id": "x"}')).toThrow(/eos_token_id must be a token id/);
  });
});
