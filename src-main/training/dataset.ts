// Training examples from the knowledge base: every enabled entry × (its question + each similar question)
// becomes "prompt + answer + <|endoftext|>" in the assistant's own format (assistant/prompt.ts), with the
// loss on the answer tokens only.
// Batches are built by length-bucketing: examples of similar length share a batch, padded on the right
// (causal attention never looks right, so padding changes nothing but the loss mask).

import { promptTarget } from '../assistant/prompt.ts';
import type { DatasetPreview, DatasetWarning } from '../shared/api/training.ts';

export const END_OF_TEXT_ID = 50_256;
/** Id written into padding positions: any id in every vocabulary (also the starter's subset), masked out of the loss. */
export const PAD_ID = 0;

/** The fields of a KB entry the dataset reads. */
export interface TrainingEntry {
  id: number;
  question: string;
  answer: string;
  paraphrases: string[];
  enabled: boolean;
}

export interface DatasetOptions {
  /** Text → token ids (the base model's tokenizer, no special tokens added). */
  encode: (text: string) => number[];
  /** The inference prompt for `question` asked about `entry` (the same template the assistant uses). */
  prompt: (entry: TrainingEntry, question: string) => string;
  /** The model's context window (n_positions): input sequences are at most this long. */
  contextLength: number;
}

export interface TrainingExample {
  entryId: number;
  question: string;
  /** prompt + answer (+ <|endoftext|> unless truncated) */
  tokens: number[];
  /** Tokens of the prompt; the loss starts at the prediction of token `promptLength`. */
  promptLength: number;
}

export interface Dataset {
  train: TrainingExample[];
  /** One held-out similar question per entry that has one. */
  validation: TrainingExample[];
  /** Human-readable notes: truncated answers, skipped prompts. */
  warnings: DatasetWarning[];
}

/** Builds the examples; the validation split holds out each entry's last similar question. */
export function buildDataset(entries: readonly TrainingEntry[], options: DatasetOptions): Dataset {
  const dataset: Dataset = { train: [], validation: [], warnings: [] };
  for (const entry of entries) {
    if (!entry.enabled) continue;
    const questions = [entry.question, ...entry.paraphrases];
    const heldOut = entry.paraphrases.length > 0 ? questions.length - 1 : -1;
    const answerTokens = options.encode(promptTarget(entry.answer));
    questions.forEach((question, i) => {
      const example = buildExample(entry, question, answerTokens, options, dataset.warnings);
      if (example) (i === heldOut ? dataset.validation : dataset.train).push(example);
    });
  }
  return dataset;
}

function buildExample(
  entry: TrainingEntry,
  question: string,
  answerTokens: number[],
  { encode, prompt, contextLength }: DatasetOptions,
  warnings: DatasetWarning[],
): TrainingExample | null {
  const promptTokens = encode(prompt(entry, question));
  // Inputs are tokens[0..n-2] and targets tokens[1..n-1], so a sequence of n tokens needs n − 1 positions.
  const room = contextLength + 1 - promptTokens.length;
  if (room < 2) {
    warnings.push({
      message: `Entry ${entry.id}: the prompt for "${clip(question)}" fills the context window; skipped.`,
      code: 'training.prompt-too-long',
      params: { id: entry.id, question: clip(question) },
    });
    return null;
  }
  const full = [...answerTokens, END_OF_TEXT_ID];
  if (full.length > room) {
    // Keep the start of the answer and no end marker: the model must not learn to stop mid-answer.
    warnings.push({
      message: `Entry ${entry.id}: answer truncated from ${answerTokens.length} to ${room} tokens to fit the ${contextLength}-token context window.`,
      code: 'training.answer-truncated',
      params: { id: entry.id, from: answerTokens.length, to: room, context: contextLength },
    });
  }
  const answer = full.length > room ? answerTokens.slice(0, room) : full;
  return { entryId: entry.id, question, tokens: [...promptTokens, ...answer], promptLength: promptTokens.length };
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** One training step's input: B rows of T positions, row-major. */
export interface TokenBatch {
  batchSize: number;
  sequenceLength: number;
  /** (B, T) token ids; padding is PAD_ID. */
  inputIds: Int32Array;
  /** (B, T) the next token at each position. */
  targets: Int32Array;
  /** (B, T) 1 where the target is an answer token, else 0. */
  lossMask: Float32Array;
  /** Number of ones in `lossMask`. */
  lossTokens: number;
}

/** Packs examples into one padded batch. */
export function makeBatch(examples: readonly TrainingExample[]): TokenBatch {
  const batchSize = examples.length;
  const sequenceLength = Math.max(...examples.map((e) => e.tokens.length - 1));
  const inputIds = new Int32Array(batchSize * sequenceLength).fill(PAD_ID);
  const targets = new Int32Array(batchSize * sequenceLength).fill(PAD_ID);
  const lossMask = new Float32Array(batchSize * sequenceLength);
  let lossTokens = 0;
  examples.forEach((example, b) => {
    const row = b * sequenceLength;
    const { tokens, promptLength } = example;
    for (let t = 0; t < tokens.length - 1; t++) {
      inputIds[row + t] = tokens[t];
      targets[row + t] = tokens[t + 1];
      // Position t predicts token t+1: count it when that token belongs to the answer.
      if (t + 1 >= promptLength) {
        lossMask[row + t] = 1;
        lossTokens++;
      }
    }
  });
  return { batchSize, sequenceLength, inputIds, targets, lossMask, lossTokens };
}

/**
 * Length-bucketing: sorts examples by length and fills each batch while rows × longest row stays within
 * `batchTokens`, so padding is a few percent. An example longer than the budget gets a batch of its own.
 */
export function bucketBatches(examples: readonly TrainingExample[], batchTokens: number): TokenBatch[] {
  const sorted = [...examples].sort((a, b) => a.tokens.length - b.tokens.length || a.entryId - b.entryId);
  const batches: TokenBatch[] = [];
  let current: TrainingExample[] = [];
  for (const example of sorted) {
    const longest = example.tokens.length - 1; // sorted ascending: the newest is the longest
    if (current.length > 0 && (current.length + 1) * longest > batchTokens) {
      batches.push(makeBatch(current));
      current = [];
    }
    current.push(example);
  }
  if (current.length > 0) batches.push(makeBatch(current));
  return batches;
}

/** A data set's figures, as the training preview shows them (without its sample texts). */
export type DatasetSummary = Omit<DatasetPreview, 'samples'>;

export function summarize(dataset: Dataset, batches: readonly TokenBatch[]): DatasetSummary {
  const positions = batches.reduce((sum, b) => sum + b.batchSize * b.sequenceLength, 0);
  const real = dataset.train.reduce((sum, e) => sum + e.tokens.length - 1, 0);
  return {
    entries: new Set([...dataset.train, ...dataset.validation].map((e) => e.entryId)).size,
    trainExamples: dataset.train.length,
    validationExamples: dataset.validation.length,
    tokensPerEpoch: positions,
    lossTokensPerEpoch: batches.reduce((sum, b) => sum + b.lossTokens, 0),
    longestSequence: Math.max(0, ...batches.map((b) => b.sequenceLength)),
    paddingRatio: positions === 0 ? 0 : 1 - real / positions,
    batchesPerEpoch: batches.length,
    warnings: dataset.warnings,
  };
}
