import { describe, expect, it } from 'vitest';
import { keepTopKTopP, sampleToken } from '../../../src-main/inference/sampling.ts';
import { SeededRandom } from '../../../src-main/model/seeded-random.ts';

const kept = (logits: Float32Array) => [...logits].flatMap((value, index) => (value > -Infinity ? [index] : []));

describe('keepTopKTopP()', () => {
  it('keeps the k largest logits, ties with the k-th included', () => {
    const logits = new Float32Array([1, 5, 3, 3, 0, 4]);
    keepTopKTopP(logits, 3, 1);
    expect(kept(logits)).toEqual([1, 2, 3, 5]);
    expect(logits[1]).toBe(5); // kept values are untouched
  });

  it('keeps the most likely tokens until their probability reaches p', () => {
    // probabilities 0.5, 0.25, 0.125, 0.125
    const logits = new Float32Array([Math.log(0.125), Math.log(0.5), Math.log(0.25), Math.log(0.125)]);
    keepTopKTopP(logits, 0, 0.7);
    expect(kept(logits)).toEqual([1, 2]);
  });

  it('keeps at least the most likely token', () => {
    const logits = new Float32Array([0, 10, 1]);
    keepTopKTopP(logits, 0, 0.01);
    expect(kept(logits)).toEqual([1]);
  });

  it('applies top-p to the distribution renormalised after top-k, as Hugging Face does', () => {
    // After top-2 of probabilities (0.4, 0.3, 0.3): renormalised 0.571, 0.429; p = 0.5 keeps one token.
    const logits = new Float32Array([Math.log(0.4), Math.log(0.3), Math.log(0.3) - 1e-3]);
    keepTopKTopP(logits, 2, 0.5);
    expect(kept(logits)).toEqual([0]);
  });

  it('matches a sort-based reference on a GPT-2-sized random row', () => {
    const logits = Float32Array.from({ length: 50_257 }, (_, i) => Math.sin(i * 12.9898) * 8);
    const reference = [...logits].map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value);
    const top = reference.slice(0, 40);
    const max = top[0].value;
    const total = top.reduce((sum, { value }) => sum + Math.exp(value - max), 0);
    let mass = 0;
    const expected: number[] = [];
    for (const { value, index } of top) {
      expected.push(index);
      mass += Math.exp(value - max) / total;
      if (mass >= 0.9) break;
    }
    keepTopKTopP(logits, 40, 0.9);
    expect(kept(logits)).toEqual(expected.sort((a, b) => a - b));
  });
});

describe('sampleToken()', () => {
  it('draws tokens with their softmax probabilities at temperature 1', () => {
    const probabilities = [0.5, 0.3, 0.2];
    const random = new SeededRandom(5);
    const counts = [0, 0, 0];
    const draws = 20_000;
    for (let i = 0; i < draws; i++) {
      const logits = Float32Array.from(probabilities, Math.log);
      counts[sampleToken(logits, { temperature: 1, topK: 0, topP: 1 }, () => random.next())]++;
    }
    counts.forEach((count, token) => expect(count / draws).toBeCloseTo(probabilities[token], 1));
  });

  it('sharpens the distribution at a low temperature and never draws a filtered token', () => {
    const random = new SeededRandom(9);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 2_000; i++) {
      const logits = new Float32Array([2, 1.5, 1, -5]);
      counts[sampleToken(logits, { temperature: 0.1, topK: 3, topP: 1 }, () => random.next())]++;
    }
    expect(counts[0]).toBeGreaterThan(1_950);
    expect(counts[3]).toBe(0);
  });
});
