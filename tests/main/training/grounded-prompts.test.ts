import { afterEach, describe, expect, it, vi } from 'vitest';
import { SentenceEncoder } from '../../../src-main/assistant/sentence-encoder/sentence-encoder.ts';
import type { FaqEntry } from '../../../src-main/shared/api/faq.ts';
import { groundedPrompts } from '../../../src-main/training/grounded-prompts.ts';
import { planRun } from '../../../src-main/training/run-plan.ts';

/** A salon's FAQ: "What are your prices?" matches four entries' words alike, so the ranker is unsure of it. */
const rows: [question: string, answer: string][] = [
  ['What are your prices?', 'A haircut is $30 and colouring starts at $60.'],
  ['Do you have student prices?', 'Students get 10% off with a valid card.'],
  ['Are your prices negotiable?', 'Our prices are fixed.'],
  ['Do your prices include tax?', 'All prices include VAT.'],
  ['How much is a gift card?', 'Gift cards come in $25, $50 and $100.'],
  ['What are your opening hours?', 'We are open 9 to 6, Monday to Saturday.'],
];
const salon = rows.map(([question, answer], i) => faqEntry(i + 1, question, answer));

/** The questions of the entries a prompt is grounded on, in order. */
const contextOf = (prompt: string) => prompt.split('\n').flatMap((line) => (line.startsWith('Q: ') ? [line.slice(3)] : []));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('groundedPrompts()', () => {
  it('grounds an unsure English question on the entries the meaning re-rank puts first, as the chat does', async () => {
    const prompt = await groundedPrompts(salon);
    // By their words alone: the first three entries (see below); by meaning, the negotiable prices and the tax.
    expect(contextOf(prompt(salon[0], salon[0].question))).toEqual([
      'What are your prices?',
      'Are your prices negotiable?',
      'Do your prices include tax?',
    ]);
    expect(contextOf(prompt(salon[4], salon[4].question))).toEqual(['How much is a gift card?']);
  });

  it('loads the sentence encoder only for a question the ranker is unsure of', async () => {
    const loads = vi.spyOn(SentenceEncoder, 'load');
    const sure = salon.slice(4);
    const prompt = await groundedPrompts(sure);
    expect(contextOf(prompt(sure[0], sure[0].question))).toEqual(['How much is a gift card?']);
    expect(loads).not.toHaveBeenCalled();
  });

  it("grounds on the word ranker's order where the sentence encoder does not load, saying why", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const prompt = await groundedPrompts(salon, { modelDir: '/nonexistent/sentence-encoder' });
    expect(contextOf(prompt(salon[0], salon[0].question))).toEqual([
      'What are your prices?',
      'Do you have student prices?',
      'Are your prices negotiable?',
    ]);
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0][0])).toMatch(/training prompts are grounded on the word ranker's order alone/);
  });
});

describe('planRun()', () => {
  it('gives the same examples for the same entries, their unsure questions re-ranked by meaning', async () => {
    // Two groundings, each with its own encoder, give every question the same context.
    const loads = vi.spyOn(SentenceEncoder, 'load');
    const [one, two] = [await groundedPrompts(salon), await groundedPrompts(salon)];
    expect(loads).toHaveBeenCalledTimes(2);
    for (const entry of salon) expect(contextOf(two(entry, entry.question))).toEqual(contextOf(one(entry, entry.question)));
    // planRun grounds these entries once (run-plan.ts keeps the last KB's grounding), so its plans are the same too.
    const settings = { epochs: 1, learningRate: 1e-3, batchTokens: 512, gradAccumulation: 1, seed: 1, checkpointEvery: 100 };
    const [first, second] = [await planRun(null, salon, settings), await planRun(null, salon, settings)];
    expect(loads).toHaveBeenCalledTimes(3);
    expect(contextOf(first.prompt(salon[0], salon[0].question))).toContain('Do your prices include tax?');
    expect(second.plan.train).toEqual(first.plan.train);
  });
});

function faqEntry(id: number, question: string, answer: string, paraphrases: string[] = []): FaqEntry {
  return {
    id,
    question,
    answer,
    paraphrases,
    category: '',
    tags: [],
    lang: 'en',
    enabled: true,
    ref: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  };
}
