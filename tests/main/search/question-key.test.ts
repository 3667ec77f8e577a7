import { describe, expect, it } from 'vitest';
import { questionKey } from '../../../src-main/search/question-key.ts';

describe('questionKey()', () => {
  it('equates questions that differ only in width, case, spacing and final punctuation', () => {
    expect(questionKey('如何申请退货？')).toBe(questionKey('如何申请退货?'));
    expect(questionKey('  How do I   get a REFUND?! ')).toBe(questionKey('how do i get a refund'));
  });

  it('keeps questions with different words apart', () => {
    expect(questionKey('How do I get a refund?')).not.toBe(questionKey('How do I get refunds?'));
  });
});
