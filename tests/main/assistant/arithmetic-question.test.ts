import { describe, expect, it } from 'vitest';
import { arithmeticSpan } from '../../../src-main/assistant/arithmetic-question.ts';
import { fold } from '../../../src-main/assistant/text-folding.ts';
import { expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

const span = (message: string) => arithmeticSpan(fold(message));

describe('arithmeticSpan()', () => {
  it.each([
    ['2+2', '2+2'],
    ["what's 17 times 23?", '17 times 23'],
    ['12*12=?', '12*12'],
    ['what is 7x8', '7x8'],
    ['what is three plus five', 'three plus five'],
    ['calculate 15% of 80', '15% of 80'],
    ['square root of 144?', 'square root of 144'],
    ['1+1等于几', '1+1'],
    ['3加5等于多少', '3加5'],
    ['二加二等于几？', '二加二'],
    ['2的10次方是多少', '2的10次方'],
    ['请问100除以4是多少', '100除以4'],
  ])('reads %s as only a sum (%s)', (message, sum) => {
    const found = span(message);
    expect(found).not.toBeNull();
    expect(fold(message).slice(found!.start, found!.end)).toBe(sum);
  });

  it.each([
    'delivery takes 3-5 days?',
    'do you have a 2 x 3 m unit',
    'are you open 24/7?',
    'is it 10% off for students',
    'price for 2 adults + 1 child',
    'buy 2 get 1 free?',
    '退货要3-5天吗',
    '1.5米的床多少钱',
    'what is the capital of spain',
    '20节多少钱',
  ])('leaves %s alone: numbers in a question about something', (message) => {
    expect(span(message)).toBeNull();
  });
});

// Over real knowledge bases: a bare sum was answered where a FAQ's figures matched its numbers ("what's 2+2" from
// an entry with "2 adults", 1加1 at 0.52 at the gym); questions with figures about the business are still answered.
describe('a bare sum to work out, handed off as a request to the assistant', () => {
  describe('a gym', () => {
    const retriever = suiteRetriever(new URL('../../fixtures/faq-gym.json', import.meta.url));

    it.each(["what's 2+2", 'what is 17 times 23', '12*12=?', '1加1', '3加5等于多少', '2的10次方是多少'])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });

    it.each([
      ['if i go for the yearly plan do i still pay that initial $49 thing', 'joining-fee'],
      ['私人教练是按次买还是买套餐的，20节多少钱', 'pt-sessions'],
      ['我儿子15岁，能跟我一起来练吗', 'age-limit'],
    ])('still answers %s', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('an after-school club', () => {
    const retriever = suiteRetriever(new URL('../../fixtures/faq-blind15-v.json', import.meta.url));

    it.each(["what's 2+2", "what's 17 times 23", '3加5等于多少'])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });
  });
});
