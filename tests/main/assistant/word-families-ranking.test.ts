import { describe, expect, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// A FAQ of the kinds of business no concept lexicon is written for (an optician's prices, a removal firm's
// services) in a real SQLite knowledge base: a question with a derivational relative of the FAQ's word ("pricey"
// for "prices", "packers" for "pack", "stored" for "storage") meets its entry through the word families
// (word-families.ts), for less than the word itself.
const entries = [
  faqEntry('prices', 'en', 'What are your prices?', ['How much are frames?'], 'Frames start at 300 yuan; lenses are extra.'),
  faqEntry('storage', 'en', 'Do you offer storage?', ['Can you keep our things for a while?'], 'Yes, in a dry warehouse, by the week or the month.'),
  faqEntry('packing', 'en', 'Can you pack everything for me?', [], 'Our team brings the materials and does it the day before.'),
  faqEntry('cleaning', 'en', 'Can you clean the old flat after we leave?', [], 'Yes, book it with the move; it takes half a day.'),
  faqEntry('insurance', 'en', 'Is my furniture insured during the move?', [], 'Yes, up to 50,000 yuan per job.'),
  faqEntry('cancel', 'en', 'Do you charge for cancelling a booking?', [], 'Free up to 48 hours before.'),
  faqEntry('hours', 'en', 'When are you open?', [], 'Monday to Saturday, 9am to 6pm.'),
];

describe('derivational relatives meet the FAQ’s words', () => {
  const retriever = suiteRetriever(entries);

  it.each([
    ['Are you pricey?', 'prices'],
    ['Do your packers bring the boxes?', 'packing'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  it('ranks the storage entry first for things to be stored', () => {
    expect(retriever().retrieve('Where is my sofa stored while the flat is painted?').hits[0]?.ref).toBe('storage');
  });

  it('counts the word itself above its relative', () => {
    const relative = retriever().retrieve('Are packers included?');
    const word = retriever().retrieve('Is packing included?');
    expect(relative.hits[0]?.ref).toBe('packing');
    expect(relative.hits[0]!.coverage).toBeLessThan(word.hits[0]!.coverage);
  });

  // "charge" asks about a fee; a charger is a device the business does not deal in.
  it('hands off a question about a charger', () => expectHandedOff(retriever(), 'Do you sell phone chargers?'));
});
