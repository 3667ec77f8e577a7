/**
 * One ONNX graph per training step: GPT-2 forward (the same `gpt2Forward` as inference), masked cross-entropy, and
 * the gradient of every weight by reverse-mode autodiff (autodiff.ts).
 *
 *   buildTrainingModel(config, { dtype, outputLogits, withGradients }) → OnnxModel
 *     inputs:  every weight by its Hugging Face name (graph inputs, so the optimizer outside updates them),
 *              input_ids, position_ids, attention_mask, targets int64 (B, T), loss_mask float (B, T)
 *     outputs: loss = Σ loss_mask·(−log p(target)) / Σ loss_mask, then grad.<weight name> for every weight
 *              (grad.wte.weight sums the embedding and the tied lm_head), optionally logits (B, T, V)
 *
 *   const session = await createTrainingSession(config, { threads: 2 });
 *   const { loss, tokenCount, grads } = await session.step(weights, batch);   // grads: Gpt2Weights
 *   const { loss } = await session.evaluate(weights, batch);                  // forward only (validation)
 *   await session.release();
 *
 * Batches: targets[b, t] is the token expected after position t; loss_mask is 1 where it counts (answer tokens).
 * Pad on the right with attention_mask 0 and loss_mask 0; position_ids default to 0…T−1.
 * For gradient accumulation over micro-batches, weight each micro-batch's grads by tokenCount / total tokens.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as ort from 'onnxruntime-node';
import { gpt2WeightShapes, validateGpt2Weights, type Gpt2Config, type Gpt2Weights } from '../model/gpt2-weights.ts';
import { GraphBuilder, type FloatDType, type Value } from '../model/onnx/graph-builder.ts';
import { BATCH_DIM, SEQUENCE_DIM, gpt2Forward } from '../model/onnx/gpt2-graph.ts';
import { encodeOnnxModel } from '../model/onnx/onnx-model-writer.ts';
import type { OnnxModel } from '../model/onnx/onnx-model.ts';
import { ortSessionOptions, type OrtThreadOptions } from '../model/onnx/gpt2-decoder-session.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { gradients } from './autodiff.ts';

export const GRAD_PREFIX = 'grad.';

export interface TrainingGraphOptions {
  dtype?: FloatDType; // float32 (default); float64 for gradient checks
  outputLogits?: boolean; // also output logits (B, T, V), for tests
  withGradients?: boolean; // default true; false gives a forward-only loss graph (validation)
}

export function buildTrainingModel(config: Gpt2Config, options: TrainingGraphOptions = {}): OnnxModel {
  const dtype = options.dtype ?? 'float32';
  const g = new GraphBuilder('gpt2_training_step');
  const params = new Map<string, Value>();
  for (const [name, shape] of gpt2WeightShapes(config)) params.set(name, g.input(name, dtype, shape));
  const tokens = [BATCH_DIM, SEQUENCE_DIM];
  const inputIds = g.input('input_ids', 'int64', tokens);
  const positionIds = g.input('position_ids', 'int64', tokens);
  const attentionMask = g.input('attention_mask', 'int64', tokens);
  const targets = g.input('targets', 'int64', tokens);
  const lossMask = g.input('loss_mask', dtype, tokens);

  const { hidden, logits } = gpt2Forward(g, config, (name) => params.get(name)!, {
    inputIds,
    positionIds,
    attentionMask,
  });
  const loss = g.within('loss', () =>
    g.linearCrossEntropy(
      g.reshape(hidden, [-1, config.nEmbd]),
      params.get('wte.weight')!,
      g.reshape(targets, [-1]),
      g.reshape(lossMask, [-1]),
    ),
  );
  g.output(loss, 'loss');
  if (options.withGradients ?? true) {
    const grads = gradients(g, loss, [...params.values()]);
    for (const [name, param] of params) g.output(grads.get(param)!, `${GRAD_PREFIX}${name}`);
  }
  if (options.outputLogits) g.output(logits, 'logits');
  return g.toModel();
}

export interface TrainingBatch {
  batchSize: number;
  sequenceLength: number;
  inputIds: ArrayLike<number>; // (B, T)
  targets: ArrayLike<number>; // (B, T): token expected after each position
  lossMask: ArrayLike<number>; // (B, T): 1 where the target counts
  attentionMask?: ArrayLike<number>; // (B, T): default all 1
  positionIds?: ArrayLike<number>; // (B, T): default 0…T−1 in every row
}

export interface TrainingStepResult {
  loss: number;
  /** Σ loss_mask: the number of target tokens the loss averages over. */
  tokenCount: number;
  grads: Gpt2Weights;
}

export interface TrainingSession {
  step(weights: Gpt2Weights, batch: TrainingBatch): Promise<TrainingStepResult>;
  evaluate(weights: Gpt2Weights, batch: TrainingBatch): Promise<{ loss: number; tokenCount: number }>;
  release(): Promise<void>;
}

