import { describe, expect, it } from 'vitest';
import { conceptsOf, expectAnsweredFrom, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// How English customers of any business word a question, read as the FAQ words it (english-forms.ts): letters
// of a name are no "initial" fee, "are mine" is "my own", "how much more" an extra charge, "moms and dads" the
// parents. A small personalisation studio's FAQ in a real SQLite knowledge base.
const entries = [
  faqEntry('setup-fee', 'en', 'Is there a one-time setup fee for a logo?', ['Why do I pay an initial charge for my artwork?'], 'Converting a logo costs 80 once; names in our fonts need no setup.'),
  faqEntry('prices', 'en', 'How much does embroidery cost?', ['What are your prices?'], 'A name costs 25 per item and a small logo 35.'),
  faqEntry('own-items', 'en', 'Can I bring my own clothes to be embroidered?', ['Do you stitch on garments I already have?'], 'Yes, for a handling fee of 10 per piece.'),
  faqEntry('rush', 'en', 'Do you offer express service?', ['How much extra is a rush order?'], 'Within 48 hours for a 50% surcharge.'),
  faqEntry('guests', 'en', 'Can parents watch the workshop?', ['Do parents have to pay?'], 'Parents watch for free; each child pays 90.'),
  faqEntry('missing', 'en', 'What if an item is missing from my parcel?', [], 'Tell us within 7 days and we send it at once.'),
  faqEntry('reschedule', 'en', 'Can I move my workshop to another day?', [], 'Yes, once for free up to 3 days before.'),
];

describe('everyday English wording', () => {
  const retriever = suiteRetriever(entries);

  it.each([
    // "initials" are the letters of a name, not the "initial" (one-time) fee Porter stems them with
    ['cost for initials on a cap?', 'prices'],
    // "are mine": the customer's own things
    ['is there a fee if the jackets are mine?', 'own-items'],
    // "how much more": the extra charge, not the plain price
    ['need them in 2 days, how much more is that?', 'rush'],
    // "moms and dads": parents
    ['do moms and dads need tickets?', 'guests'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  // "go missing" is lost, "going to miss" someone is not: "missing" keeps a stem of its own
  it('reads no item missing in a customer who is going to miss something', () => {
    expect(conceptsOf("I'm going to miss my plants so much")).not.toContain('wrong_item');
    expect(conceptsOf('one item is missing from the box')).toContain('wrong_item');
  });
});

describe('a thing coming back is stock coming back', () => {
  // A homeware shop's FAQ: "when the rug returns" is the rug back in stock, "when I return the rug" a return.
  const retriever = suiteRetriever([
    faqEntry('restock', 'en', 'When will a sold-out item be back in stock?', ['Can I get an alert when something is available again?'], 'Click "Notify me" on the product page; most items are restocked within 2–4 weeks.'),
    faqEntry('returns', 'en', 'How do I return an item?', ['Can I send something back?'], 'Start a return in your account within 30 days.'),
    faqEntry('refunds', 'en', 'When will I get my money back?', [], 'Within 5 days of your return reaching us.'),
    faqEntry('contact', 'en', 'How can I contact you?', ['Can I email you?'], 'Email us; we answer within one business day.'),
  ]);

  it.each([
    ['could you email me when the walnut desk returns?', 'restock'],
    ['tell me once the blue lamp comes back', 'restock'],
    ["any idea when you'll have the oak stool again", 'restock'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));
});

describe('what came is not what was ordered', () => {
  // "ordered X and got Y", "got Y, ordered X": the wrong item, however the two are described.
  const retriever = suiteRetriever([
    faqEntry('wrong-item', 'en', 'I received the wrong item, what should I do?', ['You sent me the wrong colour'], 'Send us a photo within 7 days and we send the right one.'),
    faqEntry('bulk', 'en', 'Do you offer discounts on bulk orders?', ['Is there a discount for large quantities?'], '10% off from 20 units.'),
    faqEntry('returns', 'en', 'How do I return an item?', [], 'Start a return in your account within 30 days.'),
    faqEntry('tracking', 'en', 'How can I track my order?', [], 'Use the link in your shipping email.'),
  ]);

  it.each([
    ['ordered the large oak table and got a small pine one', 'wrong-item'],
    ['got a round mirror, ordered a square one', 'wrong-item'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));
});
