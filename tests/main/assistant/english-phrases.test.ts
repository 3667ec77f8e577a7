import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import { conceptsOf, expectAnsweredFrom, suiteRetriever } from './lexicon-kb.ts';
import { SAMPLE_FAQ_FILE } from './sample-kb.ts';

// Lexicon phrases written with one determiner ("update my card", "took the money") meet the same request
// written with another, or with none.
describe('determiners inside English lexicon phrases', () => {
  it.each([
    ['please update the card', 'billing'],
    ['can you update this card', 'billing'],
    ['did you take my money', 'declined'],
  ])('%s has the concept %s', (text, concept) => expect(conceptsOf(text)).toContain(concept));

  it('reads a foreign-domain phrase with any determiner', () => {
    expect([...analyze('I need to block the card', { thesaurus: false }).foreign.keys()]).toContain('banking');
  });

  it('reads a phrase whose determiner the text leaves out', () => {
    expect(conceptsOf('can you update card')).toContain('billing');
  });

  it('still needs the phrase’s other words, in order', () => {
    expect(conceptsOf('update my old card')).not.toContain('billing');
    expect(conceptsOf('card update')).not.toContain('billing');
  });
});

describe("'d and 'll", () => {
  const units = (text: string) => analyze(text, { thesaurus: false }).units;

  it('keeps an ID and being ill as words', () => {
    expect(units('Do I need my ID to collect it?')).toContain('w:id');
    expect(units('My son is ill, can we move the lesson?')).toContain('w:ill');
  });

  it("reads I'd, I'll, we'd as scaffolding, not as id, ill, wed", () => {
    expect(units("I'd like to book a table")).toEqual(units('I would like to book a table'));
    expect(units("I'll be late")).toEqual(units('I will be late'));
    expect(units("we'd love a table")).not.toContain('w:wed');
    expect(units('id like to book a table')).toEqual(units('I would like to book a table'));
  });
});

// A lexicon phrase made only of scaffolding words ("get it from your", "can't make it") must still count: one
// of its words carries the concept as a unit, or the phrase would weigh nothing.
describe('lexicon phrases made of stopwords', () => {
  const shop = suiteRetriever(SAMPLE_FAQ_FILE);

  it('gives the concept a unit to stand on', () => {
    const text = analyze('could I get it from your place', { thesaurus: false });
    expect(text.unitConcepts.some((concepts) => concepts.includes('pickup'))).toBe(true);
  });

  it('lets the phrase outweigh a detail of the question', () => {
    expectAnsweredFrom(shop(), "I'd rather skip delivery and get it from your showroom", 'store-pickup');
    expectAnsweredFrom(shop(), 'Ordered a green lamp but got a white one', 'wrong-item');
  });

  it('leaves a question that only asks when topicless', () => {
    expect(analyze('when will it', { thesaurus: false }).units).toEqual([]);
  });
});
