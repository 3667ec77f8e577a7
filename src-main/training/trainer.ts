// The training loop: seeded batch order, gradient accumulation, AdamW with clipping and the LR schedule,
// validation loss each epoch, checkpoints every N steps, after the last step, on pause and on cancel, and exact resume.
import { CancelledError } from '../shared/errors.ts';
import type { Gpt2Weights } from '../model/gpt2-weights.ts';
import { writeCheckpoint, type CheckpointProgress } from './checkpoint.ts';
import type { TokenBatch } from './dataset.ts';
import { AdamW, GradientAccumulator, type AdamWConfig, type AdamWState } from './optimizer.ts';
import { SeededRandom } from '../model/seeded-random.ts';
import type { RunControl } from './run-control.ts';
import { learningRate } from './schedule.ts';
import type { TrainingSession } from './training-graph.ts';

export interface TrainerConfig {
  epochs: number;
  /** Micro-batches per optimizer step. */
  gradAccumulation: number;
  seed: number;
  maxLr: number;
  /** Fraction of the total optimizer steps spent warming up. */
  warmupFraction: number;
  adamw: AdamWConfig;
  /** Optimizer steps between checkpoints. */
  checkpointEvery: number;
}

export interface TrainerProgress {
  step: number;
  totalSteps: number;
  epoch: number;
  epochs: number;
  trainLoss: number;
  valLoss: number | null;
  /** True when the validation loss was measured at this step (epoch ends). */
  validated: boolean;
  learningRate: number;
  gradNorm: number;
  tokensPerSecond: number;
  elapsedMs: number;
  etaMs: number | null;
}

export interface TrainerInput {
  session: TrainingSession;
  config: TrainerConfig;
  weights: Gpt2Weights;
  train: readonly TokenBatch[];
  validation: readonly TokenBatch[];
  control: RunControl;
  /** Where checkpoints go; extra data (e.g. the run's config) is stored with them. */
  checkpoint: { path: string; extra: unknown };
  /** Resume point: progress and optimizer moments from a checkpoint. */
  resume?: { progress: CheckpointProgress; optimizer: AdamWState };
  onProgress?: (progress: TrainerProgress) => void;
}

export interface TrainerResult {
  history: CheckpointProgress['history'];
  trainLoss: number;
  valLoss: number | null;
  tokensPerSecond: number;
}

export function stepsPerEpoch(batches: number, gradAccumulation: number): number {
  return Math.ceil(batches / gradAccumulation);
}

export async function train(input: TrainerInput): Promise<TrainerResult> {
  const { session, config, weights, train: batches, validation, control } = input;
  if (batches.length === 0) throw new Error('No training batches');
  const perEpoch = stepsPerEpoch(batches.length, config.gradAccumulation);
  const totalSteps = config.epochs * perEpoch;
  const schedule = {
    maxLr: config.maxLr,
    minLr: config.maxLr / 10,
    warmupSteps: Math.round(totalSteps * config.warmupFraction),
    decaySteps: totalSteps,
  };
  const optimizer = new AdamW(weights, config.adamw, input.resume?.optimizer);
  const accumulator = new GradientAccumulator();
  const progress: CheckpointProgress = input.resume?.progress ?? {
    step: 0,
    epoch: 0,
    batchInEpoch: 0,
    dataOrder: [],
    rngState: config.seed,
    history: [],
  };
  const rng = new SeededRandom(progress.rngState);
  const save = () => writeCheckpoint(input.checkpoint.path, { progress, weights, optimizer: optimizer.state, extra: input.checkpoint.extra });

  const started = performance.now();
  let firstStep = true;
  let timedSteps = 0;
  let timedMs = 0;
  let timedTokens = 0;
  let lastLoss = progress.history.at(-1)?.loss ?? NaN;
  let lastValLoss = progress.history.findLast((h) => h.valLoss !== undefined)?.valLoss ?? null;

  const waitForGo = async () => {
    if (control.paused) await save();
    try {
      await control.waitWhilePaused();
    } catch (error) {
      if (error instanceof CancelledError) await save();
      throw error;
    }
  };

  while (progress.epoch < config.epochs) {
    if (progress.dataOrder.length === 0) {
      progress.dataOrder = rng.permutation(batches.length);
      progress.rngState = rng.state;
    }
    // dataOrder is cleared when the epoch ends.
    while (progress.dataOrder.length > 0) {
      await waitForGo();
      const t0 = performance.now();
      const micro = progress.dataOrder.slice(progress.batchInEpoch, progress.batchInEpoch + config.gradAccumulation);
      let lossSum = 0;
      let positions = 0;
      for (const index of micro) {
        const batch = batches[index];
        const { loss, grads } = await session.step(weights, batch);
        accumulator.add(grads, batch.lossTokens);
        lossSum += loss * batch.lossTokens;
        positions += batch.batchSize * batch.sequenceLength;
      }
      const { grads, scale, tokens } = accumulator.take();
      const lr = learningRate(progress.step, schedule);
      const { gradNorm } = optimizer.update(weights, grads, lr, scale);
      progress.step++;
      progress.batchInEpoch += micro.length;
      lastLoss = lossSum / tokens;
      progress.history.push({ step: progress.step, loss: lastLoss });

      const ms = performance.now() - t0;
      // The first step after (re)start pays for session warm-up; leave it out of the rate when others exist.
      if (!firstStep) {
        timedSteps++;
        timedMs += ms;
        timedTokens += positions;
      }
      const atEpochEnd = progress.batchInEpoch >= batches.length;
      if (atEpochEnd && validation.length > 0) {
        lastValLoss = await validationLoss(session, weights, validation);
        progress.history.at(-1)!.valLoss = lastValLoss;
      }
      if (atEpochEnd) {
        progress.epoch++;
        progress.batchInEpoch = 0;
        progress.dataOrder = [];
      }
      const msPerStep = firstStep ? null : timedMs / timedSteps;
      firstStep = false;
      input.onProgress?.({
        step: progress.step,
        totalSteps,
        epoch: Math.min(progress.epoch + (atEpochEnd ? 0 : 1), config.epochs),
        epochs: config.epochs,
        trainLoss: lastLoss,
        valLoss: lastValLoss,
        validated: atEpochEnd && validation.length > 0,
        learningRate: lr,
        gradNorm,
        tokensPerSecond: timedMs > 0 ? (timedTokens * 1000) / timedMs : (positions * 1000) / ms,
        elapsedMs: performance.now() - started,
        etaMs: msPerStep === null ? null : msPerStep * (totalSteps - progress.step),
      });
      // Also after the last step: a cancel (or a kill) during export and evaluation then keeps the trained weights,
      // and the resumed run goes straight to export.
      if (progress.step % config.checkpointEvery === 0 || progress.step === totalSteps) await save();
    }
  }
  return {
    history: progress.history,
    trainLoss: lastLoss,
    valLoss: lastValLoss,
    tokensPerSecond: timedMs > 0 ? (timedTokens * 1000) / timedMs : 0,
  };
}

/** Mean loss over every answer token of the validation batches. */
export async function validationLoss(
  session: TrainingSession,
  weights: Gpt2Weights,
  batches: readonly TokenBatch[],
): Promise<number> {
  let sum = 0;
  let tokens = 0;
  for (const batch of batches) {
    const { loss } = await session.evaluate(weights, batch);
    sum += loss * batch.lossTokens;
    tokens += batch.lossTokens;
  }
  return sum / tokens;
}
