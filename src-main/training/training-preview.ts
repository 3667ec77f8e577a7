// The data-set preview: examples, token counts, and a time estimate from a short calibration on this machine
// (one warm-up step, then a few timed steps with their optimizer update on a typical batch), skipped when the
// caller already knows the speed of the same model on a nearby vocabulary and batch shape (see reusableSpeed). The
// evaluation's time comes from an earlier run's evaluation of a model of the same shape, when there was one (see
// evaluation-work.ts).
import { availableParallelism } from 'node:os';
import { promptTarget } from '../assistant/prompt.ts';
import type { Gpt2Config } from '../model/gpt2-weights.ts';
import { bucketBatches, summarize, type TokenBatch } from './dataset.ts';
import { evaluationSeconds, evaluationSpeedKey, evaluationWork } from './evaluation-work.ts';
import { AdamW } from './optimizer.ts';
import { planRun } from './run-plan.ts';
import { createTrainingSession } from './training-graph.ts';
import { trainingView, type TrainingView } from './training-job.ts';
import type { PreviewJob, PreviewOutcome, PreviewProgress, SpeedShape } from './training-protocol.ts';
import { TRAINER_CONSTANTS } from './training-settings.ts';
import { stepsPerEpoch } from './trainer.ts';

const SAMPLES = 3;

/**
 * Timed calibration steps: up to `steps`, while the first ones took less than `budgetMs`. The median, not one
 * step, sets the estimate: a single step that met a burst of other work on the machine made the estimate swing.
 */
export const CALIBRATION = { steps: 3, budgetMs: 2_000 } as const;

/** `onPhase` hears each phase as it starts: planning the data set, then timing steps unless a kept speed stands in. */
export async function previewTraining(job: PreviewJob, onPhase: (phase: PreviewProgress['phase']) => void = () => {}): Promise<PreviewOutcome> {
  const planStart = performance.now();
  onPhase('planning');
  const { plan, prompt } = await planRun(job.base, job.entries, job.settings);
  const view = trainingView(plan);
  const train = bucketBatches(view.train, plan.settings.batchTokens);
  const validation = bucketBatches(view.validation, plan.settings.batchTokens);
  const summary = summarize(plan, train);

  const threads = job.threads ?? availableParallelism();
  const batch = typicalBatch(train);
  const shape: SpeedShape = { key: speedKey(view.config, threads), vocabSize: view.config.vocabSize, batchSize: batch.batchSize, sequenceLength: batch.sequenceLength };
  const known = reusableSpeed(view.config, shape, job.knownSpeeds ?? []);
  const stepsStart = performance.now();
  if (known === null) onPhase('timing');
  const tokensPerSecond = known ?? (await measureSpeed(view, batch, threads));
  const phases = { planMs: stepsStart - planStart, stepsMs: known === null ? performance.now() - stepsStart : 0 };
  const validationTokens = validation.reduce((sum, b) => sum + b.batchSize * b.sequenceLength, 0);
  const seconds = (plan.settings.epochs * (summary.tokensPerEpoch + validationTokens)) / tokensPerSecond;

  const byId = new Map(job.entries.map((e) => [e.id, e]));
  const preview: PreviewOutcome['preview'] = {
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
  return { preview, speed: { ...shape, tokensPerSecond, measured: known === null }, phases };
}

/**
 * Which measured speeds can stand for one another: the same model body (layers, width, heads) and ORT threads.
 * The vocabulary (compacted to a KB's tokens, so it moves with every edit that brings or drops a token) and the
 * batch shape are not in it: a speed measured on another vocabulary or batch shape is scaled by stepCostPerToken
 * when they are near enough (REUSE). The weights' values, the learning rate and the seed do not change the cost of a step.
 */
export function speedKey(config: Gpt2Config, threads: number): string {
  const { nPositions, nEmbd, nLayer, nHead, layerNormEpsilon } = config;
  return JSON.stringify({ model: [nPositions, nEmbd, nLayer, nHead, layerNormEpsilon], threads });
}

/**
 * The relative cost of training on one token (forward, backward): the blocks' matrix products (12·C² weights a layer),
 * the output layer over the vocabulary (V·C) and attention over the sequence (L·C·T, its scores and softmax (B, H, T, T)
 * costing more than their products alone). Per token, so a step's time is B·T·cost and its speed is ∝ 1 / cost. The
 * factors were fitted to step times of the starter's shape on this 2-core machine (V 1,155–3,000, T 170–1,000).
 */
export const STEP_COST = { block: 1, head: 1.5, attention: 4 } as const;

export function stepCostPerToken(config: Pick<Gpt2Config, 'vocabSize' | 'nEmbd' | 'nLayer'>, sequenceLength: number): number {
  const { vocabSize: v, nEmbd: c, nLayer: l } = config;
  return STEP_COST.block * 12 * l * c * c + STEP_COST.head * v * c + STEP_COST.attention * l * c * sequenceLength;
}

/**
 * How far a kept speed may be from the shapes it estimates: the ratio of the vocabularies, of the sequence lengths and
 * of the tokens in a batch (B·T, whose fixed per-step costs, the optimizer's update among them, the per-token cost
 * leaves out). Timed in turns against 3 × 564 rows over 1,155 tokens on the 2-core machine, the cost model's speed
 * ratio was within 0–14 % of the measured one for shapes within them (mostly under 10 %; single steps there varied
 * ±30 % under other work), and an edit of a few entries moves the vocabulary and the rows by a few percent.
 */
export const REUSE = { vocabRatio: 1.2, sequenceRatio: 1.2, tokensRatio: 1.5 } as const;

/**
 * The speed for `shape` from the nearest kept one of the same speed key within REUSE, scaled by the cost model
 * (exactly the kept figure for the same shapes); null when none is near enough and the steps must be timed.
 */
export function reusableSpeed(config: Gpt2Config, shape: SpeedShape, known: readonly (SpeedShape & { tokensPerSecond: number })[]): number | null {
  const distance = (k: SpeedShape) => {
    const ratios = [
      [k.vocabSize / shape.vocabSize, REUSE.vocabRatio],
      [k.sequenceLength / shape.sequenceLength, REUSE.sequenceRatio],
      [(k.batchSize * k.sequenceLength) / (shape.batchSize * shape.sequenceLength), REUSE.tokensRatio],
    ];
    return Math.max(...ratios.map(([ratio, limit]) => Math.abs(Math.log(ratio)) / Math.log(limit)));
  };
  let nearest: { speed: SpeedShape & { tokensPerSecond: number }; distance: number } | null = null;
  for (const speed of known) {
    if (speed.key !== shape.key) continue;
    const d = distance(speed);
    if (d <= 1 && (!nearest || d < nearest.distance)) nearest = { speed, distance: d };
  }
  if (!nearest) return null;
  const { speed } = nearest;
  const from = stepCostPerToken({ ...config, vocabSize: speed.vocabSize }, speed.sequenceLength);
  return speed.tokensPerSecond * (from / stepCostPerToken({ ...config, vocabSize: shape.vocabSize }, shape.sequenceLength));
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
