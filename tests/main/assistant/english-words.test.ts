import { describe, expect, it } from 'vitest';
import { englishWordsPreparation, isEnglishWord } from '../../../src-main/assistant/english-words.ts';

describe('english-words', () => {
  describe('englishWordsPreparation()', () => {
    it('reads the word list in steps', () => {
      let steps = 0;
      for (const _step of englishWordsPreparation()) steps++;
      expect(steps).toBeGreaterThan(1);
      expect(englishWordsPreparation().next().done).toBe(true);
    });
  });

  describe('isEnglishWord()', () => {
    it.each(['parcel', 'shipping', 'shipped', 'stopped', 'biggest', 'easiest', 'staffed', 'cancelled', 'tried', 'making', 'boxes', 'visiting', 'shown', 'wrote', 'brought', 'children'])(
      'knows %s',
      (word) => expect(isEnglishWord(word)).toBe(true),
    );

    it.each(['pasword', 'recieve', 'adress', 'shiping', 'shiped', 'cancle', 'refnd', 'delivary'])('does not know %s', (word) => {
      expect(isEnglishWord(word)).toBe(false);
    });
  });
});
