// One training run inside the worker: plan (or reload the plan), train with checkpoints, export the candidate
// model folder, then evaluate it beside the base model.
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readGpt2Safetensors } from '../model/gpt2-checkpoint.ts';
import { randomGpt2Weights, type Gpt2Config, type Gpt2Weights } from '../model/gpt2-weights.ts';
import { writeModelFolder } from '../model/model-folder.ts';
import { readCheckpoint, checkpointExists, type Checkpoint, CHECKPOINT_FILE } from './checkpoint.ts';
import { bucketBatches, type TrainingExample } from './dataset.ts';
import { buildReport, greedyAnswers, scoreAnswers } from './evaluate.ts';
import { evaluationSpeedKey, evaluationWork } from './evaluation-work.ts';
import type { RunControl } from './run-control.ts';
import { planRun, readRunPlan, writeRunPlan, type RunPlan } from './run-plan.ts';
import { createTrainingSession } from './training-graph.ts';
import type { JobProgress, TrainJob, TrainOutcome } from './training-protocol.ts';
import { TRAINER_CONSTANTS } from './training-settings.ts';
import { train, validationLoss, type TrainerConfig } from './trainer.ts';
import { compactConfig, compactWeights, expandWeights, markKbVocabulary, toCompactExamples } from './vocabulary-subset.ts';

const CANDIDATE_DIR = 'candidate';

function trainerConfig(plan: RunPlan): TrainerConfig {
  const { settings } = plan;
  return {
    epochs: settings.epochs,
    gradAccumulation: settings.gradAccumulation,
    seed: settings.seed,
    maxLr: settings.learningRate,
    warmupFraction: TRAINER_CONSTANTS.warmupFraction,
    adamw: TRAINER_CONSTANTS.adamw,
    checkpointEvery: settings.checkpointEvery,
  };
}

/** What the ONNX session trains: the plan's model and data, over the data's own vocabulary for a KB-only model. */
export interface TrainingView {
  config: Gpt2Config;
  train: TrainingExample[];
  validation: TrainingExample[];
  /** The base checkpoint, or GPT-2's initialisation from the run's seed. */
  initialWeights(): Promise<Gpt2Weights>;
  /** Trained weights in the plan's (full-vocabulary) shape, ready to export. */
  exportable(trained: Gpt2Weights): Promise<Gpt2Weights>;
}

export function trainingView(plan: RunPlan): TrainingView {
  const vocabulary = plan.vocabulary;
  // Read again when needed rather than kept: a full copy of a large base would sit in memory all run long.
  const fullWeights = async () =>
    plan.base
      ? readGpt2Safetensors(join(plan.base.dir, 'model.safetensors'), plan.config)
      : randomGpt2Weights(plan.config, plan.settings.seed);
  if (!vocabulary) {
    return {
      config: plan.config,
      train: plan.train,
      validation: plan.validation,
      initialWeights: fullWeights,
      exportable: async (trained) => trained,
    };
  }
  return {
    config: compactConfig(plan.config, vocabulary),
    train: toCompactExamples(plan.train, vocabulary),
    validation: toCompactExamples(plan.validation, vocabulary),
    initialWeights: async () => compactWeights(await fullWeights(), vocabulary),
    exportable: async (trained) => expandWeights(trained, (await fullWeights()).get('wte.weight')!, vocabulary),
  };
}

