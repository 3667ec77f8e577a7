import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomGpt2Weights } from '../../../src-main/model/gpt2-weights.ts';
import { END_OF_TEXT_ID } from '../../../src-main/training/dataset.ts';
import {
  compactConfig,
  compactWeights,
  expandWeights,
  hasKbVocabulary,
  markKbVocabulary,
  toCompactExamples,
  usedVocabulary,
} from '../../../src-main/training/vocabulary-subset.ts';

const config = { vocabSize: 50_257, nPositions: 16, nEmbd: 8, nLayer: 1, nHead: 2, layerNormEpsilon: 1e-5 };
const examples = [
  { entryId: 1, question: 'a', tokens: [300, 12, 300, 7], promptLength: 2 },
  { entryId: 2, question: 'b', tokens: [7, 40_000], promptLength: 1 },
];

describe('usedVocabulary()', () => {
  it('lists every id the examples use, ascending, plus <|endoftext|>', () => {
    expect(usedVocabulary(examples)).toEqual([7, 12, 300, 40_000, END_OF_TEXT_ID]);
  });
});

describe('toCompactExamples()', () => {
  it('renumbers tokens into the subset and keeps the prompt lengths', () => {
    const vocabulary = usedVocabulary(examples);
    const compact = toCompactExamples(examples, vocabulary);
    expect(compact.map((e) => e.tokens)).toEqual([
      [2, 1, 2, 0],
      [0, 3],
    ]);
    expect(compact.map((e) => e.promptLength)).toEqual([2, 1]);
    expect(compactConfig(config, vocabulary).vocabSize).toBe(5);
  });
});

describe('expandWeights()', () => {
  it('puts trained rows back at their GPT-2 ids and leaves unseen rows at their initial values', () => {
    const full = randomGpt2Weights(config, 3);
    const vocabulary = usedVocabulary(examples);
    const compact = compactWeights(full, vocabulary);
    expect(compact.get('wte.weight')!.shape).toEqual([5, 8]);
    expect([...compact.get('wte.weight')!.data.subarray(16, 24)]).toEqual([...full.get('wte.weight')!.data.subarray(300 * 8, 301 * 8)]);

    compact.get('wte.weight')!.data.fill(0.5); // "training" changed every used row
    const expanded = expandWeights(compact, full.get('wte.weight')!, vocabulary);
    const wte = expanded.get('wte.weight')!;
    expect(wte.shape).toEqual([50_257, 8]);
    for (const id of vocabulary) expect([...wte.data.subarray(id * 8, id * 8 + 8)]).toEqual(Array(8).fill(0.5));
    expect([...wte.data.subarray(8, 16)]).toEqual([...full.get('wte.weight')!.data.subarray(8, 16)]); // id 1: never used
    expect(expanded.get('h.0.mlp.c_fc.weight')).toBe(compact.get('h.0.mlp.c_fc.weight'));
  });
});

describe('markKbVocabulary() / hasKbVocabulary()', () => {
  it('marks a model folder as trained over its data vocabulary, which a retrain then reads', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'concierge-kb-vocabulary-'));
    try {
      expect(await hasKbVocabulary(folder)).toBe(false);
      await markKbVocabulary(folder, usedVocabulary(examples));
      expect(await hasKbVocabulary(folder)).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
