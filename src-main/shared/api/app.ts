import { z } from 'zod';
import { MODEL_PRECISIONS, type ModelPrecision } from '../inference-protocol.ts';
import { channel } from './define.ts';

/** ONNX Runtime threads a worker may be given: more than the machine has only adds switching. */
const THREADS_MAX = 64;

/** Facts about this installation the Settings screen shows. */
export interface AppInfo {
  /** The data folder (absolute): database, backups, models and training runs. */
  dataDir: string;
  /** Logical cores of this machine. */
  cores: number;
  /**
   * The database file when it was opened read-only because it may not be written (then everything that writes is
   * refused, with data.file-not-writable), else null.
   */
  readOnlyDatabase: string | null;
  /** Whether unsure English questions are re-ranked by meaning now. */
  meaning: MeaningStatus;
}

/**
 * The sentence encoder behind the meaning re-rank (README "Meaning"): while it is not `ready`, answers are ranked by
 * their words alone.
 */
export interface MeaningStatus {
  /**
   * `idle`: not loaded yet (it loads at the first unsure English question, or at a long-lived app's warm-up);
   * `loading`; `ready`; `retrying`: it did not load, and is tried again after a while; `unavailable`: it did not load
   * at its last try, or its worker kept stopping: not tried again until Concierge restarts.
   */
  state: 'idle' | 'loading' | 'ready' | 'retrying' | 'unavailable';
  /** Why it is not ready (the last failure, in English); null when nothing failed. */
  problem: string | null;
}

/**
 * ONNX Runtime intra-op threads for the inference and the training worker. `null` means automatic (one per
 * core). Read when the app starts, so a change applies after a restart.
 */
export interface ThreadSettings {
  inference: number | null;
  training: number | null;
  /** The counts the running app started with; they differ from the saved ones until a restart. */
  inUse: { inference: number | null; training: number | null };
  cores: number;
}

const threads = z.number().int().min(1).max(THREADS_MAX).nullable();

/**
 * Which graph answers: `fp32` (default) or `int8`, the int8 copy a model folder carries (onnx/model_quantized.onnx;
 * `concierge model quantize` adds it to older versions): on distilgpt2's shape about 2× faster per token through
 * transformers.js (README "int8 inference"), with answers that can differ where two words are nearly tied. A version
 * without the copy runs in fp32. Read when the app starts, like the thread counts.
 */
export interface PrecisionSettings {
  precision: ModelPrecision;
  /** What the running app started with. */
  inUse: ModelPrecision;
}

export const appChannels = {
  'app:info': channel(z.object({}).optional()).returns<AppInfo>(),
  /**
   * Opens a database that was opened read-only (AppInfo.readOnlyDatabase) for writing, once its file may be written,
   * without a restart; refused with data.file-not-writable while it still may not be. Answers as app:info does after
   * it (an app that writes already answers so at once).
   */
  'app:reopen': channel(z.object({}).optional()).returns<AppInfo>(),
  'app:threads': channel(z.object({}).optional()).returns<ThreadSettings>(),
  /** Only the fields present change; `null` goes back to automatic. */
  'app:set-threads': channel(z.object({ inference: threads.optional(), training: threads.optional() }).strict()).returns<ThreadSettings>(),
  'app:precision': channel(z.object({}).optional()).returns<PrecisionSettings>(),
  'app:set-precision': channel(
    z.object({ precision: z.enum(MODEL_PRECISIONS as [ModelPrecision, ...ModelPrecision[]]) }).strict(),
  ).returns<PrecisionSettings>(),
};
