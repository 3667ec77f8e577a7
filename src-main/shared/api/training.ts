import { z } from 'zod';
import { channel } from './define.ts';
import { ModelId } from './models.ts';
import type { CodedMessage, MessageCode } from '../errors.ts';

/** Settings of one training run; every field has a default chosen by measurement on the sample FAQ. */
export const TrainingOptions = z.object({
  /** Model version id to fine-tune; defaults to the active model, or the starter config from scratch when none exists. */
  base: ModelId.optional(),
  epochs: z.number().int().min(1).max(200).optional(),
  /** Peak learning rate (after warmup). */
  learningRate: z.number().positive().max(1).optional(),
  /** Tokens per micro-batch (rows × padded length). */
  batchTokens: z.number().int().min(64).max(65_536).optional(),
  /** Micro-batches per optimizer step. */
  gradAccumulation: z.number().int().min(1).max(64).optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  /** Optimizer steps between checkpoints; a kill -9 loses at most this many. */
  checkpointEvery: z.number().int().min(1).max(100_000).optional(),
  /** `if-better` activates the new version only when it is not worse than the active model. */
  activate: z.enum(['if-better', 'always', 'never']).optional(),
});
export type TrainingOptions = z.input<typeof TrainingOptions>;

export type TrainingStatus = 'running' | 'paused' | 'interrupted' | 'cancelled' | 'failed' | 'completed';
export type TrainingPhase = 'preparing' | 'training' | 'evaluating' | 'saving' | 'done';

/**
 * What a preview being computed does: `planning` its data set (grounding every question on the KB, tokenizing: most
 * of its time), then `timing` a few training steps, which it skips when a speed timed before can be reused.
 */
export type PreviewPhase = 'planning' | 'timing';

/** Pushed while a preview is computed, for the caller that gave `training:preview` this `requestId`. */
export interface TrainingPreviewProgress {
  requestId: string;
  phase: PreviewPhase;
}

/** Something about the data a user should know before a run: English for the CLI, a code for the UI's language. */
export type DatasetWarning = CodedMessage;

export interface DatasetPreview {
  entries: number;
  trainExamples: number;
  validationExamples: number;
  /** Positions fed to the model per epoch, padding included. */
  tokensPerEpoch: number;
  /** Answer tokens the loss counts per epoch. */
  lossTokensPerEpoch: number;
  longestSequence: number;
  /** Share of batch positions that are padding. */
  paddingRatio: number;
  batchesPerEpoch: number;
  warnings: DatasetWarning[];
  /** A few examples as text: what the model will see, prompt and answer apart. */
  samples: { question: string; prompt: string; answer: string; tokens: number }[];
}

export interface TrainingPreview {
  /** The model that would be fine-tuned, or null when the starter config is trained from scratch. */
  base: { id: string; name: string } | null;
  dataset: DatasetPreview;
  /**
   * The epochs `totalSteps` and `estimate.seconds` are for: the request's, else the default (defaults.epochs). Not the
   * default itself: `concierge train --preview --epochs 5` previews 5 epochs of a base whose default may be 16.
   */
  epochs: number;
  totalSteps: number;
  /**
   * From a short measured calibration step on this machine: `seconds` covers training (and its validation loss);
   * the evaluation after it writes `evaluationAnswers` greedy answers (see TrainingProgress.evaluationAnswers).
   * `evaluationSeconds` is their time at the speed an earlier run's evaluation of a model this shape measured on
   * this machine (while the app runs), or null when none has: training's speed does not tell generation's.
   */
  estimate: { tokensPerSecond: number; seconds: number; evaluationAnswers: number; evaluationSeconds: number | null };
  /**
   * What a run from this base uses for each setting its options leave out: the trainer's own defaults for the base
   * (from scratch, continuing a model trained on a KB, or fine-tuning a pretrained one), for the UI to show.
   */
  defaults: TrainingDefaults;
}

export interface TrainingDefaults {
  epochs: number;
  learningRate: number;
  batchTokens: number;
  seed: number;
}

/** Per held-out question: the greedy answers of the base and the new model against the FAQ answer. */
export interface EvaluationCase {
  entryId: number;
  question: string;
  expected: string;
  base: { answer: string; exactMatch: boolean; f1: number } | null;
  candidate: { answer: string; exactMatch: boolean; f1: number };
}

