import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// Questions that name an entry's topic but ask to do something else with it ("can I X", "do you X"): the entry
// explains the topic words, not the asked action, which then counts against the share (RANKING.unexplainedAction).
// One KB of a made-up bicycle shop serves them all.
const BIKE_SHOP = [
  faqEntry('booking', 'en', 'How do I book a service appointment?', ['Can I make an appointment for a repair?'], 'Book online or call us; most services take a day.'),
  faqEntry('delivery', 'en', 'Do you deliver bikes?', ['Can you bring the bike to my home?'], 'We deliver new bikes within the city for free.'),
  faqEntry('gift-cards', 'en', 'Do you sell gift cards?', ['Can I buy a voucher?'], 'Gift cards from 100 to 1000 yuan, valid for a year.'),
  faqEntry('payment', 'en', 'How can I pay?', ['Do you take cards?'], 'We take Visa, Mastercard, Alipay and WeChat Pay.'),
];

describe('Retriever: an asked action the entry does not explain', () => {
  const retriever = suiteRetriever(BIKE_SHOP);

  it.each([
    'Will you send me a reminder before my appointment?',
    'Do you assemble furniture when you deliver it?',
  ])('hands off %s', (question) => {
    expectHandedOff(retriever(), question);
  });

  it.each([
    ['Can I book a service appointment for Saturday?', 'booking'],
    ['Can you deliver my new bike to the office?', 'delivery'],
    ['Do you take American Express cards?', 'payment'],
    ['How do I buy a gift card for my brother?', 'gift-cards'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(retriever(), question, ref);
  });
});
