import { describe, it } from 'vitest';
import { expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// A lexicon phrase made only of everyday words ("take a look", "first time", "come back") names a topic as a
// whole: its words weigh as a topic word's, not as filler (retriever.ts, unitWeights). A pet groomer and boarder's FAQ.
describe('a phrase of everyday words is a topic', () => {
  const retriever = suiteRetriever(new URL('../../fixtures/faq-pet.json', import.meta.url));

  // "take a look" asks for an examination, which no entry of a groomer offers: it is not filler around "dog".
  it('hands off a request for a vet to look at a limping cat', () => expectHandedOff(retriever(), 'my cat is limping, could your vet take a look at her?'));
});
