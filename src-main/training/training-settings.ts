// Defaults of a training run and the starter model's shape. Chosen by measurement on the sample FAQ
// (see the training notes in the README).
import type { Gpt2Config } from '../model/gpt2-weights.ts';
import type { TrainingDefaults, TrainingOptions } from '../shared/api/training.ts';
import { DEFAULT_ADAMW, type AdamWConfig } from './optimizer.ts';
import type { TrainingSettings } from './training-protocol.ts';

/**
 * The starter model: a small GPT-2 with the real tokenizer, trained from scratch when no model exists.
 * The 50,257 × C embedding dominates its size, so width stays small; 4 heads of 32.
 */
export const STARTER_CONFIG: Gpt2Config = {
  vocabSize: 50_257,
  nPositions: 1024,
  nEmbd: 128,
  nLayer: 2,
  nHead: 4,
  layerNormEpsilon: 1e-5,
};

/**
 * Fine-tuning a pretrained GPT-2 on a small FAQ: 2,048 tokens per update, as two accumulated 1,024-token
 * micro-batches. The 50,257-way logits and their gradient grow with the micro-batch: a distilgpt2 fine-tune on
 * the sample FAQ peaked at 9.3 GB with 4,096-token batches and 3.6 GB with 2,048; 1,024 is the benchmark's
 * 8 × 128 step, which stays under 3 GB.
 */
const FINE_TUNE = { epochs: 3, learningRate: 2e-4, batchTokens: 1024, gradAccumulation: 2 };
/**
 * Training the starter from scratch: a higher rate, more passes, and smaller batches (more updates for the same
 * tokens). Measured on the sample FAQ: 4,096-token batches reached validation loss 2.66 after 12 epochs, 2,048-token
 * batches 1.89 (held-out F1 0.36, 22 s of training on an idle 2-core machine), and 1.26 after 20 epochs (F1 0.63).
 * 16 epochs keeps the whole first-start run (plan, training, export, evaluation) within about a minute.
 */
const FROM_SCRATCH = { epochs: 16, learningRate: 3e-3, batchTokens: 2048 };
/**
 * Retraining a model that only ever learned a KB (the starter or one of its retrains) on the edited KB: it trains
 * over the data's vocabulary like the starter did. Measured on the sample FAQ with six answers rewritten, from the
 * default starter (held-out F1 of the six rewritten entries / all 32): 3 epochs at 1e-3 0.40 → 0.43 / 0.48 → 0.49;
 * 8 epochs at 1e-3 0.40 → 0.53 / 0.48 → 0.63, ~70 s of training on the loaded 2-core machine; 3e-3 learned the
 * rewritten answers no better than the starter knew them. (Over the whole 50,257-token vocabulary, as for a
 * pretrained model, 3 epochs at 2e-4 made the starter worse, F1 0.49 → 0.48, and trained ~10× slower.)
 */
const CONTINUE = { epochs: 8, learningRate: 1e-3, batchTokens: 2048 };

/**
 * Which preset a run starts from: `scratch` with no base or a never-trained random init, `continue` for a model
 * trained on a KB alone, `fine-tune` for a pretrained GPT-2 (distilgpt2, gpt2, an import).
 */
export type TrainingPreset = 'scratch' | 'continue' | 'fine-tune';
const PRESETS: Record<TrainingPreset, { epochs: number; learningRate: number; batchTokens: number; gradAccumulation?: number }> =
  { scratch: FROM_SCRATCH, continue: CONTINUE, 'fine-tune': FINE_TUNE };

export const TRAINER_CONSTANTS = {
  warmupFraction: 0.1,
  adamw: DEFAULT_ADAMW satisfies AdamWConfig,
};

/** What a run from a base of this kind uses where its options say nothing (TrainingPreview.defaults). */
export function defaultSettings(kind: TrainingPreset): TrainingDefaults {
  const { epochs, learningRate, batchTokens, seed } = resolveSettings({}, kind);
  return { epochs, learningRate, batchTokens, seed };
}

export function resolveSettings(options: TrainingOptions, kind: TrainingPreset): TrainingSettings {
  const preset = PRESETS[kind];
  return {
    epochs: options.epochs ?? preset.epochs,
    learningRate: options.learningRate ?? preset.learningRate,
    batchTokens: options.batchTokens ?? preset.batchTokens,
    gradAccumulation: options.gradAccumulation ?? preset.gradAccumulation ?? 1,
    seed: options.seed ?? 1,
    checkpointEvery: options.checkpointEvery ?? 20,
  };
}
