// Training from scratch over the tokens the data actually uses. A 50,257-way softmax on every position
// dominates a small model's step (the starter's body is ~0.4 M parameters, its output layer 6.4 M), yet a model
// trained only on the KB never needs to predict a token the KB does not contain. So the starter trains with
// a vocabulary of the K tokens its data uses (K ≈ 2,000 on the sample FAQ), then its embedding is scattered
// back into the full GPT-2 vocabulary. Rows of tokens it never saw keep their small random initialisation,
// so their logits stay near 0 while trained tokens score far higher.
// Retraining such a model (the starter and its retrains, marked by KB_VOCABULARY_FILE in their folders, or a
// random init) continues the same way: its untrained rows never had a probability worth learning down.
// Never used for a pretrained model: it must keep learning against its whole vocabulary.
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gpt2Config, Gpt2Weights } from '../model/gpt2-weights.ts';
import { END_OF_TEXT_ID, type TrainingExample } from './dataset.ts';

/** Written into the folder of a model trained over its data's vocabulary; read when it is the base of a retrain. */
const KB_VOCABULARY_FILE = 'concierge-training.json';

export async function markKbVocabulary(dir: string, vocabulary: readonly number[]): Promise<void> {
  await writeFile(join(dir, KB_VOCABULARY_FILE), JSON.stringify({ vocabulary: 'knowledge-base', tokens: vocabulary.length }));
}

export async function hasKbVocabulary(dir: string): Promise<boolean> {
  return access(join(dir, KB_VOCABULARY_FILE)).then(() => true, () => false);
}

/** `fullIds[k]` is the GPT-2 id of compact token k, ascending; <|endoftext|> (padding) is always included. */
export function usedVocabulary(examples: readonly TrainingExample[]): number[] {
  const used = new Set<number>([END_OF_TEXT_ID]);
  for (const example of examples) for (const id of example.tokens) used.add(id);
  return [...used].sort((a, b) => a - b);
}

export function toCompactExamples(examples: readonly TrainingExample[], fullIds: readonly number[]): TrainingExample[] {
  const compact = new Map(fullIds.map((id, k) => [id, k]));
  return examples.map((example) => ({ ...example, tokens: example.tokens.map((id) => compact.get(id)!) }));
}

export function compactConfig(config: Gpt2Config, fullIds: readonly number[]): Gpt2Config {
  return { ...config, vocabSize: fullIds.length };
}

/** The rows `fullIds` of the full embedding, as the compact model's embedding. */
export function compactWeights(full: Gpt2Weights, fullIds: readonly number[]): Gpt2Weights {
  const wte = full.get('wte.weight')!;
  const width = wte.shape[1];
  const data = new Float32Array(fullIds.length * width);
  fullIds.forEach((id, k) => data.set(wte.data.subarray(id * width, (id + 1) * width), k * width));
  return new Map([...full, ['wte.weight', { shape: [fullIds.length, width], data }]]);
}

/** Scatters the trained compact embedding back into `fullWte` (the full embedding at initialisation). */
export function expandWeights(compact: Gpt2Weights, fullWte: { shape: number[]; data: Float32Array }, fullIds: readonly number[]): Gpt2Weights {
  const wte = compact.get('wte.weight')!;
  const width = wte.shape[1];
  const data = Float32Array.from(fullWte.data);
  fullIds.forEach((id, k) => data.set(wte.data.subarray(k * width, (k + 1) * width), id * width));
  return new Map([...compact, ['wte.weight', { shape: fullWte.shape, data }]]);
}
