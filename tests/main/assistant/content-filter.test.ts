import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, DEFAULT_CONTENT_FILTER, FILTER_SCAN_MAX, invalidPattern, patternsAsText, unsafePattern } from '../../../src-main/assistant/content-filter.ts';

const cited = ['单笔订单实付满99元全国包邮，不满99元收取运费8元。', 'Add gift wrapping at checkout for $4 per item.'];
const check = (draft: string, settings = DEFAULT_CONTENT_FILTER) => checkDraft(draft, cited, settings);

describe('checkDraft()', () => {
  it('allows prices that the cited answers state, however they are written', () => {
    expect(check('满99元包邮，否则运费8元。').allowed).toBe(true);
    expect(check('It costs $4.00 per item, or 4 dollars.').allowed).toBe(true);
    expect(check('运费是¥8').allowed).toBe(true);
  });

  it('blocks a price the FAQ does not state', () => {
    expect(check('运费只要5元').reason).toContain('5元');
    expect(check('Gift wrapping is $5 per item.').reason).toContain('$5');
    expect(check('That will be 12 USD.').allowed).toBe(false);
  });

  it('blocks competitor names and profanity as whole words, in any case', () => {
    expect(check('Try AMAZON for that.').reason).toBe('blocked word "Amazon"');
    expect(check('你可以去京东看看').allowed).toBe(false);
    expect(check('That is damn good.').allowed).toBe(false);
    expect(check('The Amazonian rainforest theme is popular.').allowed).toBe(true);
  });

  it('names the first blocked word of the list that the draft holds, as a word-by-word scan does', () => {
    // The reference: each word on its own, in list order (Latin words whole, others anywhere).
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const reference = (draft: string, words: string[]) => {
      const lower = draft.toLowerCase();
      for (const word of words) {
        const needle = word.trim().toLowerCase();
        if (!needle) continue;
        const found = /^[\p{Script=Latin}\d\s'-]+$/u.test(needle)
          ? new RegExp(`(?<![\\p{L}\\d])${escape(needle)}(?![\\p{L}\\d])`, 'u').test(lower)
          : lower.includes(needle);
        if (found) return `blocked word "${word}"`;
      }
      return undefined;
    };
    // A small alphabet, so that words overlap, nest ("ass" in "asshole") and sit at word edges.
    const text = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 's', 'H', 'o', ' ', '-', '.', '1', '中', '文', '*', '('), maxLength });
    fc.assert(
      fc.property(fc.array(text(6), { maxLength: 12 }), fc.array(text(30), { minLength: 1, maxLength: 5 }), (words, drafts) => {
        const settings = { blockedWords: words, blockedPatterns: [], blockUnlistedPrices: false };
        for (const draft of drafts) expect(checkDraft(draft, [], settings).reason).toBe(reference(draft, words));
      }),
      { numRuns: 500 },
    );
  });

  it('blocks configured patterns and skips ones that do not compile', () => {
    const settings = { ...DEFAULT_CONTENT_FILTER, blockedPatterns: ['guarantee[ds]? forever', '(unclosed'] };
    expect(check('Our products are guaranteed forever.', settings).allowed).toBe(false);
    expect(check('Our products have a warranty.', settings).allowed).toBe(true);
  });

  it('matches a stored pattern that could backtrack catastrophically as literal text, case-insensitively', () => {
    // Saved before patterns were checked: it must neither stall the filter nor stop filtering.
    const settings = { ...DEFAULT_CONTENT_FILTER, blockedPatterns: ['(a+)+$', 'best (deal|deal)* ever'] };
    expect(check('Our prices are the best (DEAL|deal)* ever.', settings)).toEqual({
      allowed: false,
      reason: 'blocked pattern /best (deal|deal)* ever/ (as text)',
    });
    expect(check('It is the best deal deal ever.', settings).allowed).toBe(true);
    expect(check('Write (a+)+$ in the form.', settings).reason).toBe('blocked pattern /(a+)+$/ (as text)');
  });

  it('takes a few milliseconds with a known-bad stored pattern on the longest draft it scans', () => {
    const settings = { blockedWords: [], blockedPatterns: ['(a+)+$', '(x|x)*y', '.*.*.*z'], blockUnlistedPrices: false };
    const draft = `${'a'.repeat(FILTER_SCAN_MAX - 1)}!`;
    expect(draft.length).toBe(FILTER_SCAN_MAX);
    check(draft, settings); // compiled once, as for every later token of a stream
    const start = performance.now();
    for (let i = 0; i < 10; i++) expect(check(draft.replaceAll('a', i % 2 ? 'a' : 'x'), settings).allowed).toBe(true);
    expect((performance.now() - start) / 10).toBeLessThan(5);
  });

  it('blocks a draft longer than it scans rather than passing it unchecked', () => {
    const open = { blockedWords: [], blockedPatterns: [], blockUnlistedPrices: false };
    expect(check('a'.repeat(FILTER_SCAN_MAX), open).allowed).toBe(true);
    expect(check('a'.repeat(FILTER_SCAN_MAX + 1), open)).toEqual({ allowed: false, reason: `draft longer than ${FILTER_SCAN_MAX} characters` });
  });

  it('allows everything when prices are allowed and no word is listed', () => {
    const open = { blockedWords: [], blockedPatterns: [], blockUnlistedPrices: false };
    expect(check('Amazon sells it for $1,000.', open).allowed).toBe(true);
  });
});

describe('invalidPattern()', () => {
  it('names the first pattern that is not a regular expression', () => {
    expect(invalidPattern(['ok', '[bad', '(also bad'])).toBe('[bad');
    expect(invalidPattern(['fine'])).toBeNull();
  });
});

describe('unsafePattern()', () => {
  it('names the first valid pattern that could backtrack catastrophically, and the rule it breaks', () => {
    expect(unsafePattern(['fine', '(unclosed', '(a+)+$', '(x|x)*y'])).toEqual({ pattern: '(a+)+$', risk: 'nested-quantifier' });
    expect(unsafePattern(['guarantee[ds]? forever'])).toBeNull();
  });
});

describe('patternsAsText()', () => {
  it('lists the stored patterns matched as text', () => {
    expect(patternsAsText(['fine', '(a+)+$', '(unclosed', '(.)\\1'])).toEqual(['(a+)+$', '(.)\\1']);
  });
});