/** Gradients at least this large are worth a garbage collection before the next step (see collectGarbage). */
const COLLECT_ABOVE_BYTES = 64 * 1024 ** 2;

/**
 * A full garbage collection. ONNX Runtime's binding returns every output as a fresh ArrayBuffer (it copies even into
 * preallocated fetches), and V8 often frees the previous step's gradients only after the next step has allocated its
 * own: measured ~150 MB more peak RSS at distilgpt2 size. Collecting before the step costs milliseconds.
 */
const collectGarbage = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Thread spinning defaults to off: on this 2-core machine with other work running, distilgpt2 steps ran at 200–220
 * tokens/s without spinning and 100–190 with it (the trainer shares the cores with the app).
 * The validation session runs without ONNX Runtime's arena: it runs once per epoch, and an arena would keep its peak
 * (the (N, V) logits and more, ~0.7 GB at distilgpt2 size and 2,048 tokens) resident beside the step's for the whole run.
 */
export async function createTrainingSession(config: Gpt2Config, options: OrtThreadOptions): Promise<TrainingSession> {
  const sessionOptions = ortSessionOptions({ ...options, spinning: options.spinning ?? false });
  const stepSession = await ort.InferenceSession.create(encodeOnnxModel(buildTrainingModel(config)), sessionOptions);
  let evalSession: Promise<ort.InferenceSession> | undefined; // built on first use
  const shapes = gpt2WeightShapes(config);
  const gradBytes = [...shapes.values()].reduce((sum, shape) => sum + 4 * shape.reduce((a, b) => a * b, 1), 0);

  const feeds = (weights: Gpt2Weights, batch: TrainingBatch): Record<string, ort.Tensor> => {
    validateGpt2Weights(config, weights);
    const result: Record<string, ort.Tensor> = batchFeeds(config, batch);
    for (const name of shapes.keys()) {
      const w = weights.get(name)!;
      result[name] = new ort.Tensor('float32', w.data, w.shape);
    }
    return result;
  };
  const tokenCount = (batch: TrainingBatch) => Array.from(batch.lossMask).reduce((s, v) => s + v, 0);

  return {
    async step(weights, batch) {
      if (gradBytes >= COLLECT_ABOVE_BYTES) collectGarbage();
      const out = await stepSession.run(feeds(weights, batch));
      const grads: Gpt2Weights = new Map();
      for (const [name, shape] of shapes)
        grads.set(name, { shape, data: out[`${GRAD_PREFIX}${name}`].data as Float32Array });
      return { loss: (out.loss.data as Float32Array)[0], tokenCount: tokenCount(batch), grads };
    },
    async evaluate(weights, batch) {
      evalSession ??= ort.InferenceSession.create(
        encodeOnnxModel(buildTrainingModel(config, { withGradients: false })),
        { ...sessionOptions, enableCpuMemArena: false },
      );
      const out = await (await evalSession).run(feeds(weights, batch));
      return { loss: (out.loss.data as Float32Array)[0], tokenCount: tokenCount(batch) };
    },
    async release() {
      await stepSession.release();
      if (evalSession) await (await evalSession).release();
    },
  };
}

function batchFeeds(config: Gpt2Config, batch: TrainingBatch): Record<string, ort.Tensor> {
  const { batchSize: B, sequenceLength: T } = batch;
  const size = B * T;
  const check = (name: string, values: ArrayLike<number>) => {
    if (values.length !== size)
      throw new InvalidInputError(`training batch: ${name} has ${values.length} values, expected ${B}×${T}`);
  };
  if (T > config.nPositions)
    throw new InvalidInputError(`training batch: sequence length ${T} exceeds the context window ${config.nPositions}`);
  const positions = batch.positionIds ?? Array.from({ length: size }, (_, i) => i % T);
  const attention = batch.attentionMask ?? new Array<number>(size).fill(1);
  const ints = {
    input_ids: batch.inputIds,
    targets: batch.targets,
    position_ids: positions,
    attention_mask: attention,
  };
  const result: Record<string, ort.Tensor> = {};
  for (const [name, values] of Object.entries(ints)) {
    check(name, values);
    result[name] = new ort.Tensor(
      'int64',
      BigInt64Array.from(Array.from(values), (v) => BigInt(v)),
      [B, T],
    );
  }
  for (const id of Array.from(batch.inputIds).concat(Array.from(batch.targets))) {
    if (!Number.isInteger(id) || id < 0 || id >= config.vocabSize)
      throw new InvalidInputError(`training batch: token id ${id} is outside the vocabulary`);
  }
  check('loss_mask', batch.lossMask);
  result.loss_mask = new ort.Tensor('float32', Float32Array.from(batch.lossMask), [B, T]);
  return result;
}
