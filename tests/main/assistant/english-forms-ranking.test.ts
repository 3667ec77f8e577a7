import { describe, expect, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// A small furniture shop's FAQ, written in American spelling, in a real SQLite knowledge base: a question in
// British spelling, or with an irregular form of the FAQ's word, is answered from the entry that says the same.
const entries = [
  { ref: 'colors', question: 'What colors does the armchair come in?', answer: 'Gray, green and navy.', category: 'Products', tags: [] },
  { ref: 'lost-items', question: 'Did you find an item I left in the store?', answer: 'Ask at the front desk; we keep found items for a month.', category: 'Store', tags: [] },
  { ref: 'kids', question: 'Is there a play area for a child?', answer: 'Yes, next to the café.', category: 'Store', tags: [] },
  { ref: 'catalog', question: 'Can you mail me a printed catalog?', answer: 'Yes, fill in the form on our website.', category: 'Products', tags: [] },
  { ref: 'delivery', question: 'How long does delivery take?', answer: 'Three to five working days.', category: 'Delivery', tags: [] },
  { ref: 'returns', question: 'Can I return furniture I no longer want?', answer: 'Within 30 days, unused.', category: 'Returns', tags: [] },
  { ref: 'hours', question: 'When is the store open?', answer: '10am to 8pm every day.', category: 'Store', tags: [] },
];

describe('British spellings and irregular forms meet the FAQ’s words', () => {
  const retriever = suiteRetriever(entries);

  it.each([
    ['Which colours can I get the armchair in?', 'colors'],
    ['Has anyone found the scarf I forgot in your shop?', 'lost-items'],
    ['Is there a play area for the children?', 'kids'],
    ['Could you post me your catalogue?', 'catalog'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  // The thesaurus alone lets some of these meet, as weaker synonyms: the same word counts in full.
  it.each([
    ['Which colours can I get the armchair in?', 'Which colors can I get the armchair in?'],
    ['Is there a play area for the children?', 'Is there a play area for the child?'],
    ['Has anyone found the scarf I left in the store?', 'Did anyone find the scarf I left in the store?'],
    ['Could you post me your catalogue?', 'Could you post me your catalog?'],
  ])('scores %s as %s', (question, same) => {
    const asked = retriever().retrieve(question);
    const written = retriever().retrieve(same);
    expect(asked.hits[0]?.ref).toBe(written.hits[0]?.ref);
    expect(asked.confidence).toBeCloseTo(written.confidence, 2);
  });
});

describe('irregular forms left apart', () => {
  // "written" stays apart from "write": the garage's "written report" must not take a request for a poem.
  const retriever = suiteRetriever(new URL('../../fixtures/faq-garage.json', import.meta.url));

  it('hands off a request to write something', () => expectHandedOff(retriever(), 'write me a short poem about cars'));
});
