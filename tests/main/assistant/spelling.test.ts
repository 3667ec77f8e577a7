import { describe, expect, it } from 'vitest';
import { abbreviationOf, correctSpelling, correctWord, editsOf, wordsOf, type SpellingVocabulary } from '../../../src-main/assistant/spelling.ts';
import { porterStem } from '../../../src-main/search/porter-stemmer.ts';

/** Reference: optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), by the textbook table. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** A KB's words and a lexicon's; "known" also holds a few dictionary words a KB need not use. */
function vocabulary(kb: string[], lexicon: string[] = [], dictionary: string[] = []): SpellingVocabulary {
  const kbWords = new Set(kb);
  const lexiconWords = new Set(lexicon);
  const stems = new Set([...kb, ...lexicon, ...dictionary].map(porterStem));
  return { knows: (stem) => stems.has(stem), tiers: [(word) => kbWords.has(word), (word) => lexiconWords.has(word)] };
}

describe('spelling', () => {
  describe('editsOf()', () => {
    it('yields strings one edit away that keep the first letter, checked against a reference distance', () => {
      const edits = [...editsOf('order')];
      expect(edits.every((edit) => osaDistance('order', edit) === 1 && edit[0] === 'o')).toBe(true);
      // 4 deletions, 3 swaps of neighbours, 4 × 25 substitutions, 5 × 26 insertions (after the first letter).
      expect(edits).toHaveLength(4 + 3 + 100 + 130);
      expect(edits).toEqual(expect.arrayContaining(['oder', 'odrer', 'ordar', 'orrder']));
    });
  });

  describe('abbreviationOf()', () => {
    const clinic = { ...vocabulary([]), words: () => ['physiotherapy', 'account', 'accept', 'appointment', 'available', 'availability', 'unsubscribe', 'quantity'] };

    it.each([
      ['physio', 'physiotherapy'], // its beginning
      ['unsub', 'unsubscribe'],
      ['appt', 'appointment'], // first and last letters, some between
      ['qnty', 'quantity'],
      ['avail', 'available'], // two forms of one word
    ])('reads %s as %s', (typed, meant) => {
      expect(abbreviationOf(typed, clinic)).toBe(meant);
    });

    it('leaves a word that abbreviates two words of the KB, a short beginning and a word the KB lacks', () => {
      expect(abbreviationOf('acct', clinic)).toBeNull(); // account, accept
      expect(abbreviationOf('acco', clinic)).toBeNull(); // a beginning of four letters
      expect(abbreviationOf('refnd', clinic)).toBeNull();
    });

    it('is what correctWord falls back on for a word no dictionary knows', () => {
      expect(correctWord('unsub', clinic)).toBe('unsubscribe');
      expect(correctWord('unsub', { ...clinic, knows: () => true })).toBeNull();
    });
  });

  describe('correctWord()', () => {
    const shop = vocabulary(['password', 'shipping', 'cancel', 'address', 'delivery', 'refund', 'receive'], ['tracking']);

    it.each([
      ['pasword', 'password'], // a letter left out
      ['adress', 'address'],
      ['refnd', 'refund'],
      ['shiping', 'shipping'],
      ['cancle', 'cancel'], // two neighbours swapped
      ['recieve', 'receive'],
      ['delivary', 'delivery'], // a letter changed
      ['passwordd', 'password'], // a letter added
    ])('reads %s as %s', (typed, meant) => {
      expect(correctWord(typed, shop)).toBe(meant);
    });

    it('reads a word the KB lacks as the lexicon word it is one edit from', () => {
      expect(correctWord('trackng', shop)).toBe('tracking');
    });

    it("prefers the KB's word to a lexicon's", () => {
      expect(correctWord('parsel', vocabulary(['parcel'], ['pastel']))).toBe('parcel');
    });

    it('counts a plural the KB has only in the singular', () => {
      expect(correctWord('lmaps', vocabulary(['lamp']))).toBe('lamps');
    });

    it('leaves a word one edit from two different words', () => {
      expect(correctWord('mials', vocabulary(['mails', 'meals']))).toBeNull();
    });

    it('counts inflections of one word once', () => {
      expect(correctWord('refundd', vocabulary(['refund', 'refunds', 'refunded']))).toBe('refund');
    });

    it('leaves a word spelled right, though it is one edit from a KB word', () => {
      expect(correctWord('cancer', vocabulary(['cancel'], [], ['cancer']))).toBeNull();
    });

    it('leaves short words and function words', () => {
      expect(correctWord('ordr', vocabulary(['order']))).toBeNull();
      expect(correctWord('whereas', vocabulary(['wheres']))).toBeNull();
    });

    it('never changes the first letter', () => {
      expect(correctWord('ebike', vocabulary(['bike']))).toBeNull();
      expect(correctWord('xorder', vocabulary(['order']))).toBeNull();
    });

    it('never reads a word as a stopword', () => {
      expect(correctWord('threre', vocabulary(['there', 'three']))).toBe('three');
    });
  });

  describe('correctSpelling()', () => {
    const shop = vocabulary(['password', 'order', 'cancel', 'zara', 'voucher']);

    it('replaces misspelt words and leaves the rest of the text as it was', () => {
      expect(correctSpelling('I forgot my pasword!! Can I cancle the order?', shop)).toBe('I forgot my password!! Can I cancel the order?');
      expect(correctSpelling('我的pasword忘了', shop)).toBe('我的password忘了');
      expect(correctSpelling('Pasword reset please', shop)).toBe('password reset please');
    });

    it('leaves codes, numbers, names and parts of addresses alone', () => {
      for (const text of [
        'my code VOUCHR1 fails', // digits
        'is VOUCHR valid', // capitals
        'the Zarra jacket', // a capital inside a sentence: a name
        'mail passwrd@example.com', // an e-mail address
        'see www.vouchr.com/ordder', // a link
        'a pre-ordder', // part of a hyphenated word
        "the vouchr's terms", // before an apostrophe
      ]) {
        expect(correctSpelling(text, shop)).toBe(text);
      }
    });
  });

  describe('wordsOf()', () => {
    it('lists the distinct lower-case words of a text long enough to be read as, full-width letters folded', () => {
      expect(wordsOf('Reset your Password: the password link, ＲＥＳＥＴ 24h')).toEqual(['reset', 'your', 'password', 'link']);
    });
  });
});
