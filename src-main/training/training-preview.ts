// The data-set preview: examples, token counts, and a time estimate from a short calibration on this machine
// (one warm-up step, then a few timed steps with their optimizer update on a typical batch), skipped when the
// caller already knows the speed for the same speed key. The evaluation's time comes from an earlier run's
// evaluation of a model of the same shape, when there was one (see evaluation-work.ts).
import { availableParallelism } from 'node:os';
import { promptTarget } from '../assistant/prompt.ts';
import type { Gpt2Config } from '../model/gpt2-weights.ts';
import type { TrainingPreview } from '../shared/api/training.ts';
import { bucketBatches, summarize, type TokenBatch } from './dataset.ts';
import { evaluationSeconds, evaluationSpeedKey, evaluationWork } from './evaluation-work.ts';
import { AdamW } from './optimizer.ts';
import { planRun } from './run-plan.ts';
import { createTrainingSession } from './training-graph.ts';
import { trainingView, type TrainingView } from './training-job.ts';
import type { PreviewJob, PreviewOutcome } from './training-protocol.ts';
import { TRAINER_CONSTANTS } from './training-settings.ts';
import { stepsPerEpoch } from './trainer.ts';

const SAMPLES = 3;

/**
 * Timed calibration steps: up to `steps`, while the first ones took less than `budgetMs`. The median, not one
 * step, sets the estimate: a single step that met a burst of other work on the machine made the estimate swing.
 */
export const CALIBRATION = { steps: 3, budgetMs: 2_000 } as const;

export async function previewTraining(job: PreviewJob): Promise<PreviewOutcome> {
  const { plan, prompt } = await planRun(job.base, job.entries, job.settings);
  const view = trainingView(plan);
  const train = bucketBatches(view.train, plan.settings.batchTokens);
  const validation = bucketBatches(view.validation, plan.settings.batchTokens);
  const summary = summarize(plan, train);

  const threads = job.threads ?? availableParallelism();
  const batch = typicalBatch(train);
  const key = speedKey(view.config, batch, threads);
  const known = job.knownSpeeds?.[key];
  const tokensPerSecond = known ?? (await measureSpeed(view, batch, threads));
  const validationTokens = validation.reduce((sum, b) => sum + b.batchSize * b.sequenceLength, 0);
  const seconds = (plan.settings.epochs * (summary.tokensPerEpoch + validationTokens)) / tokensPerSecond;

  const byId = new Map(job.entries.map((e) => [e.id, e]));
  const preview: TrainingPreview = {
    base: job.base ? { id: job.base.id, name: job.base.name } : null,
    dataset: {
      ...summary,
      samples: plan.train.slice(0, SAMPLES).map((example) => {
        const entry = byId.get(example.entryId)!;
        return {
          question: example.question,
          prompt: prompt(entry, example.question),
          answer: promptTarget(entry.answer),
          tokens: example.tokens.length,
        };
      }),
    },
    epochs: plan.settings.epochs,
    totalSteps: plan.settings.epochs * stepsPerEpoch(train.length, plan.settings.gradAccumulation),
    estimate: {
      tokensPerSecond,
      seconds,
      evaluationAnswers: plan.heldOut.length * (plan.base ? 2 : 1),
      evaluationSeconds: evaluationSeconds(
        evaluationWork(plan.heldOut, plan.base ? 2 : 1),
        job.knownEvaluationSpeeds?.[evaluationSpeedKey(plan.config, threads)],
      ),
    },
  };
  return { preview, speed: { key, tokensPerSecond, measured: known === undefined } };
}

/**
 * What a calibration step's speed depends on, and nothing else: the graph (the model's shape, after any vocabulary
 * compaction, so a KB that brings new tokens changes it), the typical batch's shape, and the ORT threads. The
 * weights' values, the learning rate and the seed do not change the cost of a step.
 */
export function speedKey(config: Gpt2Config, batch: Pick<TokenBatch, 'batchSize' | 'sequenceLength'>, threads: number): string {
  const { vocabSize, nPositions, nEmbd, nLayer, nHead, layerNormEpsilon } = config;
  return JSON.stringify({
    model: [vocabSize, nPositions, nEmbd, nLayer, nHead, layerNormEpsilon],
    batch: [batch.batchSize, batch.sequenceLength],
    threads,
  });
}

/** Tokens per second of a training step with its optimizer update on `batch`: one warm-up step, then medianStepMs. */
async function measureSpeed(view: TrainingView, batch: TokenBatch, threads: number): Promise<number> {
  const session = await createTrainingSession(view.config, { threads });
  try {
    const weights = await view.initialWeights();
    const optimizer = new AdamW(weights, TRAINER_CONSTANTS.adamw);
    const step = async () => {
      const { grads } = await session.step(weights, batch);
      optimizer.update(weights, grads, 0); // lr 0: the cost of an update, weights unchanged
    };
    await step(); // warm-up: the first run allocates and picks kernels
    return (batch.batchSize * batch.sequenceLength * 1000) / (await medianStepMs(step));
  } finally {
    await session.release();
  }
}

/** The median time of `step` over up to CALIBRATION.steps runs, stopping early once CALIBRATION.budgetMs has passed. */
export async function medianStepMs(step: () => Promise<void>, now: () => number = () => performance.now()): Promise<number> {
  const times: number[] = [];
  const start = now();
  do {
    const t0 = now();
    await step();
    times.push(now() - t0);
  } while (times.length < CALIBRATION.steps && now() - start < CALIBRATION.budgetMs);
  const sorted = times.sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
}

/** The batch with the median number of positions: neither the shortest nor the longest sequences. */
function typicalBatch(batches: readonly TokenBatch[]): TokenBatch {
  const sorted = [...batches].sort((a, b) => a.batchSize * a.sequenceLength - b.batchSize * b.sequenceLength);
  return sorted[Math.floor(sorted.length / 2)];
}
