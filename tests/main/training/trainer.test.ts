import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomGpt2Weights } from '../../../src-main/model/gpt2-weights.ts';
import { readCheckpoint } from '../../../src-main/training/checkpoint.ts';
import { makeBatch, type TrainingExample } from '../../../src-main/training/dataset.ts';
import { DEFAULT_ADAMW, GradientAccumulator } from '../../../src-main/training/optimizer.ts';
import { RunControl } from '../../../src-main/training/run-control.ts';
import { createTrainingSession, type TrainingSession } from '../../../src-main/training/training-graph.ts';
import { train, type TrainerProgress } from '../../../src-main/training/trainer.ts';

const config = { vocabSize: 64, nPositions: 32, nEmbd: 16, nLayer: 1, nHead: 2, layerNormEpsilon: 1e-5 };
const example = (seed: number, length: number, promptLength: number): TrainingExample => ({
  entryId: seed,
  question: '',
  tokens: Array.from({ length }, (_, i) => ((i + 1) * (seed + 3)) % 63),
  promptLength,
});

let session: TrainingSession;
let dir: string;
beforeAll(async () => {
  session = await createTrainingSession(config, { threads: 2 });
  dir = await mkdtemp(join(tmpdir(), 'concierge-trainer-'));
});
afterAll(async () => {
  await session.release();
  await rm(dir, { recursive: true, force: true });
});

describe('GradientAccumulator with the ONNX training session', () => {
  it('gives the gradient of the mean loss over both micro-batches, as one batch of both would', async () => {
    const weights = randomGpt2Weights(config, 1);
    const a = example(1, 12, 5);
    const b = example(2, 12, 3);
    const whole = await session.step(weights, makeBatch([a, b]));
    const accumulator = new GradientAccumulator();
    for (const part of [makeBatch([a]), makeBatch([b])]) {
      const { grads, tokenCount } = await session.step(weights, part);
      accumulator.add(grads, tokenCount);
    }
    const { grads, scale } = accumulator.take();
    for (const [name, { data }] of whole.grads) {
      const accumulated = grads.get(name)!.data;
      for (let i = 0; i < data.length; i += 7) expect(accumulated[i] * scale).toBeCloseTo(data[i], 5);
    }
  });
});

describe('train()', () => {
  it('takes one optimizer step per gradAccumulation micro-batches, reports progress and checkpoints every N steps and at the end', async () => {
    const batches = [1, 2, 3, 4, 5].map((seed) => makeBatch([example(seed, 10 + seed, 4)]));
    const events: TrainerProgress[] = [];
    const weights = randomGpt2Weights(config, 2);
    const before = Float32Array.from(weights.get('h.0.mlp.c_fc.weight')!.data);
    const path = join(dir, 'accumulate.bin');
    const result = await train({
      session,
      config: { epochs: 2, gradAccumulation: 2, seed: 4, maxLr: 1e-2, warmupFraction: 0.2, adamw: DEFAULT_ADAMW, checkpointEvery: 4 },
      weights,
      train: batches,
      validation: [makeBatch([example(9, 12, 6)])],
      control: new RunControl(),
      checkpoint: { path, extra: { test: true } },
      onProgress: (p) => events.push(p),
    });
    // 5 batches, 2 per step → 3 steps per epoch; the validation loss arrives at each epoch's end.
    expect(events.map((e) => [e.step, e.epoch, e.validated])).toEqual([
      [1, 1, false],
      [2, 1, false],
      [3, 1, true],
      [4, 2, false],
      [5, 2, false],
      [6, 2, true],
    ]);
    expect(events.every((e) => e.totalSteps === 6 && e.tokensPerSecond > 0)).toBe(true);
    expect(events[0].etaMs).toBeNull();
    expect(events[3].etaMs).toBeGreaterThan(0);
    expect(result.history.map((h) => h.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.history[0].loss).toBeGreaterThan(result.history[5].loss);
    expect(weights.get('h.0.mlp.c_fc.weight')!.data).not.toEqual(before);
    // Every 4 steps and after the last step: step 6 is no multiple of 4, yet the run's end is saved.
    const checkpoint = await readCheckpoint(path);
    expect(checkpoint.progress).toMatchObject({ step: 6, epoch: 2, batchInEpoch: 0 });
    expect(checkpoint.optimizer.step).toBe(6);
    expect(checkpoint.extra).toEqual({ test: true });
  });

  it('writes a checkpoint and stops with CancelledError when cancelled', async () => {
    const control = new RunControl();
    const path = join(dir, 'cancel.bin');
    const run = train({
      session,
      config: { epochs: 50, gradAccumulation: 1, seed: 1, maxLr: 1e-3, warmupFraction: 0, adamw: DEFAULT_ADAMW, checkpointEvery: 1000 },
      weights: randomGpt2Weights(config, 3),
      train: [makeBatch([example(1, 12, 4)])],
      validation: [],
      control,
      checkpoint: { path, extra: null },
      onProgress: (p) => p.step === 3 && control.cancel(),
    });
    await expect(run).rejects.toThrow(/cancelled/);
    expect((await readCheckpoint(path)).progress.step).toBe(3);
  });
});
