import { describe, expect, it } from 'vitest';
import { statedAttributes } from '../../../src-main/assistant/answer-facts.ts';
import { expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

describe('statedAttributes', () => {
  it('reads an amount of money as a stated price and a number of days or hours as a stated duration', () => {
    expect(statedAttributes('按重量收费，每公斤 12 元。')).toEqual(['price']);
    expect(statedAttributes('Wash and fold is ¥15 per kilo.')).toEqual(['price']);
    expect(statedAttributes('通常 3–5 个工作日送达。')).toEqual(['duration']);
    expect(statedAttributes('Most jobs take 2 hours; a deposit of 200 yuan holds the date.')).toEqual(['price', 'duration']);
  });

  it('states nothing when the numbers are neither money nor time', () => {
    expect(statedAttributes('We move pianos up to the 5th floor; call 400-123-4567.')).toEqual([]);
    expect(statedAttributes('请带上身份证和订单号。')).toEqual([]);
  });
});

// Two entries on one topic: only the answer says which one gives the price or the time it takes.
const FAQ = [
  faqEntry('storage', 'en', 'Can you keep our furniture in storage while we move?', [], 'Yes: a locked unit in our warehouse at ¥300 a month.'),
  faqEntry('storage-access', 'en', 'Do you offer storage access?', ['Can I get things out of storage?'], 'Weekdays 9:00–17:00, book a visit the day before.'),
  faqEntry('curtains-zh', 'zh', '可以洗窗帘吗？', ['窗帘能洗吗？'], '可以，大件窗帘需要拆下来带到店里。'),
  faqEntry('curtain-pickup-zh', 'zh', '窗帘可以上门取送吗？', [], '可以上门取送，洗好一般 4 天送回。'),
];

describe('an answer that states a price or a duration', () => {
  const retriever = suiteRetriever(FAQ);

  it('answers "how much" from the entry whose answer states the price', () => {
    expectAnsweredFrom(retriever(), 'how much is storage?', 'storage');
  });

  it('answers "多久" from the entry whose answer states the time, confidently enough not to hand it off', () => {
    expectAnsweredFrom(retriever(), '窗帘洗好要多久', 'curtain-pickup-zh');
  });
});
