import { describe, expect, it } from 'vitest';
import { evaluate, evaluateRanking, type CaseOutcome } from '../../../src-main/assistant/evaluate.ts';
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

  it('gives the figures of each tag over its own cases, and no breakdown when no case has a tag', async () => {
    const outcomes: Record<string, CaseOutcome> = {
      a: { mode: 'faq', confidence: 0.9, ranking: ['a'] },
      b: { mode: 'handoff', confidence: 0.2, ranking: ['b'] },
      far: { mode: 'handoff', confidence: 0.1, ranking: ['a'] },
      near1: { mode: 'generated', confidence: 0.5, ranking: ['b'] },
      near2: { mode: 'handoff', confidence: 0.3, ranking: ['b'] },
    };
    const answer = async (query: string) => outcomes[query];
    const report = await evaluate(
      [
        { query: 'a', expect: 'a', tag: 'short' },
        { query: 'near1', expect: null, tag: 'near' },
        { query: 'b', expect: 'b' },
        { query: 'far', expect: null, tag: 'far' },
        { query: 'near2', expect: null, tag: 'near' },
      ],
      answer,
    );
    expect(Object.keys(report.by_tag ?? {})).toEqual(['short', 'near', 'far']);
    expect(report.by_tag?.near).toEqual({
      n: 2,
      p_at_1: null,
      mrr_at_10: null,
      answered_accuracy: 0,
      handoff_rate_out_of_scope: 0.5,
      answered_rate_in_scope: null,
    });
    expect(report.by_tag?.short).toMatchObject({ n: 1, p_at_1: 1, answered_rate_in_scope: 1, handoff_rate_out_of_scope: null });
    expect(report.by_tag?.far).toMatchObject({ n: 1, handoff_rate_out_of_scope: 1 });
    expect(report.cases.map((result) => result.tag)).toEqual(['short', 'near', undefined, 'far', 'near']);
    expect(report.handoff_rate_out_of_scope).toBe(0.6667);

    const untagged = await evaluate([{ query: 'a', expect: 'a' }], answer);
    expect(untagged).not.toHaveProperty('by_tag');
    expect(untagged.cases[0]).not.toHaveProperty('tag');
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
