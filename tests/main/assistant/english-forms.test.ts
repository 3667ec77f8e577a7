import { describe, expect, it } from 'vitest';
import { canonicalStem, canonicalStems } from '../../../src-main/assistant/english-forms.ts';
import { ENGLISH_STOPWORDS } from '../../../src-main/assistant/stopwords.ts';
import { analyze, unitSpecificity } from '../../../src-main/assistant/text-analysis.ts';
import { porterStem } from '../../../src-main/search/porter-stemmer.ts';
import { suiteRetriever, expectAnsweredFrom } from './lexicon-kb.ts';

const stem = (word: string) => canonicalStem(porterStem(word));
const contentUnits = (text: string) => analyze(text, { thesaurus: false }).units;

// English that Porter's suffix rules leave apart: British and American spellings, irregular inflections.
describe('one stem for the forms of one English word', () => {
  it.each([
    ['colour', 'color'],
    ['colours', 'colors'],
    ['grey', 'gray'],
    ['centre', 'center'],
    ['favourite', 'favorite'],
    ['licence', 'license'],
    ['programme', 'program'],
    ['organised', 'organized'],
    ['jewellery', 'jewelry'],
    ['anaesthetic', 'anesthetic'],
    ['paediatric', 'pediatric'],
    ['mum', 'mom'],
    ['enrolment', 'enrollment'],
  ])('spells %s as %s', (british, american) => expect(stem(british)).toBe(stem(american)));

  it.each([
    ['broken', 'break'],
    ['forgot', 'forget'],
    ['lost', 'lose'],
    ['found', 'find'],
    ['teeth', 'tooth'],
    ['children', 'child'],
    ['women', 'woman'],
  ])('reads %s as a form of %s', (form, base) => expect(stem(form)).toBe(stem(base)));

  it('leaves alone forms that are also other words', () => {
    for (const word of ['left', 'felt', 'saw', 'sat', 'ate', 'lives', 'leaves', 'wound', 'led', 'lit', 'bit', 'tired', 'tire', 'tyre', 'spoke', 'paid', 'bought', 'sent', 'written'])
      expect(stem(word)).toBe(porterStem(word));
  });

  it('never rewrites the stem of an American or base form', () => {
    const targets = new Set(canonicalStems().values());
    for (const [from] of canonicalStems()) expect(targets.has(from)).toBe(false);
    for (const word of ['program', 'color', 'center', 'at', 'live', 'leave', 'organ', 'pay', 'buy'])
      expect(canonicalStems().has(porterStem(word))).toBe(false);
  });

  it("counts a stopword's other forms as everyday words, not topics", () => {
    // go, give and come are stopwords; "they've been gone for weeks" is about what is gone, not about going.
    for (const form of ['gone', 'went', 'gave', 'given', 'came']) {
      const [unit] = contentUnits(form);
      expect(unitSpecificity(unit), form).toBeLessThan(1);
    }
    expect(unitSpecificity(contentUnits('lamp')[0])).toBe(1);
  });

  it('gives texts, lexicon phrases and keys the same stem', () => {
    expect([...analyze('What colour is the grey sofa?').keys]).toEqual(expect.arrayContaining(['w:color', 'w:grai']));
    expect(analyze('I forgot my password').keys.has('w:forget')).toBe(true);
  });
});

describe('words Porter stems onto another word', () => {
  const concepts = (text: string) => [...analyze(text, { thesaurus: false }).concepts.keys()];
  const shop = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));

  it('keeps a customer out of customs, busy out of business, personal out of person', () => {
    expect(concepts('customer')).toEqual([]);
    expect(concepts('is it busy on saturday')).not.toContain('bulk');
    expect(concepts('a personal trainer')).not.toContain('contact');
    expect(concepts('customs fees')).toContain('international');
    expect(concepts('can you install it')).not.toContain('payment');
    expect(concepts('what is the price range')).not.toContain('contact');
    expect(concepts('is there a fitness room')).not.toContain('size');
    expect(concepts('pay in instalments')).toContain('payment');
    expect(concepts('I rang twice')).toContain('contact');
  });

  it('still meets the same word in a lexicon phrase', () => {
    expect(concepts('I need customer service')).toContain('contact');
  });

  it('no longer lends a support entry the customs of international shipping', () => {
    expectAnsweredFrom(shop(), 'can I message an agent in the evening?', 'contact-us');
    expectAnsweredFrom(shop(), 'when should I expect an answer to my message?', 'contact-us');
  });
});

describe('chat spellings of question scaffolding', () => {
  it.each(['u', 'ur', 'pls', 'plz', 'thx', 'wanna', 'gonna', 'lol'])('%s is a stopword', (word) => expect(ENGLISH_STOPWORDS.has(word)).toBe(true));

  it('leaves only the topic of a chatty question as units', () => {
    expect(contentUnits('r u open on sundays? pls')).toEqual(contentUnits('are you open on sundays?'));
  });
});
