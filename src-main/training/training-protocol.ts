// Messages between the main side (TrainingClient) and the training worker thread.
// Request `{seq, request}`; reply `{type:'response', seq, error?, response}`; streaming `{type:'progress', seq, progress}`
// (a train request's JobProgress, a preview's PreviewProgress).
import type { FaqEntry } from '../shared/api/faq.ts';
import type { EvaluationReport, PreviewPhase, TrainingPhase, TrainingPreview } from '../shared/api/training.ts';
import type { CodedMessage, SerializedError } from '../shared/errors.ts';
import type { TrainerProgress } from './trainer.ts';

/** A model folder in Hugging Face layout. */
export interface ModelFolder {
  id: string;
  name: string;
  dir: string;
  /** Its weights only ever learned a KB (the starter lineage, or a random init): retrains train over the data's tokens. */
  kbVocabulary?: boolean;
}

/** Every training knob, defaults applied (see training-settings.ts). */
export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  batchTokens: number;
  gradAccumulation: number;
  seed: number;
  checkpointEvery: number;
}

export interface TrainJob {
  runId: string;
  /** Holds run.json (dataset + settings), the checkpoint and the candidate model folder. */
  runDir: string;
  /** The model to fine-tune; null trains the starter configuration from scratch. */
  base: ModelFolder | null;
  /** The enabled KB entries at the start of the run (a resumed run reads its saved dataset instead). */
  entries: FaqEntry[];
  settings: TrainingSettings;
  /** Continue from the checkpoint in runDir. */
  resume: boolean;
  /** ONNX Runtime intra-op threads; defaults to the core count. */
  threads?: number;
}

export interface PreviewJob {
  base: ModelFolder | null;
  entries: FaqEntry[];
  settings: TrainingSettings;
  threads?: number;
  /** Speeds measured before: one of the same speed key on a nearby vocabulary and batch shape skips the calibration (see reusableSpeed). */
  knownSpeeds?: MeasuredSpeed[];
  /** Evaluation speeds (seconds per generated token slot) timed by earlier runs, by evaluationSpeedKey. */
  knownEvaluationSpeeds?: Record<string, number>;
}

/** What a step's speed was measured for: the model body and threads (speedKey), the vocabulary and the typical batch's shape. */
export interface SpeedShape {
  key: string;
  vocabSize: number;
  batchSize: number;
  sequenceLength: number;
}

/** A step speed and what it was measured for: main keeps it so the next preview need not time steps again. */
export interface MeasuredSpeed extends SpeedShape {
  tokensPerSecond: number;
  /** False when it was scaled from one of knownSpeeds, no step timed. */
  measured: boolean;
}

export interface PreviewOutcome {
  /** Without the defaults, which main adds: they come from the base's preset, which the worker is not told. */
  preview: Omit<TrainingPreview, 'defaults'>;
  speed: MeasuredSpeed;
  /**
   * Where the worker's time went (`concierge bench preview` reports it): planning the data set (grounding, tokenizing,
   * batching) and timing steps (0 when a kept speed was reused).
   */
  phases: { planMs: number; stepsMs: number };
}

export interface TrainOutcome {
  /** The exported candidate folder (model.safetensors, onnx/model.onnx, config, tokenizer). */
  candidateDir: string;
  evaluation: EvaluationReport;
  history: { step: number; loss: number; valLoss?: number }[];
  trainLoss: number;
  valLoss: number | null;
  tokensPerSecond: number;
  trainSeconds: number;
  /** How fast this run's evaluation generated (see evaluation-work.ts), for the next preview; null with no held-out questions. */
  evaluationSpeed: { key: string; secondsPerToken: number } | null;
}

export type TrainingRequest =
  | { type: 'preview'; job: PreviewJob }
  | { type: 'train'; job: TrainJob }
  /** Pause, resume or cancel the train request whose sequence number is `target`. */
  | { type: 'control'; target: number; action: 'pause' | 'resume' | 'cancel' };

export interface TrainingResponses {
  preview: PreviewOutcome;
  train: TrainOutcome;
  control: { applied: boolean };
}

export interface TrainingRequestMessage {
  seq: number;
  request: TrainingRequest;
}

export interface JobProgress {
  phase: TrainingPhase;
  /** Set during the 'training' phase. */
  trainer?: TrainerProgress;
  /** Set during the 'training' phase: see TrainingProgress.evaluationAnswers. */
  evaluationAnswers?: number;
  /** Set during the 'evaluating' phase: see TrainingProgress.evaluated. */
  evaluated?: number;
  message?: string;
  /** `message` sentence by sentence, with codes (see TrainingProgress.notes). */
  notes?: CodedMessage[];
}

/** A preview request's progress: the phase it has started. */
export interface PreviewProgress {
  phase: PreviewPhase;
}

export type TrainingWorkerMessage =
  | { type: 'progress'; seq: number; progress: JobProgress | PreviewProgress }
  | { type: 'response'; seq: number; error?: SerializedError; response?: unknown };
