import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_SETTINGS } from '../../../src-main/assistant/settings.ts';
import { faqEntry, suiteRetriever } from './lexicon-kb.ts';

// A removal firm no concept lexicon covers: the customer names a kind of thing, the FAQ the broader word for it
// (resources/hypernyms-en.tsv).
const FAQ = [
  faqEntry('piano', 'en', 'Do you move pianos?', ['Can you take our piano to the new flat?'], 'Yes, with a piano board and three movers; from ¥800 within the city.'),
  faqEntry('rates', 'en', 'What are your rates?', ['How much does a move cost?'], '¥200 per hour for a van and two movers, two hours minimum.'),
];

describe("a specific thing meets the FAQ's broader word for it", () => {
  const retriever = suiteRetriever(FAQ);

  it('a baby grand is a piano', () => {
    expect(retriever().retrieve('can you shift a baby grand?').hits[0]?.ref).toBe('piano');
  });

  it('only as a weak synonym: a question that names nothing else of the entry is not answered on it alone', () => {
    expect(retriever().retrieve('can you shift a baby grand?').confidence).toBeLessThan(DEFAULT_ANSWER_SETTINGS.generateThreshold);
  });
});
