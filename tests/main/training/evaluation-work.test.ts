import { describe, expect, it } from 'vitest';
import {
  evaluationSeconds,
  evaluationSpeedKey,
  evaluationWork,
  EXTRA_TOKENS,
  GENERATION_BATCH,
  generationBatches,
} from '../../../src-main/training/evaluation-work.ts';
import { STARTER_CONFIG } from '../../../src-main/training/training-settings.ts';

const questions = (lengths: number[]) => lengths.map((answerTokens) => ({ answerTokens }));

describe('generationBatches()', () => {
  it('puts answers of similar length together, GENERATION_BATCH a call, each call writing its longest answer and some room', () => {
    const lengths = [40, 5, 30, 10, 20, 6, 7, 8, 9, 50];
    const batches = generationBatches(questions(lengths));
    expect(GENERATION_BATCH).toBe(8);
    expect(batches.map((batch) => batch.indices.map((i) => lengths[i]))).toEqual([[5, 6, 7, 8, 9, 10, 20, 30], [40, 50]]);
    expect(batches.map((batch) => batch.wanted)).toEqual([30 + EXTRA_TOKENS, 50 + EXTRA_TOKENS]);
  });
});

describe('evaluationWork()', () => {
  it('counts the token slots every call may write, once per model answering', () => {
    const held = questions([40, 5, 30, 10, 20, 6, 7, 8, 9, 50]);
    const once = 8 * (30 + EXTRA_TOKENS) + 2 * (50 + EXTRA_TOKENS);
    expect(evaluationWork(held, 1)).toBe(once);
    expect(evaluationWork(held, 2)).toBe(2 * once);
    expect(evaluationWork([], 2)).toBe(0);
  });
});

describe('evaluationSeconds()', () => {
  it('is the work at a speed an earlier evaluation measured, and null (not a guess) when none did', () => {
    expect(evaluationSeconds(1_000, 0.02)).toBeCloseTo(20, 9);
    expect(evaluationSeconds(1_000, undefined)).toBeNull();
  });
});

describe('evaluationSpeedKey()', () => {
  it('differs by the inference model’s shape and the threads, not by anything else the config carries', () => {
    const key = evaluationSpeedKey(STARTER_CONFIG, 2);
    expect(evaluationSpeedKey({ ...STARTER_CONFIG }, 2)).toBe(key);
    expect(evaluationSpeedKey(STARTER_CONFIG, 1)).not.toBe(key);
    expect(evaluationSpeedKey({ ...STARTER_CONFIG, nLayer: STARTER_CONFIG.nLayer + 1 }, 2)).not.toBe(key);
  });
});
