import { describe, expect, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// English yes/no questions whether the business has, offers, allows or can do a thing ("do you have X", "is there X",
// "can I bring X", "can X have Y"): when the thing asked for is a word the top entry has no trace of, the entry
// matches the rest of the question, not what is asked (RANKING.unknownAskedThing). One KB of a made-up bike rental
// serves them all.
const BIKE_RENTAL = [
  faqEntry('prices', 'en', 'How much does it cost to rent a bike?', ['What are your rental prices?'], 'City bikes are 50 yuan a day, e-bikes 90 yuan a day.'),
  faqEntry('guided-rides', 'en', 'Do you run guided bike rides?', ['Can I book a guided ride?'], 'Guided rides leave at 9am on weekends and last three hours.'),
  faqEntry('helmets', 'en', 'Are helmets included?', ['Do I get a helmet with the bike?'], 'Every rental comes with a helmet and a lock.'),
  faqEntry('child-seats', 'en', 'Can I get a child seat on the bike?', ['Do you have bikes for kids?'], 'We fit child seats for free; kids bikes come in two sizes.'),
];

describe('Retriever: the thing a yes/no question asks for', () => {
  const retriever = suiteRetriever(BIKE_RENTAL);

  it.each([
    'Can I bring my parrot on the guided ride?',
    'Is there a water bottle holder on the bike?',
    'Can the bike have a basket?',
  ])('hands off %s', (question) => {
    expectHandedOff(retriever(), question);
  });

  it.each([
    ['Can I book a guided ride for Saturday?', 'guided-rides'],
    ['Do you have child seats for the bikes?', 'child-seats'],
    ['Is there a helmet with every rental?', 'helmets'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(retriever(), question, ref);
  });

  // "do you run / teach X" and "can you add X" ask for X as "do you offer X" does ("do you run drama classes for kids",
  // "can you add a box of chocolates to the order" at businesses that do neither).
  it.each(['Do you run bike repair workshops?', 'Do you teach mountain biking skills?', 'Can you add a bell to the bike?'])('hands off %s', (question) => {
    expectHandedOff(retriever(), question);
  });

  it.each([
    ['Do you run guided rides at the weekend?', 'guided-rides'],
    ['Can you add a child seat to my bike?', 'child-seats'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(retriever(), question, ref);
  });

  it('tells a thing no entry has from one only other entries have', () => {
    expect(retriever().retrieve('Can I bring my parrot on the guided ride?').signals?.askedThing).toBe('unknown');
    // The helmets entry has "helmet"; the guided rides entry it ranks first does not.
    expect(retriever().retrieve('Can I book a helmet fitting for the guided ride?').signals?.askedThing).toBe('unexplained');
    expect(retriever().retrieve('Can I book a guided ride for Saturday?').signals?.askedThing).toBeNull();
  });

  it('lends a follow-up that asks for an unexplained thing no topic from an earlier turn', () => {
    // Alone it is handed off; the earlier turn on guided rides would otherwise answer it from that entry.
    const followUp = retriever().retrieve('Can I bring my parrot on the guided ride?', { history: ['Do you run guided bike rides?'] });
    expect(followUp.usedContext).toBe(false);
    expect(followUp.confidence).toBeLessThan(0.4);
    // One that points back still takes the context it needs.
    expect(retriever().retrieve('And is there a helmet with it?', { history: ['Do you run guided bike rides?'] }).usedContext).toBe(true);
  });

  it('reads no asked thing in a pronoun or a container noun', () => {
    expect(retriever().retrieve('Can you make it look nice for the guided ride?').signals?.askedThing).toBeNull();
    expect(retriever().retrieve('Is there a guided ride option?').signals?.askedThing).toBeNull();
  });
});
