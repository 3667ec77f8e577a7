import { describe, expect, it } from 'vitest';
import {
  END_OF_TEXT_ID,
  PAD_ID,
  bucketBatches,
  buildDataset,
  makeBatch,
  summarize,
  type TrainingEntry,
} from '../../../src-main/training/dataset.ts';

// One token per character keeps the expected masks readable; the real tokenizer is exercised in trainer tests.
const encode = (text: string) => [...text].map((c) => c.charCodeAt(0));
const prompt = (_entry: TrainingEntry, question: string) => `Q:${question}\nA:`;
const options = { encode, prompt, contextLength: 64 };

const entry = (id: number, question: string, answer: string, paraphrases: string[] = [], enabled = true) => ({
  id,
  question,
  answer,
  paraphrases,
  enabled,
});

describe('buildDataset()', () => {
  it('makes one example per question and similar question of each enabled entry', () => {
    const dataset = buildDataset(
      [entry(1, 'hi', 'yo', ['hey', 'hello']), entry(2, 'off', 'no', ['x'], false), entry(3, 'a', 'b')],
      options,
    );
    expect(dataset.train.map((e) => [e.entryId, e.question])).toEqual([
      [1, 'hi'],
      [1, 'hey'],
      [3, 'a'],
    ]);
    // One similar question per entry is held out; an entry without any stays fully in training.
    expect(dataset.validation.map((e) => [e.entryId, e.question])).toEqual([[1, 'hello']]);
  });

  it('appends the answer and <|endoftext|> to the inference prompt', () => {
    const [example] = buildDataset([entry(1, 'hi', 'yo')], options).train;
    expect(example.tokens).toEqual([...encode('Q:hi\nA: yo'), END_OF_TEXT_ID]); // promptTarget adds one space
    expect(example.promptLength).toBe('Q:hi\nA:'.length);
  });

  it('truncates an answer longer than the context window, without an end marker, and warns', () => {
    const dataset = buildDataset([entry(7, 'q', 'z'.repeat(100))], { ...options, contextLength: 20 });
    const [example] = dataset.train;
    expect(example.tokens.length - 1).toBe(20); // 20 input positions: exactly the context window
    expect(example.tokens.at(-1)).toBe('z'.charCodeAt(0));
    expect(dataset.warnings).toEqual([
      {
        message: 'Entry 7: answer truncated from 101 to 15 tokens to fit the 20-token context window.',
        code: 'training.answer-truncated',
        params: { id: 7, from: 101, to: 15, context: 20 },
      },
    ]);
  });

  it('skips a question whose prompt alone fills the context window', () => {
    const dataset = buildDataset([entry(4, 'q'.repeat(30), 'a', [])], { ...options, contextLength: 20 });
    expect(dataset.train).toEqual([]);
    expect(dataset.warnings[0].message).toMatch(/^Entry 4: the prompt .* fills the context window; skipped\.$/);
    expect(dataset.warnings[0]).toMatchObject({ code: 'training.prompt-too-long', params: { id: 4, question: 'q'.repeat(30) } });
  });
});

describe('makeBatch()', () => {
  it('shifts targets by one and masks every position that predicts an answer token', () => {
    const [a, b] = buildDataset([entry(1, 'x', 'ab'), entry(2, 'yy', 'c')], options).train;
    const batch = makeBatch([a, b]);
    // a = "Q:x\nA: ab⏎" (10 tokens → 9 positions); b = "Q:yy\nA: c⏎" (10 tokens → 9 positions)
    expect(batch.batchSize).toBe(2);
    expect(batch.sequenceLength).toBe(9);
    expect([...batch.inputIds.slice(0, 9)]).toEqual(encode('Q:x\nA: ab'));
    expect([...batch.targets.slice(0, 9)]).toEqual([...encode(':x\nA: ab'), END_OF_TEXT_ID]);
    // Prompt "Q:x\nA:" is 6 tokens: positions 5…8 predict ' ', 'a', 'b' and <|endoftext|>.
    expect([...batch.lossMask.slice(0, 9)]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect([...batch.lossMask.slice(9)]).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(batch.lossTokens).toBe(7);
  });

  it('pads shorter rows on the right with PAD_ID and a zero mask', () => {
    const [short, long] = buildDataset([entry(1, 'x', 'a'), entry(2, 'x', 'abcd')], options).train;
    const batch = makeBatch([short, long]);
    expect(batch.sequenceLength).toBe(11);
    expect([...batch.inputIds.slice(8, 11)]).toEqual([PAD_ID, PAD_ID, PAD_ID]);
    expect([...batch.lossMask.slice(0, 11)]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
  });
});

describe('bucketBatches()', () => {
  const lengths = [3, 30, 4, 31, 5, 29, 6, 32];
  const examples = buildDataset(
    lengths.map((n, i) => entry(i + 1, 'q', 'a'.repeat(n))),
    options,
  ).train;

  it('groups examples of similar length so padding stays small', () => {
    const batches = bucketBatches(examples, 160);
    const real = examples.reduce((sum, e) => sum + e.tokens.length - 1, 0);
    expect(batches.map((b) => b.batchSize)).toEqual([4, 4]);
    const summary = summarize({ train: examples, validation: [], warnings: [] }, batches);
    expect(summary.tokensPerEpoch).toBe(4 * 13 + 4 * 39);
    expect(summary.paddingRatio).toBeCloseTo(1 - real / (4 * 13 + 4 * 39), 10);
    expect(summary.paddingRatio).toBeLessThan(0.1);
  });

  it('keeps every batch within the token budget, and every example exactly once', () => {
    const batches = bucketBatches(examples, 80);
    for (const b of batches) expect(b.batchSize === 1 || b.batchSize * b.sequenceLength <= 80).toBe(true);
    expect(batches.reduce((sum, b) => sum + b.batchSize, 0)).toBe(examples.length);
    const lossTokens = examples.reduce((sum, e) => sum + e.tokens.length - e.promptLength, 0);
    expect(batches.reduce((sum, b) => sum + b.lossTokens, 0)).toBe(lossTokens);
  });

  it('gives an example longer than the budget a batch of its own', () => {
    const batches = bucketBatches(examples, 10);
    expect(batches).toHaveLength(examples.length);
  });
});
