import { describe, expect, it } from 'vitest';
import { expandChatWords } from '../../../src-main/assistant/english-forms.ts';
import { conceptsOf, expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// An airport car service's FAQ (a kind of business no lexicon is written for), in a real SQLite knowledge base:
// customers name in their own words what only an entry's answer states.
const entries = [
  faqEntry('payment', 'en', 'How do I pay?', ['Can I pay by card?', 'Do you take WeChat Pay?'], 'Pay in the mini program by WeChat Pay or Alipay when you book; drivers do not take cash.'),
  faqEntry('fares', 'en', 'How much is a ride to the airport?', ['What are your prices?'], 'A fixed 128 yuan by sedan or 198 yuan by minivan. Prices include tolls, parking and fuel.'),
  faqEntry('luggage', 'en', 'How much luggage can I bring?', ['Which car should I book for lots of bags?'], 'A sedan takes two large suitcases; a minivan takes five. Please note bulky items such as skis or strollers when booking.'),
  faqEntry('address', 'en', 'How do I change the pick-up address?', ['I entered the wrong address, can I fix it?'], 'Change it under "My orders" up to an hour before pick-up.'),
  faqEntry('hours', 'en', 'What are your service hours?', ['Do you run at night?'], 'Cars run 24 hours a day; the phone line is staffed 8:00–22:00.'),
];

describe('words of a question that only an entry’s answer states', () => {
  const retriever = suiteRetriever(entries);

  it('ranks the entry whose answer names several of them above one whose question shares an everyday word', () => {
    expectAnsweredFrom(retriever(), 'do I pay for tolls and fuel?', 'fares');
    expectAnsweredFrom(retriever(), 'who pays the tolls and fuel', 'fares');
  });

  it('still answers from the question that asks it when the answer shares one word', () => {
    expectAnsweredFrom(retriever(), 'can I pay in cash?', 'payment');
  });

  it('reads what a customer owes or pays on top as the price, and "addr" as an address', () => {
    expect(conceptsOf('what do I owe you for the ride')).toContain('price');
    expect(conceptsOf('do I pay anything on top?')).toContain('price');
    expect(expandChatWords('new addr')).toBe('new address');
    expectAnsweredFrom(retriever(), 'what do I owe for the airport run', 'fares');
    expectAnsweredFrom(retriever(), 'change addr', 'address');
  });
});
