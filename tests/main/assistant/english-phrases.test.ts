import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import { conceptsOf } from './lexicon-kb.ts';

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

  it('still needs the phrase’s other words, in order', () => {
    expect(conceptsOf('update my old card')).not.toContain('billing');
    expect(conceptsOf('card update')).not.toContain('billing');
  });
});