export async function runTrainingJob(
  job: TrainJob,
  control: RunControl,
  report: (progress: JobProgress) => void,
): Promise<TrainOutcome> {
  const started = performance.now();
  report({ phase: 'preparing' });
  await mkdir(job.runDir, { recursive: true });
  const checkpointPath = join(job.runDir, CHECKPOINT_FILE);
  const resuming = job.resume && (await checkpointExists(checkpointPath));
  const plan = resuming ? await readRunPlan(job.runDir) : (await planRun(job.base, job.entries, job.settings)).plan;
  control.throwIfCancelled();
  // Truncated answers and skipped prompts: the user sees them before the first step.
  if (plan.warnings.length > 0 && !resuming) {
    report({ phase: 'preparing', message: plan.warnings.map((warning) => warning.message).join(' '), notes: plan.warnings });
  }
  const view = trainingView(plan);
  const checkpoint: Checkpoint | null = resuming ? await readCheckpoint(checkpointPath) : null;
  const weights = checkpoint?.weights ?? (await view.initialWeights());

  const trainBatches = bucketBatches(view.train, plan.settings.batchTokens);
  const validationBatches = bucketBatches(view.validation, plan.settings.batchTokens);
  // The evaluation after training answers every held-out question with the new model, and again with its base.
  const evaluationAnswers = plan.heldOut.length * (plan.base ? 2 : 1);
  const threadCount = job.threads ?? availableParallelism();
  const session = await createTrainingSession(view.config, { threads: threadCount });
  let result;
  try {
    control.throwIfCancelled();
    if (!resuming) {
      // The base model's loss before any update: the "before" column of the evaluation.
      if (plan.base && validationBatches.length > 0) plan.baseValLoss = await validationLoss(session, weights, validationBatches);
      await writeRunPlan(job.runDir, plan);
    }
    result = await train({
      session,
      config: trainerConfig(plan),
      weights,
      train: trainBatches,
      validation: validationBatches,
      control,
      checkpoint: { path: checkpointPath, extra: { runId: job.runId } },
      resume: checkpoint ? { progress: checkpoint.progress, optimizer: checkpoint.optimizer } : undefined,
      onProgress: (trainer) => report({ phase: 'training', trainer, evaluationAnswers }),
    });
  } finally {
    await session.release();
  }
  const trainSeconds = (performance.now() - started) / 1000;
  // From here on a cancel keeps the trained weights: the trainer checkpointed its last step.
  control.throwIfCancelled();

  report({ phase: 'saving' });
  const candidateDir = join(job.runDir, CANDIDATE_DIR);
  await rm(candidateDir, { recursive: true, force: true });
  await writeModelFolder(candidateDir, { config: plan.config, weights: await view.exportable(weights) });
  if (plan.vocabulary) await markKbVocabulary(candidateDir, plan.vocabulary);

  const evaluating = { message: 'Greedy answers to the held-out questions', code: 'training.evaluating-answers' };
  // Before each batch of answers: how many of them all are written (the new model's, then its base's), so a long
  // evaluation (minutes with a pretrained model) shows it moves on; a cancel stops it there.
  const reportEvaluated = (evaluated: number) =>
    report({ phase: 'evaluating', evaluated, evaluationAnswers, message: evaluating.message, notes: [evaluating] });
  const answeredBefore = (offset: number) => (answered: number) => {
    control.throwIfCancelled();
    reportEvaluated(offset + answered);
  };
  reportEvaluated(0);
  const threads = { intraOpThreads: job.threads };
  const candidateId = `run ${job.runId}`;
  const evaluationStarted = performance.now();
  const candidate = scoreAnswers(
    await greedyAnswers({ id: candidateId, dir: candidateDir }, plan.heldOut, threads, answeredBefore(0)),
    plan.heldOut,
    result.valLoss ?? NaN,
  );
  const base = plan.base
    ? scoreAnswers(
        await greedyAnswers(plan.base, plan.heldOut, threads, answeredBefore(plan.heldOut.length)),
        plan.heldOut,
        plan.baseValLoss ?? NaN,
      )
    : null;
  const work = evaluationWork(plan.heldOut, plan.base ? 2 : 1);
  return {
    candidateDir,
    evaluationSpeed:
      work > 0
        ? { key: evaluationSpeedKey(plan.config, threadCount), secondsPerToken: (performance.now() - evaluationStarted) / 1000 / work }
        : null,
    evaluation: buildReport(plan.heldOut, candidate, base),
    history: result.history,
    trainLoss: result.trainLoss,
    valLoss: result.valLoss,
    tokensPerSecond: result.tokensPerSecond,
    trainSeconds,
  };
}
