import { describe, expect, it } from 'vitest';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { conceptsOf, expectAnsweredFrom, faqEntry as entry, suiteRetriever } from './lexicon-kb.ts';

// A florist and fruit shop with workshops, a kind of business no lexicon is written for: its FAQ names each topic
// ("deposit", "group discounts", "gift baskets"), while customers say what they mean to do ("put money down",
// "there are 8 of us", "something nice with a note"). One English knowledge base serves every question.
const SHOP_EN: FaqDraft[] = [
  entry('deposit', 'en', 'Do I need to pay a deposit to book a workshop?', ['When do I pay the rest?'], 'A 30% deposit books your seat; the rest is paid on the day.'),
  entry('change-cancel', 'en', 'Can I cancel or change my booking?', ['Will I get a refund if I cancel?'], 'Free up to 48 hours before; after that the deposit is kept.'),
  entry('groups', 'en', 'Do you take group bookings?', ['Do you offer group discounts?'], 'Groups of 6 or more get 10% off; we can close the studio for 15 or more.'),
  entry('collect-other', 'en', 'Can a friend collect my order?', [], 'Yes, send us their name and they show the order number.'),
  entry('gift-baskets', 'en', 'Do you make gift baskets?', ['Can you deliver a basket with a card?'], 'From 150 yuan, with a handwritten card.'),
  entry('top-up', 'en', 'Do you have a top-up card?', [], 'Top up 500 yuan and get 50 yuan extra.'),
  entry('bad-produce', 'en', 'What if some fruit arrives damaged or rotten?', [], 'Send a photo within 24 hours and we refund or replace it.'),
  entry('turnaround', 'en', 'How long does an order take?', ['Can I get it faster?'], 'Two days; express the next day for 30 yuan.'),
  entry('out-of-stock', 'en', 'What if something I ordered is out of stock?', ['Can I say no substitutions?'], 'We call you first and never swap without asking.'),
  entry('hours', 'en', 'What are your opening hours?', [], 'Every day 9am to 8pm.'),
];

describe('what any small business is asked, on a florist and fruit shop FAQ', () => {
  const shop = suiteRetriever(SHOP_EN);

  // Each of these was handed off or answered from another entry before the forms were added.
  it('answers the customer wording of each topic', () => {
    for (const [question, ref] of [
      ['Do we have to put money down to hold our seats?', 'deposit'],
      ['When is the balance settled, before or on the day?', 'deposit'],
      ['Our plans fell through, do we lose the deposit?', 'change-cancel'],
      ["We can't go anymore, do we lose the money we paid?", 'change-cancel'],
      ['Could we bump the workshop to next month?', 'change-cancel'],
      ['There are 8 of us from the office, is there a better price?', 'groups'],
      ['The pears in my box were bruised and mouldy', 'bad-produce'],
      ['If I load up my account with credit, is there a bonus?', 'top-up'],
      ['We need it by next Friday, could you rush it?', 'turnaround'],
      ['I would like to send something nice to my aunt, with a note', 'gift-baskets'],
    ]) expectAnsweredFrom(shop(), question, ref);
  });

  it('names what the customer asks for in everyday words', () => {
    expect(conceptsOf("please don't swap anything for something else")).toContain('substitute');
    expect(conceptsOf('could my friend collect it for me, or can I grab it for her')).toContain('on_behalf');
    expect(conceptsOf('the zipper was already busted when we opened it')).toContain('on_arrival');
    expect(conceptsOf('can I tack two more days onto my rental')).toContain('extension');
    expect(conceptsOf('the avocados were rock hard')).toContain('ripeness');
  });

  it('keeps look-alike words out of the concepts', () => {
    // Porter stems "organic" and "organise" alike: organising a trip is no organic produce.
    expect(conceptsOf('organizing a trip for the team')).not.toContain('organic');
    // A haircut or a price cut is no cutting of fruit; rush hour no rush order.
    expect(conceptsOf('can you cut the price a bit')).not.toContain('cutting');
    expect(conceptsOf('is parking hard at rush hour')).not.toContain('turnaround');
    // "instead of waiting for the courier" offers to collect, it names no wrong item.
    expect(conceptsOf('can I collect it instead of waiting for the courier')).not.toContain('wrong_item');
  });
});
