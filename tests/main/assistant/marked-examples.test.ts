import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerMode, decide } from '../../../src-main/assistant/decide.ts';
import { DEFAULT_CONTENT_FILTER } from '../../../src-main/assistant/content-filter.ts';
import { evaluateRanking } from '../../../src-main/assistant/evaluate.ts';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { MarkedExampleRepository } from '../../../src-main/store/marked-example-repository.ts';
import { ReviewRepository } from '../../../src-main/store/review-repository.ts';
import { sampleDatabase } from './sample-kb.ts';

const thresholds = { faq: 0.65, generated: 0.4 };
/** Off-topic at the shop (its gift cards say nothing of currencies), yet answered with the gift-card entry, which shares its words. */
const MARKED = 'Do gift cards work in other currencies?';
const REWORDING = 'Can I use a gift card in another currency?';

let kb: ReturnType<typeof sampleDatabase>;
let examples: MarkedExampleRepository;
let retriever: Retriever;
let reviewId: number;
beforeAll(() => {
  kb = sampleDatabase();
  examples = new MarkedExampleRepository(kb.db);
  retriever = new Retriever(faqKnowledge(kb.faq, examples));
  reviewId = new ReviewRepository(kb.db).add({ question: MARKED, lang: 'en', origin: 'thumbs-down' }).id;
});
afterAll(() => kb.close());

const modeOf = (question: string) => answerMode(retriever.retrieve(question), thresholds);

describe('Retriever with marked examples', () => {
  it('hands off a rewording of a marked question, answers an in-scope question that shares its words, and answers the rewording again once unmarked', () => {
    const rewording = REWORDING;
    expect(modeOf(MARKED)).toBe('faq');
    expect(modeOf(rewording)).toBe('faq');

    examples.add({ question: MARKED, lang: 'en', reviewId });
    const retrieval = retriever.retrieve(rewording);
    expect(retrieval.marked).toMatchObject({ question: MARKED });
    expect(retrieval.marked!.match).toBeGreaterThan(retrieval.marked!.entryMatch);
    expect(answerMode(retrieval, thresholds)).toBe('handoff');
    // The examples never rank as entries: the closest entry is still the one it shares words with.
    expect(retrieval.hits[0].ref).toBe('gift-cards');
    // In scope, sharing "gift cards" with the example: still answered by its entry.
    const inScope = retriever.retrieve('Do your gift cards expire?');
    expect(inScope.marked).toBeUndefined();
    expect(inScope.hits[0].ref).toBe('gift-cards');
    expect(answerMode(inScope, thresholds)).toBe('faq');

    examples.removeForReview(reviewId);
    expect(retriever.retrieve(rewording).marked).toBeUndefined();
    expect(modeOf(rewording)).toBe('faq');
  });

  it('gives the hand-off reason "marked" in the chat\'s decision and hands off in eval alike', async () => {
    examples.add({ question: MARKED, lang: 'en', reviewId });
    try {
      const question = REWORDING;
      const retrieval = retriever.retrieve(question);
      const decision = await decide({
        question,
        retrieval,
        entry: (id) => kb.faq.find(id) ?? undefined,
        history: [],
        thresholds,
        filter: DEFAULT_CONTENT_FILTER,
        replaceUnfit: true,
      });
      expect(decision).toMatchObject({ mode: 'handoff', handoffReason: 'marked' });
      expect(decision.sources.map((source) => source.ref)).toContain('gift-cards');
      const report = await evaluateRanking([{ query: question, expect: null }, { query: 'I forgot my password', expect: 'password-reset' }], async (q) => retriever.retrieve(q), thresholds);
      expect(report.cases.map((c) => c.mode)).toEqual(['handoff', 'faq']);
      // Calibration reads it: handed off whatever the thresholds (calibrate-thresholds.ts).
      expect(report.cases.map((c) => c.marked)).toEqual([true, undefined]);
    } finally {
      examples.removeForReview(reviewId);
    }
  });
});
