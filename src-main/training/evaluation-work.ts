// How much generating the evaluation's greedy answers costs, and how long it takes at a speed measured by an
// earlier run's evaluation on this machine. The training step's speed does not give it: generation runs the
// inference graph (the whole 50,257-token output layer, where training uses the KB's compacted vocabulary) one
// token at a time through transformers.js, at a speed of its own. A run estimated at 41 s of training took 2.5 min in all.
import type { Gpt2Config } from '../model/gpt2-weights.ts';
import type { HeldOutQuestion } from './evaluate.ts';

/**
 * Rows per generate() call. The prefill returns logits at every prompt position: 8 rows × ~250 tokens × 50,257
 * floats is ~400 MB already, so larger batches cost more memory than the per-step overhead they save.
 */
export const GENERATION_BATCH = 8;
/** Room past the expected length, so a slightly longer answer is seen whole (and scored lower). */
export const EXTRA_TOKENS = 16;

/**
 * The generate() calls of one model's evaluation: question indices, shortest expected answers first (a batch runs
 * until its longest answer ends, so similar lengths go together), and the tokens each call may write.
 */
export function generationBatches(questions: readonly Pick<HeldOutQuestion, 'answerTokens'>[]): { indices: number[]; wanted: number }[] {
  const order = questions.map((_, i) => i).sort((a, b) => questions[a].answerTokens - questions[b].answerTokens);
  const batches = [];
  for (let i = 0; i < order.length; i += GENERATION_BATCH) {
    const indices = order.slice(i, i + GENERATION_BATCH);
    batches.push({ indices, wanted: Math.max(...indices.map((index) => questions[index].answerTokens)) + EXTRA_TOKENS });
  }
  return batches;
}

/** The evaluation's work in generated token slots (rows × tokens a call may write), for `models` models (2 with a base). */
export function evaluationWork(questions: readonly Pick<HeldOutQuestion, 'answerTokens'>[], models: number): number {
  return models * generationBatches(questions).reduce((sum, { indices, wanted }) => sum + indices.length * wanted, 0);
}

/** What the evaluation's speed depends on: the inference model's shape (full vocabulary) and the threads. */
export function evaluationSpeedKey(config: Gpt2Config, threads: number): string {
  const { vocabSize, nPositions, nEmbd, nLayer, nHead } = config;
  return JSON.stringify({ model: [vocabSize, nPositions, nEmbd, nLayer, nHead], threads });
}

/** Seconds the evaluation should take at `secondsPerToken` (measured by an earlier run), or null when none was. */
export function evaluationSeconds(work: number, secondsPerToken: number | undefined): number | null {
  return secondsPerToken === undefined ? null : work * secondsPerToken;
}
