import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// A flower subscription's FAQ (a kind of business no lexicon is written for), in a real SQLite knowledge base:
// everyday words that are a question's topic where they stand.
const entries = [
  faqEntry('care', 'en', 'How should I care for my flowers?', ['How can I make my flowers last longer?'], 'Trim the stems and change the water every two days; with normal care they keep 5–7 days.'),
  faqEntry('delivery', 'en', 'When do you deliver?', ['What day do the flowers arrive?'], 'Every Saturday between 9:00 and 18:00.'),
  faqEntry('plans', 'en', 'What plans do you offer?', ['How much is the subscription?'], 'Fortnightly for 99 yuan a month, weekly for 179 yuan a month.'),
  faqEntry('turnaround', 'en', 'How long until my order is ready?', [], 'Bouquets are ready two hours after you order.'),
  faqEntry('pickup', 'en', 'Can I pick up my order at the shop?', [], 'Yes, at 12 Garden Road, 9:00–18:00.'),
];

describe('everyday words a lexicon reads as the topic', () => {
  const retriever = suiteRetriever(entries);

  it('answers how long a thing lasts: "last" as a verb is no time word', () => {
    expectAnsweredFrom(retriever(), 'how long do they last', 'care');
  });

  it('reads "the wait" as how long', () => {
    expectAnsweredFrom(retriever(), "what's the wait time on a shop order", 'turnaround');
  });

  it('still hands off a question that only asks how long', () => {
    expectHandedOff(retriever(), 'how long?');
  });
});

describe('phrasal verbs any business’s customers use', () => {
  it('reads pulling out or dropping out as calling off, and putting off as a new time', () => {
    expect(conceptsOf('what if I pull out just an hour before?')).toContain('cancel');
    expect(conceptsOf('my son wants to drop out after two weeks')).toContain('cancel');
    expect(conceptsOf('we may have to put it off till spring')).toContain('reschedule');
  });

  it('keeps a tooth pulled out an extraction', () => {
    expect(conceptsOf('can you pull out my wisdom tooth')).not.toContain('cancel');
    expect(conceptsOf('can you pull the tooth out')).not.toContain('cancel');
  });

  it('reads what a customer forks out as the price', () => {
    expect(conceptsOf('what will I have to fork out for it')).toContain('price');
  });
});
