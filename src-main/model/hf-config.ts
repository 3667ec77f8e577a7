// config.json and generation_config.json of a GPT-2 model folder, as Hugging Face's GPT2Config writes them.
import { InvalidInputError } from '../shared/errors.ts';
import { validateGpt2Config, type Gpt2Config } from './gpt2-weights.ts';
import { GPT2_EOS_ID } from './tokenizer/gpt2-vocabulary.ts';

/**
 * Upper bounds far above any GPT-2 checkpoint (gpt2-xl: 48 layers, width 1600, 1024 positions, 50,257 tokens).
 * A config is trusted to lay out the weights (a loop over the layers, tensors of vocab × width), so a hostile
 * `n_layer: 9007199254740991` must be refused here instead of looping until memory runs out.
 */
export const GPT2_CONFIG_LIMITS = { vocabSize: 262_144, nPositions: 65_536, nEmbd: 16_384, nLayer: 256, nHead: 256 } as const;

/** The activations our graph implements: GPT-2's tanh approximation of GELU, under both of its HF names. */
const SUPPORTED_ACTIVATIONS = ['gelu_new', 'gelu_pytorch_tanh'];

/**
 * config.json for `config`. `extra` adds fields such as transformers.js's
 * `"transformers.js_config": {"use_external_data_format": {...}}` for models stored with external data.
 */
export function gpt2ConfigJson(config: Gpt2Config, extra: Record<string, unknown> = {}): string {
  validateGpt2Config(config);
  const json = {
    activation_function: 'gelu_new',
    architectures: ['GPT2LMHeadModel'],
    attn_pdrop: 0.1,
    bos_token_id: GPT2_EOS_ID,
    embd_pdrop: 0.1,
    eos_token_id: GPT2_EOS_ID,
    initializer_range: 0.02,
    layer_norm_epsilon: config.layerNormEpsilon,
    model_type: 'gpt2',
    n_ctx: config.nPositions,
    n_embd: config.nEmbd,
    n_head: config.nHead,
    n_inner: null,
    n_layer: config.nLayer,
    n_positions: config.nPositions,
    reorder_and_upcast_attn: false,
    resid_pdrop: 0.1,
    scale_attn_by_inverse_layer_idx: false,
    scale_attn_weights: true,
    summary_activation: null,
    summary_first_dropout: 0.1,
    summary_proj_to_labels: true,
    summary_type: 'cls_index',
    summary_use_proj: true,
    tie_word_embeddings: true,
    torch_dtype: 'float32',
    use_cache: true,
    vocab_size: config.vocabSize,
    ...extra,
  };
  return JSON.stringify(json, null, 2) + '\n';
}

/**
 * Reads a config.json and checks it describes a GPT-2 our graph can run; anything else gets an error that
 * names the field. Missing optional fields take GPT2Config's defaults.
 */
export function parseGpt2ConfigJson(text: string, source = 'config.json'): Gpt2Config {
  const json = parseJsonObject(text, source);
  const fail = (why: string) => new InvalidInputError(`${source}: ${why}`);
  if (json.model_type !== 'gpt2') {
    throw fail(`model_type is ${JSON.stringify(json.model_type)}, not "gpt2"; Concierge runs GPT-2 models only`);
  }
  const architectures = json.architectures;
  if (architectures !== undefined && architectures !== null) {
    if (!Array.isArray(architectures) || !architectures.some((a) => a === 'GPT2LMHeadModel' || a === 'GPT2Model')) {
      throw fail(`architectures ${JSON.stringify(architectures)} is not GPT2LMHeadModel`);
    }
  }
  const integer = (field: string, max: number, fallback?: unknown): number => {
    const value = json[field] ?? fallback;
    if (!Number.isSafeInteger(value) || (value as number) <= 0) {
      throw fail(`${field} must be a positive integer, got ${JSON.stringify(value)}`);
    }
    if ((value as number) > max) throw fail(`${field} ${value} is larger than any GPT-2 (at most ${max})`);
    return value as number;
  };
  const config: Gpt2Config = {
    vocabSize: integer('vocab_size', GPT2_CONFIG_LIMITS.vocabSize),
    nPositions: integer('n_positions', GPT2_CONFIG_LIMITS.nPositions, json.n_ctx),
    nEmbd: integer('n_embd', GPT2_CONFIG_LIMITS.nEmbd),
    nLayer: integer('n_layer', GPT2_CONFIG_LIMITS.nLayer),
    nHead: integer('n_head', GPT2_CONFIG_LIMITS.nHead),
    layerNormEpsilon: (json.layer_norm_epsilon as number | undefined) ?? 1e-5,
  };
  // 1e999 is valid JSON for Infinity.
  if (typeof config.layerNormEpsilon !== 'number' || !(config.layerNormEpsilon > 0) || !Number.isFinite(config.layerNormEpsilon)) {
    throw fail('layer_norm_epsilon must be a positive number');
  }
  const activation = json.activation_function ?? 'gelu_new';
  if (!SUPPORTED_ACTIVATIONS.includes(activation as string)) {
    throw fail(`activation_function ${JSON.stringify(activation)} is not supported (use gelu_new)`);
  }
  if (json.n_inner !== undefined && json.n_inner !== null && json.n_inner !== 4 * config.nEmbd) {
    throw fail(`n_inner ${JSON.stringify(json.n_inner)} is not supported (only 4 × n_embd = ${4 * config.nEmbd})`);
  }
  if (json.tie_word_embeddings === false) throw fail('an untied lm_head (tie_word_embeddings: false) is not supported');
  if (json.scale_attn_by_inverse_layer_idx === true) throw fail('scale_attn_by_inverse_layer_idx is not supported');
  if (json.scale_attn_weights === false) throw fail('scale_attn_weights: false is not supported');
  if (json.add_cross_attention === true) throw fail('add_cross_attention is not supported');
  try {
    validateGpt2Config(config);
  } catch (error) {
    throw fail((error as Error).message);
  }
  return config;
}

/** generation_config.json as transformers writes it for GPT-2. */
export function generationConfigJson(): string {
  const json = { _from_model_config: true, bos_token_id: GPT2_EOS_ID, eos_token_id: GPT2_EOS_ID };
  return JSON.stringify(json, null, 2) + '\n';
}

/** Checks a generation_config.json is a JSON object whose token ids, when given, are integers. */
export function parseGenerationConfigJson(text: string, source = 'generation_config.json'): Record<string, unknown> {
  const json = parseJsonObject(text, source);
  for (const field of ['bos_token_id', 'eos_token_id', 'pad_token_id']) {
    const value = json[field];
    const ids = Array.isArray(value) ? value : [value];
    if (value !== undefined && value !== null && !ids.every((id) => Number.isSafeInteger(id) && id >= 0)) {
      throw new InvalidInputError(`${source}: ${field} must be a token id, got ${JSON.stringify(value)}`);
    }
  }
  return json;
}

function parseJsonObject(text: string, source: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${source} is not valid JSON: ${(error as Error).message}`).withCode('model.file-corrupt', {
      file: fileName(source),
    });
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new InvalidInputError(`${source} is not a JSON object`);
  }
  return json as Record<string, unknown>;
}

/** The last part of a path (`/data/models/x/config.json` → `config.json`): messages name the file, not the folder. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
