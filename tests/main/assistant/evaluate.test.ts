import { describe, expect, it } from 'vitest';
import { evaluate, evaluateRanking } from '../../../src-main/assistant/evaluate.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { listSource, sampleEntries } from './sample-kb.ts';
import small from '../../fixtures/eval-small.json' with { type: 'json' };

describe('evaluate()', () => {
  it('computes P@1, MRR@10 and the hand-off rates from the outcomes', async () => {
    const outcomes = {
      a: { mode: 'faq', confidence: 0.9, ranking: ['a', 'b'] },
      b: { mode: 'generated', confidence: 0.5, ranking: ['x', 'b'] },
      c: { mode: 'handoff', confidence: 0.1, ranking: ['x', 'y'] },
      off1: { mode: 'handoff', confidence: 0.1, ranking: ['x'] },
      off2: { mode: 'faq', confidence: 0.7, ranking: ['x'] },
    } as const;
    const report = await evaluate(
      [
        { query: 'a', expect: 'a' },
        { query: 'b', expect: 'b' },
        { query: 'c', expect: 'c' },
        { query: 'off1', expect: null },
        { query: 'off2', expect: null },
      ],
      async (query) => ({ ...outcomes[query as keyof typeof outcomes], ranking: [...outcomes[query as keyof typeof outcomes].ranking] }),
    );
    expect(report).toMatchObject({
      n: 5,
      p_at_1: 0.3333,
      mrr_at_10: 0.5,
      answered_accuracy: 0.3333, // a right; b answered from the wrong entry; off2 answered off-topic
      handoff_rate_out_of_scope: 0.5,
      answered_rate_in_scope: 0.6667,
    });
    expect(report.cases[1]).toMatchObject({ query: 'b', top: 'x', rank: 2, correct: false });
    expect(report.cases[3]).toMatchObject({ expect: null, correct: true });
  });

  it('reports null for a metric without cases to measure it on', async () => {
    const report = await evaluate([{ query: 'q', expect: null }], async () => ({ mode: 'handoff', confidence: 0, ranking: [] }));
    expect(report).toMatchObject({ p_at_1: null, mrr_at_10: null, answered_accuracy: null, handoff_rate_out_of_scope: 1 });
  });
});

describe('evaluateRanking()', () => {
  it('scores the small fixture perfectly on the sample FAQ', async () => {
    const retriever = new Retriever(listSource(sampleEntries()));
    const report = await evaluateRanking(small.cases, async (query) => retriever.retrieve(query), { faq: 0.65, generated: 0.4 });
    expect(report).toMatchObject({
      n: 6,
      p_at_1: 1,
      mrr_at_10: 1,
      answered_accuracy: 1,
      handoff_rate_out_of_scope: 1,
      answered_rate_in_scope: 1,
    });
    expect(report.cases.map((c) => c.top)).toEqual(
      expect.arrayContaining(['returns-policy', 'invoice', 'payment-methods', 'newsletter-unsubscribe']),
    );
  });
});
