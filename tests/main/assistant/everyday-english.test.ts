import { describe, expect, it } from 'vitest';
import { expandChatWords } from '../../../src-main/assistant/english-forms.ts';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import { conceptsOf, expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// A piano tuner's FAQ (a kind of business no lexicon is written for), in a real SQLite knowledge base: customers
// ask in chat shorthand and everyday phrases what its entries say in writing.
const entries = [
  faqEntry('arrival', 'en', 'What time will the tuner arrive?', [], 'We book two-hour arrival windows; the tuner calls you about 30 minutes before.'),
  faqEntry('at-home', 'en', 'Do I need to be home during the tuning?', [], 'An adult needs to open the door. A neighbour or a building manager can do it for you.'),
  faqEntry('express', 'en', 'Do you offer an express service?', [], 'Yes: the same week, for a 50% surcharge.'),
  faqEntry('privacy', 'en', 'What do you do with my personal data?', [], 'We only use it for your booking and delete it 30 days after the visit.'),
  faqEntry('mistakes', 'en', 'What if the written report has a mistake?', [], 'Tell us within a week and we correct and resend it for free.'),
  faqEntry('events', 'en', 'Do you play at corporate events?', [], 'Yes, our tuners also play at receptions and parties; ask for a quote.'),
  faqEntry('location', 'en', 'Where is your workshop?', [], 'Room 12, 88 Jianshe Road, near exit C of People’s Square metro station.'),
  faqEntry('songbooks', 'en', 'Do you sell songbooks?', [], 'Yes, beginner and graded songbooks; sold-out titles are restocked every month.'),
  faqEntry('lessons', 'en', 'Can I record the lesson?', [], 'Yes, on your phone or a camera, for your own practice.'),
];

describe('everyday English a customer of any business writes', () => {
  const retriever = suiteRetriever(entries);

  it('answers chat shorthand and everyday phrases from the entry that says it in writing', () => {
    const cases = [
      ['will the tuner ring me when he is on his way?', 'arrival'],
      ["I don't want to wait around all day for him", 'arrival'],
      ['my flatmate can let your guy in, is that ok?', 'at-home'],
      ['does someone have to be present?', 'at-home'],
      ['is it quicker if I pay extra?', 'express'],
      ['I spotted an error in the report you emailed', 'mistakes'],
      ['who gets to see the details I give you?', 'privacy'],
      ['can one of you play at our company outing?', 'events'],
      ['can u send me your location', 'location'],
      ['when are you getting more of the grade 2 songbook?', 'songbooks'],
      ['are mobiles ok for filming the lesson?', 'lessons'],
    ] as const;
    for (const [question, ref] of cases) expectAnsweredFrom(retriever(), question, ref);
  });
});

describe('words that are not the topic they look like', () => {
  it('keeps verbs and adverbs out of the concepts of their look-alike nouns', () => {
    expect(conceptsOf('can you deal with the mice in our attic')).not.toContain('discount');
    expect(conceptsOf('you treated the flat last month')).not.toContain('pet_food');
    expect(conceptsOf('does the owner need to be present?')).not.toContain('gift');
    expect(conceptsOf('I spotted an error on the certificate')).not.toContain('availability');
  });

  it('reads "quite" as no word of a topic (Porter stems it "quit")', () => {
    expect(analyze('they are quite personal').units).toEqual(['w:personal']);
  });

  it('spells out chat shorthand, and leaves look-alikes and longer words alone', () => {
    expect(expandChatWords('my gf wants pics for her bday tmrw')).toBe('my girlfriend wants pictures for her birthday tomorrow');
    expect(expandChatWords('call my mobile number')).toBe('call my phone number');
    expect(expandChatWords('do you have a mobile service or a mobile app?')).toBe('do you have a mobile service or a mobile app?');
    expect(expandChatWords('x-pic, pic2, topic, HR')).toBe('x-pic, pic2, topic, HR');
  });

  it('reads "min" and "max" before what they measure as minimum and maximum, and "min" after a number as minutes', () => {
    expect(expandChatWords('min order? Max group size?')).toBe('minimum order? Maximum group size?');
    expect(expandChatWords('10 min late, wait a min, 5 min. booking')).toBe('10 min late, wait a min, 5 min. booking');
  });
});

describe('"min" and "max" of a kayak tour (no lexicon is written for one)', () => {
  const retriever = suiteRetriever([
    faqEntry('minimum', 'en', 'Does a trip run with only a few people?', [], 'Each trip needs a minimum of 4 people; with fewer we offer another date or a refund.'),
    faqEntry('weight', 'en', 'Is there a weight limit?', [], 'The maximum weight per kayak is 150 kg for two paddlers.'),
    faqEntry('book', 'en', 'How do I book a trip?', [], 'Book online: pick a date and pay to hold your seats.'),
  ]);

  it('answers "min number of ppl?" and "max weight?" from the entries that say minimum and maximum', () => {
    expectAnsweredFrom(retriever(), 'min number of ppl?', 'minimum');
    expectAnsweredFrom(retriever(), 'max weight per boat?', 'weight');
  });
});

describe('the particles of phrasal verbs', () => {
  const retriever = suiteRetriever([
    faqEntry('sound', 'en', 'What if the sound fails during the event?', [], 'Our engineer brings spare speakers and cables and fixes any fault on the spot.'),
    faqEntry('deposit', 'en', 'Do I need to pay a deposit?', [], 'A 30% deposit holds your date, and the rest is due 14 days before the event.'),
    faqEntry('songs', 'en', 'Can we choose the songs?', [], 'Yes, send us your must-play and do-not-play lists a week before the day.'),
  ]);

  it('reads out, off, down and away as everyday words, and not up ("something came up", "show up")', () => {
    const everydayOf = (text: string) => analyze(text).everyday.map((unit) => analyze(text).units[unit]);
    expect(everydayOf('we put down a deposit, can we call it off or take it away, it freaks me out')).toEqual(['w:down', 'w:off', 'w:awai', 'w:out']);
    expect(everydayOf('something came up, can we show up later')).toEqual([]);
  });

  it('answers a complaint whose particle no entry has ("cut out") from the entry its verb and noun are about', () => {
    expectAnsweredFrom(retriever(), 'sound cut out on us twice', 'sound');
  });
});
