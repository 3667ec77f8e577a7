/**
 * `concierge bench train --json`: training throughput of the ONNX Runtime trainer on random-weight GPT-2s of
 * distilgpt2 shape (6 layers) and gpt2 shape (12 layers), 768 wide, 12 heads, 50,257 vocab, 8 × 128 tokens per
 * step, each step = forward + masked cross-entropy + backward (ONNX Runtime) + AdamW with clipping (JS).
 *
 *   gemm_gflops   ONNX Runtime's MatMul rate on a training-sized product, measured in the same run
 *   tokens_per_s  tokens per second of whole optimizer steps: the fastest timed step after two warm-up steps
 *                 (ONNX Runtime settles over its first runs; other processes only ever slow a step down)
 *   mfu           tokens_per_s × (6·N + 12·L·C·T) ÷ gemm rate; N = parameters without wpe (the tied embedding
 *                 counted once, as the output layer), T = 128
 *   peak_rss_mb   the process's peak resident memory after that shape; shapes run smallest first, so each
 *                 figure is that shape's own peak
 *
 * Compare with PyTorch on the same machine: bench/pytorch_train_compare.py.
 */
import { availableParallelism } from 'node:os';
import type { BenchKind } from '../cli/commands/bench.ts';
import { randomGpt2Weights, type Gpt2Config } from '../model/gpt2-weights.ts';
import { makeBatch, type TokenBatch } from '../training/dataset.ts';
import { AdamW, DEFAULT_ADAMW } from '../training/optimizer.ts';
import { SeededRandom } from '../model/seeded-random.ts';
import { parameterCount } from '../training/resource-check.ts';
import { createTrainingSession } from '../training/training-graph.ts';
import { measureProduct, TRAINING_PRODUCTS } from './op-forms-bench.ts';

const SHAPES: Record<'distilgpt2' | 'gpt2', Gpt2Config> = {
  distilgpt2: { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 6, nHead: 12, layerNormEpsilon: 1e-5 },
  gpt2: { vocabSize: 50_257, nPositions: 1024, nEmbd: 768, nLayer: 12, nHead: 12, layerNormEpsilon: 1e-5 },
};
const ROWS = 8;
const SEQ = 128;
const WARMUP_STEPS = 2;

export interface TrainBenchResult {
  shape: string;
  tokens_per_s: number;
  mfu: number;
  peak_rss_mb: number;
  step_ms: number;
}

/** A batch of random tokens with every position in the loss (the benchmark's 8 × 128). */
function randomBatch(vocabSize: number, rows: number, seq: number, seed: number): TokenBatch {
  const rng = new SeededRandom(seed);
  const examples = Array.from({ length: rows }, (_, row) => ({
    entryId: row,
    question: '',
    tokens: Array.from({ length: seq + 1 }, () => Math.floor(rng.next() * vocabSize)),
    promptLength: 1,
  }));
  return makeBatch(examples);
}

/** FLOP per trained token: 6 per parameter (forward + backward) plus attention's 12·L·C·T. */
function flopsPerToken(config: Gpt2Config, seq: number): number {
  const n = parameterCount(config) - config.nPositions * config.nEmbd;
  return 6 * n + 12 * config.nLayer * config.nEmbd * seq;
}

async function benchShape(
  shape: keyof typeof SHAPES,
  options: { threads: number; steps: number; gemmGflops: number },
): Promise<TrainBenchResult> {
  const config = SHAPES[shape];
  const weights = randomGpt2Weights(config, 1);
  const optimizer = new AdamW(weights, DEFAULT_ADAMW);
  const batch = randomBatch(config.vocabSize, ROWS, SEQ, 2);
  const session = await createTrainingSession(config, { threads: options.threads });
  const times: number[] = [];
  try {
    for (let step = 1 - WARMUP_STEPS; step <= options.steps; step++) {
      const t0 = performance.now();
      const { grads } = await session.step(weights, batch);
      optimizer.update(weights, grads, 1e-4);
      if (step > 0) times.push(performance.now() - t0);
      process.stderr.write(`${shape}: step ${step}/${options.steps} ${(performance.now() - t0).toFixed(0)} ms\n`);
    }
  } finally {
    await session.release();
  }
  const stepMs = Math.min(...times);
  const tokensPerSecond = (ROWS * SEQ * 1000) / stepMs;
  return {
    shape,
    tokens_per_s: tokensPerSecond,
    mfu: (tokensPerSecond * flopsPerToken(config, SEQ)) / (options.gemmGflops * 1e9),
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    step_ms: stepMs,
  };
}

export const trainBench: BenchKind = {
  summary: 'training tokens/s, MFU and peak memory at distilgpt2 and gpt2 shapes (8 × 128 per step)',
  options: {
    shapes: { type: 'string', default: 'distilgpt2,gpt2' },
    steps: { type: 'string', default: '5' },
    threads: { type: 'string' },
  },
  async run({ values }) {
    const threads = Number(values.threads ?? availableParallelism());
    const steps = Number(values.steps);
    const shapes = String(values.shapes).split(',') as (keyof typeof SHAPES)[];
    for (const shape of shapes) if (!(shape in SHAPES)) throw new Error(`Unknown shape "${shape}" (distilgpt2, gpt2)`);
    const product = TRAINING_PRODUCTS.find((p) => p.label.startsWith('fc forward'))!;
    const gemmGflops = (await measureProduct(product, 'MatMul', threads)).gflops;
    const results: TrainBenchResult[] = [];
    // Smallest first: the process's peak RSS after each shape is then that shape's own peak.
    for (const shape of shapes.sort((a, b) => SHAPES[a].nLayer - SHAPES[b].nLayer)) {
      results.push(await benchShape(shape, { threads, steps, gemmGflops }));
    }
    return { gemm_gflops: gemmGflops, threads, results };
  },
};
