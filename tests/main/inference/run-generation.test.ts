import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type LoadedModel } from '../../../src-main/inference/loaded-model.ts';
import { runGeneration } from '../../../src-main/inference/run-generation.ts';
import { Gpt2Decoder } from '../../../src-main/model/onnx/gpt2-decoder-session.ts';
import { referenceLogits } from '../../../src-main/model/reference-forward.ts';
import { greedyParams } from '../../../src-main/shared/inference-protocol.ts';
import { createTinyModel, type TinyModel } from '../../helpers/tiny-model.ts';

const GREEDY = greedyParams(16);
const PROMPTS = ['Hello, my name is', 'The', '退货需要多久？'];

let tiny: TinyModel;
let loaded: LoadedModel;

beforeAll(async () => {
  tiny = await createTinyModel(7);
  loaded = await loadModel(tiny, { intraOpThreads: 1 });
});

afterAll(async () => {
  await loaded?.model.dispose();
  await tiny?.remove();
});

const encode = (text: string) => loaded.tokenizer.encode(text, { add_special_tokens: false });

describe('runGeneration()', () => {
  it('greedy decoding with the KV cache gives the token ids of recomputing the whole sequence each step', async () => {
    // transformers.js feeds num_logits_to_keep = 1 while generating when the graph takes it: the path under test
    expect(loaded.model.sessions.model.inputNames).toContain('num_logits_to_keep');
    const recompute = await Gpt2Decoder.create(join(tiny.dir, 'onnx/model.onnx'), tiny.config, { threads: 1 });
    try {
      for (const prompt of PROMPTS) {
        const [expected] = await recompute.greedy([encode(prompt)], GREEDY.maxNewTokens, { useCache: false });
        const result = await runGeneration(loaded, [prompt], GREEDY);
        expect(result.sequences[0].tokenIds).toEqual(expected);
      }
    } finally {
      await recompute.release();
    }
  });

  it('greedy decoding matches an independent float64 forward pass recomputed each step', async () => {
    const tokens = encode('Where is my order?');
    const expected: number[] = [];
    for (let step = 0; step < 6; step++) {
      const logits = referenceLogits(tiny.config, tiny.weights, tokens); // (T, V)
      const last = logits.subarray(logits.length - tiny.config.vocabSize);
      const next = last.indexOf(Math.max(...last));
      expected.push(next);
      tokens.push(next);
    }
    const result = await runGeneration(loaded, ['Where is my order?'], { ...GREEDY, maxNewTokens: 6 });
    expect(result.sequences[0].tokenIds).toEqual(expected);
  });

  it('gives each prompt of a left-padded batch the same text as the prompt alone', async () => {
    const batch = await runGeneration(loaded, PROMPTS, GREEDY);
    expect(batch.promptTokens).toEqual(PROMPTS.map((prompt) => encode(prompt).length));
    for (const [index, prompt] of PROMPTS.entries()) {
      const alone = await runGeneration(loaded, [prompt], GREEDY);
      expect(batch.sequences[index].prompt).toBe(index);
      expect(batch.sequences[index].text).toBe(alone.sequences[0].text);
      expect(batch.sequences[index].tokenIds).toEqual(alone.sequences[0].tokenIds);
    }
  });

  it('streams pieces that add up to each final text', async () => {
    const pieces = PROMPTS.map(() => '');
    const result = await runGeneration(loaded, PROMPTS, GREEDY, {
      onToken: (sequence, _tokenId, text) => (pieces[sequence] += text),
    });
    expect(pieces).toEqual(result.sequences.map((sequence) => sequence.text));
    expect(result.sequences.every((sequence) => sequence.finishReason === 'length')).toBe(true);
    expect(result.sequences[0].tokenIds).toHaveLength(GREEDY.maxNewTokens);
  });

  it('ends a sequence before a stop string taken from its own greedy output', async () => {
    const free = await runGeneration(loaded, ['The'], GREEDY);
    const words = free.sequences[0].text.split(' ').filter(Boolean);
    const stop = ` ${words[2]}`;
    const stopped = await runGeneration(loaded, ['The'], { ...GREEDY, stop: [stop] });
    const expectedText = free.sequences[0].text.slice(0, free.sequences[0].text.indexOf(stop));
    expect(stopped.sequences[0]).toMatchObject({ text: expectedText, finishReason: 'stop' });
  });

  it('samples reproducibly with a seed, and top-k 1 sampling equals greedy decoding', async () => {
    const sampling = { ...GREEDY, temperature: 0.9, topK: 40, topP: 0.9, repetitionPenalty: 1.3, seed: 42 };
    const first = await runGeneration(loaded, ['Hello'], sampling);
    const second = await runGeneration(loaded, ['Hello'], sampling);
    expect(second.sequences[0].tokenIds).toEqual(first.sequences[0].tokenIds);
    const greedy = await runGeneration(loaded, ['Hello'], GREEDY);
    const topOne = await runGeneration(loaded, ['Hello'], { ...GREEDY, temperature: 1.5, topK: 1, seed: 1 });
    expect(topOne.sequences[0].tokenIds).toEqual(greedy.sequences[0].tokenIds);
  });

  it('returns several sampled drafts per prompt', async () => {
    const result = await runGeneration(loaded, ['Hello', 'Thanks'], {
      ...GREEDY,
      temperature: 1,
      topK: 0,
      topP: 0.95,
      numReturnSequences: 3,
      seed: 3,
    });
    expect(result.sequences.map((sequence) => sequence.prompt)).toEqual([0, 0, 0, 1, 1, 1]);
    const drafts = new Set(result.sequences.slice(0, 3).map((sequence) => sequence.text));
    expect(drafts.size).toBeGreaterThan(1);
  });

  it('stops every sequence within one token of being cancelled', async () => {
    let seen = 0;
    const result = await runGeneration(loaded, ['Hello', 'The'], { ...GREEDY, maxNewTokens: 100 }, {
      onToken: (sequence) => (seen += sequence === 0 ? 1 : 0),
      isCancelled: () => seen >= 3,
    });
    for (const sequence of result.sequences) {
      expect(sequence.finishReason).toBe('cancelled');
      expect(sequence.tokenIds).toHaveLength(3);
    }
  });

  it('refuses several drafts without sampling and prompts beyond the context window', async () => {
    await expect(runGeneration(loaded, ['Hi'], { ...GREEDY, numReturnSequences: 2 })).rejects.toMatchObject({
      name: 'InvalidInputError',
    });
    await expect(runGeneration(loaded, ['word '.repeat(200)], GREEDY)).rejects.toThrow(/context/);
  });
});
