/**
 * GPT-2 (GPT2LMHeadModel) as an ONNX graph: one definition for inference and training.
 *
 *   gpt2Forward(g, config, param, inputs)        — emits the decoder into any builder; `param(name)` supplies each
 *                                                  weight (an initializer for inference, a graph input for training);
 *                                                  returns logits and the final hidden state (nodes no output uses
 *                                                  are dropped when the model is written); `numLogitsToKeep` limits
 *                                                  the logits to the last positions (inference only)
 *   buildGpt2InferenceModel(config, weights)     — the transformers.js 4.x decoder, encoded (< 2 GB)
 *   writeGpt2InferenceModel(dir, config, weights) — the same written to `dir/model.onnx` (+ `model.onnx_data` when big)
 *
 * Inference contract (transformers.js, ARCHITECTURE.md "Models"):
 *   inputs  input_ids, position_ids int64 (batch_size, sequence_length);
 *           attention_mask int64 (batch_size, past_sequence_length+sequence_length), 1 = real token, 0 = padding;
 *           past_key_values.{i}.key|value float32 (batch_size, nHead, past_sequence_length, headDim);
 *           num_logits_to_keep int64 scalar k: logits for the last k positions only, 0 = all (transformers.js feeds
 *           1 while generating and 0 in a plain forward; a prefill over a long prompt then skips the (T, V) product)
 *   outputs logits (batch_size, k or sequence_length, vocabSize); present.{i}.key|value (…, past+sequence, headDim)
 * The lm_head is tied to wte. Attention is causal and ignores padded keys, so left padding works.
 */
import { addDims } from './dims.ts';
import { GraphBuilder, type FloatDType, type Value } from './graph-builder.ts';
import type { OnnxModel } from './onnx-model.ts';
import {
  encodeOnnxModel,
  writeOnnxModel,
  type WriteOnnxModelOptions,
  type WrittenOnnxModel,
} from './onnx-model-writer.ts';
import { gpt2WeightShapes, headDim, validateGpt2Weights, type Gpt2Config, type Gpt2Weights } from '../gpt2-weights.ts';

export const BATCH_DIM = 'batch_size';
export const SEQUENCE_DIM = 'sequence_length';
const PAST_DIM = 'past_sequence_length';
const KEPT_LOGITS_DIM = 'num_logits';

/** Score given to masked attention positions (softmax weight 0; fully masked rows of padding stay finite). */
const MASKED_SCORE = -1e9;

export interface KeyValue {
  key: Value; // (B, H, S, D)
  value: Value; // (B, H, S, D)
}

export interface Gpt2ForwardInputs {
  inputIds: Value; // (B, T) int64
  positionIds: Value; // (B, T) int64
  attentionMask: Value; // (B, S) int64, S = P + T
  past?: readonly KeyValue[]; // per layer, (B, H, P, D)
  numLogitsToKeep?: Value; // () int64 k: logits for the last k positions only, 0 = all; absent = all
}

export interface Gpt2ForwardOutputs {
  hidden: Value; // (B, T, C): after ln_f, what the tied lm_head multiplies by wteᵀ
  logits: Value; // (B, K, V): K = T, or k when numLogitsToKeep is given
  presents: KeyValue[]; // per layer, (B, H, S, D)
}

export type ParamSource = (name: string) => Value;

export function gpt2Forward(
  g: GraphBuilder,
  config: Gpt2Config,
  param: ParamSource,
  inputs: Gpt2ForwardInputs,
): Gpt2ForwardOutputs {
  const wte = param('wte.weight');
  // x: (B, T, C)
  let x = g.within('embed', () =>
    g.add(g.gather(wte, inputs.inputIds), g.gather(param('wpe.weight'), inputs.positionIds)),
  );
  const mask = g.within('mask', () => attentionMask(g, inputs)); // (B, 1, T, S) bool
  const presents: KeyValue[] = [];
  for (let i = 0; i < config.nLayer; i++) {
    const p = (name: string) => param(`h.${i}.${name}`);
    g.within(`h.${i}`, () => {
      const normed = g.layerNorm(x, p('ln_1.weight'), p('ln_1.bias'), config.layerNormEpsilon);
      const attended = attention(g, config, normed, mask, p, inputs.past?.[i]);
      presents.push(attended.present);
      x = g.add(x, attended.output);
      const normed2 = g.layerNorm(x, p('ln_2.weight'), p('ln_2.bias'), config.layerNormEpsilon);
      const hidden = g.gelu(linear(g, normed2, p('mlp.c_fc.weight'), p('mlp.c_fc.bias'))); // (B, T, 4C)
      x = g.add(x, linear(g, hidden, p('mlp.c_proj.weight'), p('mlp.c_proj.bias')));
    });
  }
  return g.within('lm_head', () => {
    const hidden = g.layerNorm(x, param('ln_f.weight'), param('ln_f.bias'), config.layerNormEpsilon);
    const kept = inputs.numLogitsToKeep ? lastPositions(g, hidden, inputs.numLogitsToKeep) : hidden; // (B, K, C)
    const logits = g.matmul(kept, wte, { transB: true }); // tied lm_head: (B, K, C)·(V, C)ᵀ
    return { hidden, logits, presents };
  });
}

/** x (B, T, C) → (B, K, C), its last k positions: a Slice from -k, which for k = 0 starts at 0 and keeps all T. */
function lastPositions(g: GraphBuilder, x: Value, k: Value): Value {
  const starts = g.unsqueeze(g.unaryOp('Neg', k), [0]); // (1)
  const ends = g.constant([Number.MAX_SAFE_INTEGER], 'int64'); // clamped to T
  return g.slice(x, starts, ends, 1, KEPT_LOGITS_DIM);
}

