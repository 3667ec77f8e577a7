import { describe, expect, it } from 'vitest';
import { RANKING } from '../../../src-main/assistant/ranking-constants.ts';
import { confidenceOf } from '../../../src-main/assistant/retriever.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../../src-main/assistant/settings.ts';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// Questions beside a small business's FAQ that share one word or a reading of it with an entry and were drafted
// at 0.40–0.46: a topic the lexicons recognise but no entry has (a dog), something the shop may not sell (the
// verb "sell" alone), a topicless question, a visa that is no card. One KB of a made-up bakery serves them all.
const BAKERY = [
  faqEntry('range', 'en', 'Which breads and cakes do you bake?', ['Do you sell bread?', 'Do you have cakes?'], 'We sell sourdough bread, rye loaves, croissants and birthday cakes, baked every morning.'),
  faqEntry('squashed', 'en', 'My cake arrived squashed, what can I do?', ['The cake was crushed inside the box'], 'Send us a photo within a day and we bake a new one or refund you.'),
  faqEntry('same-day', 'en', 'Can I get same-day delivery?', ['Do you deliver the same day?'], 'Order before 11 am and we deliver the same day within the city.'),
  faqEntry('payment', 'en', 'How can I pay?', ['Do you take cards?'], 'We take Visa, Mastercard, Alipay and WeChat Pay.'),
];

describe('Retriever: questions beside the FAQ', () => {
  const retriever = suiteRetriever(BAKERY);

  it.each([
    'Can I bring my dog inside?',
    'Do you sell flowers?',
    "hey, how's your day going?",
    'how do I renew my visa',
  ])('hands off %s', (question) => {
    expectHandedOff(retriever(), question);
  });

  it('keeps a question with no topic of its own below the draft threshold, even at a full, clear match', () => {
    expect(confidenceOf(1, 1, 1) * RANKING.topiclessConfidence).toBeLessThan(DEFAULT_ANSWER_SETTINGS.generateThreshold);
  });

  it.each([
    ['Do you sell rye bread?', 'range'],
    ['my cake got crushed on the way', 'squashed'],
    ['Can I pay with Visa?', 'payment'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(retriever(), question, ref);
  });
});
