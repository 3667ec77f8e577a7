import { describe, expect, it } from 'vitest';
import { assistantRequestSpan } from '../../../src-main/assistant/assistant-requests.ts';
import { fold } from '../../../src-main/assistant/text-folding.ts';
import { expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

const span = (message: string) => assistantRequestSpan(fold(message));

describe('assistantRequestSpan()', () => {
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
    'What time is it?',
    "what's the time now",
    "what's today's date",
    'what day is it today?',
    '现在几点了',
    '今天几号？',
    '今天星期几',
    'who are you',
    "What's your name?",
    '你叫什么名字',
    '你喜欢什么',
    'good morning!',
    'Hi! What is your name?',
    '早上好',
    '谢谢你',
    "what's the time in new york",
    'convert 10 miles to km',
    'how many ounces in a pound',
    "let's chat",
    "I'm bored",
    '陪我聊聊天吧',
    "what's the news today",
    "what's the square root of 81",
    'call my mom',
    'remind me to call mom',
    'set a timer for 10 minutes',
  ])('reads %s as only a request to the assistant (the time, a conversion, itself, small talk, a greeting)', (message) => {
    expect(span(message)).not.toBeNull();
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
    'what time is it open till?',
    'what time do you open today',
    '几点了还营业吗',
    '今天几号发货',
    'hi, do you deliver on sundays?',
    'thanks, and how long does delivery take?',
    'good morning, can I book a table for two',
    'what date will my order arrive',
    '你们叫什么店名',
    'do you deliver 10 miles to the north',
    'how many grams in a 6 inch cake',
    "let's talk about my booking",
    'tell me something about your refund policy',
    'can you call my husband when the dog is ready?',
    'do you remind me to come back for the second coat?',
  ])('leaves %s alone: the same words in a question about the business', (message) => {
    expect(span(message)).toBeNull();
  });
});

// Over real knowledge bases: a bare sum was answered where a FAQ's figures matched its numbers ("what's 2+2" from
// an entry with "2 adults", 1加1 at 0.52 at the gym), the time now from opening hours ("what time is it" 0.97 at the
// shop); questions with figures or times about the business are still answered.
describe('a whole message that asks the assistant itself, handed off', () => {
  describe('an online shop', () => {
    const retriever = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));

    it.each(['what time is it', '现在几点了', "what's today's date", 'good morning', '你叫什么名字', "what's your name?"])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });

    it.each([
      ['what time do you open on saturdays?', 'opening-hours'],
      ['你们周六几点开门', 'opening-hours'],
    ])('still answers %s', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

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