/** Conv1D: x (…, in) · w (in, out) + b (out). */
function linear(g: GraphBuilder, x: Value, w: Value, b: Value): Value {
  return g.add(g.matmul(x, w), b);
}

function attention(
  g: GraphBuilder,
  config: Gpt2Config,
  x: Value, // (B, T, C)
  mask: Value, // (B, 1, T, S)
  p: (name: string) => Value,
  past: KeyValue | undefined,
): { output: Value; present: KeyValue } {
  const C = config.nEmbd;
  const H = config.nHead;
  const D = headDim(config);
  const dtype = x.dtype as FloatDType;
  const qkv = linear(g, x, p('attn.c_attn.weight'), p('attn.c_attn.bias')); // (B, T, 3C)
  const [q, k, v] = g.split(qkv, -1, [C, C, C]).map((t) => g.transpose(g.reshape(t, [0, 0, H, D]), [0, 2, 1, 3])); // (B, H, T, D)
  const key = past ? g.concat([past.key, k], 2) : k; // (B, H, S, D)
  const value = past ? g.concat([past.value, v], 2) : v;
  const scaledQ = g.mul(q, g.scalar(1 / Math.sqrt(D), dtype)); // scaling q is cheaper than scaling (T, S) scores
  const scores = g.where(mask, g.matmul(scaledQ, key, { transB: true }), g.scalar(MASKED_SCORE, dtype)); // (B, H, T, S)
  const context = g.matmul(g.softmax(scores), value); // (B, H, T, D)
  const merged = g.reshape(g.transpose(context, [0, 2, 1, 3]), [0, 0, C]); // (B, T, C)
  return { output: linear(g, merged, p('attn.c_proj.weight'), p('attn.c_proj.bias')), present: { key, value } };
}

/** Query t (absolute position S - T + t) may see key s when s ≤ S - T + t and attention_mask[b, s] = 1. */
function attentionMask(g: GraphBuilder, inputs: Gpt2ForwardInputs): Value {
  const keyLength = inputs.attentionMask.shape[1];
  const queryLength = inputs.inputIds.shape[1];
  const zero = g.constant([0], 'int64', []);
  const one = g.constant([1], 'int64', []);
  const S = g.toScalar(g.shapeOf(inputs.attentionMask, 1, 2));
  const T = g.toScalar(g.shapeOf(inputs.inputIds, 1, 2));
  const keyPositions = g.range(zero, S, one, keyLength); // (S)
  const queryPositions = g.range(g.elementwise('Sub', [S, T]), S, one, queryLength); // (T)
  const causal = g.elementwise(
    'LessOrEqual',
    [g.unsqueeze(keyPositions, [0]), g.unsqueeze(queryPositions, [1])],
    'bool',
  ); // (T, S)
  const notPadding = g.unsqueeze(g.cast(inputs.attentionMask, 'bool'), [1, 2]); // (B, 1, 1, S)
  return g.elementwise('And', [causal, notPadding], 'bool'); // (B, 1, T, S)
}

/** The transformers.js decoder graph with the weights as initializers. */
export function gpt2InferenceOnnxModel(config: Gpt2Config, weights: Gpt2Weights): OnnxModel {
  validateGpt2Weights(config, weights);
  const g = new GraphBuilder('gpt2');
  const H = config.nHead;
  const D = headDim(config);
  const ids = g.input('input_ids', 'int64', [BATCH_DIM, SEQUENCE_DIM]);
  const totalDim = addDims(PAST_DIM, SEQUENCE_DIM);
  const attentionMask = g.input('attention_mask', 'int64', [BATCH_DIM, totalDim]);
  const positionIds = g.input('position_ids', 'int64', [BATCH_DIM, SEQUENCE_DIM]);
  const past: KeyValue[] = [];
  for (let i = 0; i < config.nLayer; i++) {
    past.push({
      key: g.input(`past_key_values.${i}.key`, 'float32', [BATCH_DIM, H, PAST_DIM, D]),
      value: g.input(`past_key_values.${i}.value`, 'float32', [BATCH_DIM, H, PAST_DIM, D]),
    });
  }
  const params = new Map<string, Value>();
  for (const name of gpt2WeightShapes(config).keys()) {
    const w = weights.get(name)!;
    params.set(name, g.initializer(name, 'float32', w.shape, w.data));
  }
  const numLogitsToKeep = g.input('num_logits_to_keep', 'int64', []);
  const out = gpt2Forward(g, config, (name) => params.get(name)!, {
    inputIds: ids,
    positionIds,
    attentionMask,
    past,
    numLogitsToKeep,
  });
  g.output(out.logits, 'logits');
  out.presents.forEach((kv, i) => {
    g.output(kv.key, `present.${i}.key`);
    g.output(kv.value, `present.${i}.value`);
  });
  return g.toModel();
}

export function buildGpt2InferenceModel(config: Gpt2Config, weights: Gpt2Weights): Uint8Array {
  return encodeOnnxModel(gpt2InferenceOnnxModel(config, weights));
}

/** Writes `dir/model.onnx`; weights beyond the protobuf limit go to `dir/model.onnx_data`. */
export function writeGpt2InferenceModel(
  dir: string,
  config: Gpt2Config,
  weights: Gpt2Weights,
  options: WriteOnnxModelOptions = {},
): Promise<WrittenOnnxModel> {
  return writeOnnxModel(dir, gpt2InferenceOnnxModel(config, weights), options);
}
