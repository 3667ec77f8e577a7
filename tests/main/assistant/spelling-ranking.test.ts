import { describe, expect, it } from 'vitest';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { Retriever } from '../../../src-main/assistant/retriever.ts';
import { openTempKb } from '../store/temp-kb.ts';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';
import { SAMPLE_FAQ_FILE } from './sample-kb.ts';

// Misspelt questions (spelling.ts) on the sample shop's FAQ in a real SQLite knowledge base: each is answered
// from the entry its correctly spelled wording gets, and a correctly spelled word one letter from a FAQ word
// ("cancer", "cancel") is not read as it.
describe('misspelt questions on the shop FAQ', () => {
  const retriever = suiteRetriever(SAMPLE_FAQ_FILE);

  it.each([
    ['I forgot my pasword, how do I reset it?', 'password-reset'],
    ['dont remember my pasword at all', 'password-reset'],
    ['can I cancle my order?', 'cancel-order'],
    ['when will I get my refnd?', 'refunds'],
    ['I need to change the delivary adress', 'change-address'],
    ['how much is shiping to Canada?', 'international-shipping'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  it('ranks and scores a misspelt question as its correct spelling', () => {
    const misspelt = retriever().retrieve('I need to change the delivary adress');
    const spelt = retriever().retrieve('I need to change the delivery address');
    expect(misspelt.hits.map((hit) => hit.ref)).toEqual(spelt.hits.map((hit) => hit.ref));
    expect(misspelt.confidence).toBe(spelt.confidence);
  });

  it('does not read a correctly spelled word as the FAQ word one letter away', () => {
    // "cancel" would lend it the delete-account entry's wording ("cancel my account").
    expectHandedOff(retriever(), 'Do you donate to cancer research?');
  });
});

describe("misspellings of the knowledge base's own words", () => {
  const entry = (name: string) => ({ question: `Where is the ${name} made?`, answer: `The ${name} is made in Portugal.`, ref: name.toLowerCase() });

  it('reads a name only the FAQ knows, and follows the FAQ when it changes', () => {
    const kb = openTempKb();
    try {
      const [brevora] = kb.repo.createMany([entry('Brevora'), entry('Aquine')]);
      const retriever = new Retriever(faqKnowledge(kb.repo));
      expectAnsweredFrom(retriever, 'where is the brevorra made', 'brevora');

      kb.repo.update({ id: brevora, question: 'Where is the Solvane made?', answer: 'The Solvane is made in Portugal.' });
      expect(retriever.retrieve('where is the brevorra made').confidence).toBeLessThan(retriever.retrieve('where is the solvanne made').confidence);
      expect(retriever.retrieve('where is the solvanne made').hits[0]?.ref).toBe('brevora');
    } finally {
      kb.dispose();
    }
  });
});

// Abbreviations (spelling.ts abbreviationOf) of the knowledge base's own words: "resched" is "reschedule" where
// the FAQ says so, as "unsub" is "unsubscribe" at a shop's.
describe('abbreviated questions', () => {
  const retriever = suiteRetriever([
    faqEntry('reschedule', 'en', 'Can I reschedule my appointment?', [], 'Yes, up to 24 hours before, from the booking page.'),
    faqEntry('gift-certificates', 'en', 'Do you sell gift certificates?', [], 'Yes, in any amount from 100 yuan, at the front desk.'),
    faqEntry('opening-hours', 'en', 'What are your opening hours?', [], 'We are open every day from 9:00 to 18:00.'),
  ]);

  it.each([
    ['can i resched', 'reschedule'],
    ['resched pls, something came up', 'reschedule'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));
});
