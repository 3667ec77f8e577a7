/**
 * fp32 against int8 (quantize-weights.ts) on a raw onnxruntime-node decode loop: the quantization figures in
 * README "int8 inference". Random weights of the starter shape (2 × 128) or distilgpt2's (6 × 768), 2 threads without
 * spinning (the app's settings), batch 1, a 32-token prompt then `steps` cached steps; the graphs take turns
 * round by round so that other load on the machine hits them alike; round 0 warms up and is not counted.
 *
 *   npx tsx tests/bench/int8-decode-bench.ts starter|distilgpt2 [rounds=5] [steps=32]
 *
 * Prints per graph: file size, median ms/token, median prefill, how many greedy tokens match fp32's; then the
 * logits of a 64-token sequence against fp32's (max |Δ|, the logits' RMS, positions whose argmax agrees).
 *
 * For the speed of the int8 copy a model folder carries, use `concierge bench inference` (fp32 and int8 of the same
 * model through transformers.js and raw ORT, `--model ID` for an installed version). This script stays because it
 * measures what that command cannot: quantization forms the app does not write (per-tensor scales beside the
 * per-column ones it does), built in memory from one set of weights, and the logits' error against fp32 at every
 * position of a sequence rather than only whether the greedy tokens agree. Run it when changing quantize-weights.ts.
 */
import type * as ort from 'onnxruntime-node';
import { randomGpt2Weights, type Gpt2Config } from '../../src-main/model/gpt2-weights.ts';
import { Gpt2Decoder } from '../../src-main/model/onnx/gpt2-decoder-session.ts';
import { gpt2InferenceOnnxModel } from '../../src-main/model/onnx/gpt2-graph.ts';
import { encodeOnnxModel } from '../../src-main/model/onnx/onnx-model-writer.ts';
import { quantizeWeightProducts } from '../../src-main/model/onnx/quantize-weights.ts';
import { STARTER_CONFIG } from '../../src-main/training/training-settings.ts';

const SHAPES: Record<string, Gpt2Config> = {
  starter: STARTER_CONFIG,
  distilgpt2: { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 6, nHead: 12, layerNormEpsilon: 1e-5 },
};
const [shape = 'starter', roundsArg = '5', stepsArg = '32'] = process.argv.slice(2);
const config = SHAPES[shape];
if (!config) throw new Error(`shape must be one of ${Object.keys(SHAPES).join(', ')}`);
const rounds = Number(roundsArg);
const steps = Number(stepsArg);

const fp32 = gpt2InferenceOnnxModel(config, randomGpt2Weights(config, 7));
const graphs: Record<string, Uint8Array> = {
  fp32: encodeOnnxModel(fp32),
  int8_per_column: encodeOnnxModel(quantizeWeightProducts(fp32, { perChannel: true })),
  int8_per_tensor: encodeOnnxModel(quantizeWeightProducts(fp32, { perChannel: false })),
};
const names = Object.keys(graphs);
const decoders: Record<string, Gpt2Decoder> = {};
for (const name of names) decoders[name] = await Gpt2Decoder.create(graphs[name], config, { threads: 2, spinning: false });

const prompt = Array.from({ length: 32 }, (_, i) => (i * 997 + 13) % config.vocabSize);

function lastArgmax(logits: ort.Tensor): number {
  const data = logits.data as Float32Array;
  const V = logits.dims[2];
  const offset = data.length - V;
  let best = 0;
  for (let v = 1; v < V; v++) if (data[offset + v] > data[offset + best]) best = v;
  return best;
}

async function decode(decoder: Gpt2Decoder): Promise<{ prefillMs: number; stepMs: number[]; tokens: number[] }> {
  const mask = prompt.map(() => 1);
  const started = performance.now();
  let out = await decoder.forward({
    batchSize: 1,
    inputIds: prompt,
    attentionMask: mask,
    positionIds: prompt.map((_, i) => i),
    numLogitsToKeep: 1,
  });
  const prefillMs = performance.now() - started;
  const tokens = [lastArgmax(out.logits)];
  const stepMs: number[] = [];
  for (let s = 0; s < steps; s++) {
    mask.push(1);
    const t = performance.now();
    const batch = { batchSize: 1, inputIds: [tokens.at(-1)!], attentionMask: mask, positionIds: [mask.length - 1], numLogitsToKeep: 1 };
    out = await decoder.forward(batch, out.presents);
    stepMs.push(performance.now() - t);
    tokens.push(lastArgmax(out.logits));
  }
  return { prefillMs, stepMs, tokens };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stepMs: Record<string, number[]> = {};
const prefillMs: Record<string, number[]> = {};
const tokens: Record<string, number[]> = {};
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 ? [...names].reverse() : names) {
    const run = await decode(decoders[name]);
    tokens[name] = run.tokens;
    if (round === 0) continue;
    (stepMs[name] ??= []).push(...run.stepMs);
    (prefillMs[name] ??= []).push(run.prefillMs);
  }
}
for (const name of names) {
  const same = tokens[name].findIndex((t, i) => t !== tokens.fp32[i]);
  console.log(
    `${name}: ${(graphs[name].byteLength / 1e6).toFixed(1)} MB, ${median(stepMs[name]).toFixed(2)} ms/token, ` +
      `prefill ${median(prefillMs[name]).toFixed(1)} ms, greedy tokens as fp32's: ${same === -1 ? tokens[name].length : same}/${tokens[name].length}`,
  );
}

const T = 64;
const V = config.vocabSize;
const ids = Array.from({ length: T }, (_, i) => (i * 7919 + 5) % V);
const logits: Record<string, Float32Array> = {};
for (const name of names) {
  const out = await decoders[name].forward({ batchSize: 1, inputIds: ids, attentionMask: ids.map(() => 1), positionIds: ids.map((_, i) => i), numLogitsToKeep: 0 });
  logits[name] = out.logits.data as Float32Array;
}
for (const name of names.filter((n) => n !== 'fp32')) {
  let maxDiff = 0;
  let squares = 0;
  let agree = 0;
  for (let t = 0; t < T; t++) {
    let a = t * V;
    let b = t * V;
    for (let i = t * V; i < (t + 1) * V; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(logits.fp32[i] - logits[name][i]));
      squares += logits.fp32[i] ** 2;
      if (logits.fp32[i] > logits.fp32[a]) a = i;
      if (logits[name][i] > logits[name][b]) b = i;
    }
    if (a === b) agree++;
  }
  console.log(`${name} logits vs fp32: max |Δ| ${maxDiff.toFixed(4)}, RMS ${Math.sqrt(squares / (T * V)).toFixed(4)}, argmax agrees ${agree}/${T}`);
}
for (const decoder of Object.values(decoders)) await decoder.release();
