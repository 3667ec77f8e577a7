import { describe, expect, it } from 'vitest';
import { isNotWorse } from '../../../src-main/training/activation-rule.ts';
import { buildReport, scoreAnswers } from '../../../src-main/training/evaluate.ts';

const questions = [
  { entryId: 1, question: 'How long do refunds take?', prompt: 'p1', expected: 'Refunds take 5 days.', answerTokens: 6 },
  { entryId: 2, question: '退货要多久？', prompt: 'p2', expected: '七天内退款。', answerTokens: 8 },
];

describe('scoreAnswers()', () => {
  it('averages exact match and character F1 and turns the loss into a perplexity', () => {
    const scored = scoreAnswers(['refunds take 5 days.', '七天'], questions, Math.log(4));
    expect(scored.cases.map((c) => c.exactMatch)).toEqual([true, false]);
    expect(scored.summary.exactMatch).toBe(0.5);
    // "七天" vs "七天内退款。": P = 1, R = 2/6 → F1 = 0.5; mean with 1 → 0.75.
    expect(scored.summary.f1).toBeCloseTo(0.75, 12);
    expect(scored.summary.perplexity).toBeCloseTo(4, 12);
  });
});

describe('buildReport()', () => {
  it('lines up base and new answers per held-out question', () => {
    const base = scoreAnswers(['no idea', '不知道'], questions, 3);
    const candidate = scoreAnswers(['Refunds take 5 days.', '七天内退款。'], questions, 1);
    const report = buildReport(questions, candidate, base);
    expect(report.cases[1]).toMatchObject({
      entryId: 2,
      expected: '七天内退款。',
      base: { answer: '不知道', exactMatch: false },
      candidate: { answer: '七天内退款。', exactMatch: true, f1: 1 },
    });
    expect(report.base!.valLoss).toBe(3);
  });
});

describe('isNotWorse()', () => {
  const summary = (f1: number, exactMatch: number, valLoss: number) => ({ f1, exactMatch, valLoss, perplexity: Math.exp(valLoss) });

  it('accepts any model when there is nothing to compare with', () => {
    expect(isNotWorse(summary(0, 0, 9), null)).toBe(true);
  });

  it('refuses a model whose answers are further from the FAQ', () => {
    expect(isNotWorse(summary(0.6, 0.5, 1), summary(0.7, 0.5, 2))).toBe(false);
    expect(isNotWorse(summary(0.8, 0.2, 1), summary(0.7, 0.5, 2))).toBe(false);
  });

  it('accepts better answers, and breaks a tie on validation loss', () => {
    expect(isNotWorse(summary(0.8, 0.5, 3), summary(0.7, 0.5, 2))).toBe(true);
    expect(isNotWorse(summary(0.7, 0.5, 1.9), summary(0.7, 0.5, 2))).toBe(true);
    expect(isNotWorse(summary(0.7, 0.5, 2.1), summary(0.7, 0.5, 2))).toBe(false);
  });
});
