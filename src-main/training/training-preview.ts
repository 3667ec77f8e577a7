// The data-set preview: examples, token counts, and a time estimate from a short calibration on this machine
// (one warm-up step, then a few timed steps with their optimizer update on a typical batch).
import { availableParallelism } from 'node:os';
import { promptTarget } from '../assistant/prompt.ts';
import type { TrainingPreview } from '../shared/api/training.ts';
import { bucketBatches, summarize, type TokenBatch } from './dataset.ts';
import { groundedPrompts } from './grounded-prompts.ts';
import { AdamW } from './optimizer.ts';
import { planRun } from './run-plan.ts';
import { createTrainingSession } from './training-graph.ts';
import { trainingView } from './training-job.ts';
import type { PreviewJob } from './training-protocol.ts';
import { TRAINER_CONSTANTS } from './training-settings.ts';
import { stepsPerEpoch } from './trainer.ts';

const SAMPLES = 3;

/**
 * Timed calibration steps: up to `steps`, while the first ones took less than `budgetMs`. The median, not one
 * step, sets the estimate: a single step that met a burst of other work on the machine made the estimate swing.
 */
export const CALIBRATION = { steps: 3, budgetMs: 2_000 } as const;

export async function previewTraining(job: PreviewJob): Promise<TrainingPreview> {
  const plan = await planRun(job.base, job.entries, job.settings);
  const view = trainingView(plan);
  const train = bucketBatches(view.train, plan.settings.batchTokens);
  const validation = bucketBatches(view.validation, plan.settings.batchTokens);
  const summary = summarize(plan, train);

  const session = await createTrainingSession(view.config, { threads: job.threads ?? availableParallelism() });
  let tokensPerSecond: number;
  try {
    const weights = await view.initialWeights();
    const optimizer = new AdamW(weights, TRAINER_CONSTANTS.adamw);
    const batch = typicalBatch(train);
    const step = async () => {
      const { grads } = await session.step(weights, batch);
      optimizer.update(weights, grads, 0); // lr 0: the cost of an update, weights unchanged
    };
    await step(); // warm-up: the first run allocates and picks kernels
    tokensPerSecond = (batch.batchSize * batch.sequenceLength * 1000) / (await medianStepMs(step));
  } finally {
    await session.release();
  }
  const validationTokens = validation.reduce((sum, b) => sum + b.batchSize * b.sequenceLength, 0);
  const seconds = (plan.settings.epochs * (summary.tokensPerEpoch + validationTokens)) / tokensPerSecond;

  const byId = new Map(job.entries.map((e) => [e.id, e]));
  const prompt = groundedPrompts(job.entries);
  return {
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
    estimate: { tokensPerSecond, seconds },
  };
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