export interface EvaluationSummary {
  valLoss: number;
  perplexity: number;
  exactMatch: number;
  f1: number;
}

export interface EvaluationReport {
  candidate: EvaluationSummary;
  /** The base (parent) model on the same questions; null when trained from scratch. */
  base: EvaluationSummary | null;
  cases: EvaluationCase[];
}

export interface TrainingRun {
  id: string;
  status: TrainingStatus;
  phase: TrainingPhase;
  baseModelId: string | null;
  kbRevision: number;
  options: TrainingOptions;
  step: number;
  totalSteps: number;
  epoch: number;
  epochs: number;
  trainLoss: number | null;
  valLoss: number | null;
  /** The loss curve so far, for the chart. */
  history: { step: number; loss: number; valLoss?: number }[];
  /** Set when the run finished and registered a model version. */
  modelVersionId: string | null;
  activated: boolean;
  evaluation: EvaluationReport | null;
  /** Why the run failed or was interrupted, in English (the CLI, logs); `errorCode` names it for the UI. */
  error: string | null;
  errorCode: MessageCode | null;
  createdAt: string;
  updatedAt: string;
}

/** Where a run stands: what each progress event carries and the training screen shows. */
export type RunCounters = Pick<TrainingRun, 'status' | 'phase' | 'step' | 'totalSteps' | 'epoch' | 'epochs' | 'trainLoss' | 'valLoss'>;

/** The counters of a run as stored, without the rest of its row. */
export function runCounters(run: TrainingRun): RunCounters {
  const { status, phase, step, totalSteps, epoch, epochs, trainLoss, valLoss } = run;
  return { status, phase, step, totalSteps, epoch, epochs, trainLoss, valLoss };
}

/** Pushed while a run works; the UI, the CLI progress bar and the tests read the same stream. */
export interface TrainingProgress extends RunCounters {
  runId: string;
  tokensPerSecond: number;
  elapsedMs: number;
  /** null until a few steps have been timed. */
  etaMs: number | null;
  /**
   * Answers the evaluation after training will write, greedily: each held-out question for the new model, and
   * again for its base model. Its time cannot be told before it starts, so the screen says how much is left to
   * do after `etaMs`. Set from the first training step on.
   */
  evaluationAnswers?: number;
  /** While the run evaluates: how many of the `evaluationAnswers` are written. */
  evaluated?: number;
  /** What the run says now, in English: its data set's warnings, what it is evaluating, why it stopped. */
  message?: string;
  /** The same, sentence by sentence, each with its code and values so the UI can say it in its language. */
  notes?: CodedMessage[];
}

/** A training run id: one plain name (newRunId()'s `20261130T162000-ab12cd` and any other), never `..` or a path. */
export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The sentence of TrainingRunId's rule; input-issues.ts codes it `input.run-id`. */
export const RUN_ID_RULE = 'a training run id is letters, digits, ".", "_" and "-", up to 100 characters';
export const TrainingRunId = z.string().regex(RUN_ID_PATTERN, RUN_ID_RULE);

const runId = z.object({ runId: TrainingRunId });

export const trainingChannels = {
  /**
   * The data set and a time estimate for a run with these options. `requestId`, chosen by the caller, names the
   * `training:preview-progress` events that say what the preview is doing while it is computed.
   */
  'training:preview': channel(TrainingOptions.extend({ requestId: z.string().trim().min(1).max(100).optional() })).returns<TrainingPreview>(),
  /** Starts a run in the training worker; refused with a ConflictError while another run is active. */
  'training:start': channel(TrainingOptions).returns<TrainingRun>(),
  /** Stops the active run after its current step and keeps a checkpoint to resume from. */
  'training:cancel': channel(runId.partial()).returns<TrainingRun>(),
  'training:pause': channel(runId.partial()).returns<TrainingRun>(),
  /** Continues a paused run, or a cancelled/interrupted one from its last checkpoint. */
  'training:resume': channel(runId.partial()).returns<TrainingRun>(),
  'training:runs': channel(z.object({ limit: z.number().int().min(1).max(1000).optional() })).returns<TrainingRun[]>(),
};
