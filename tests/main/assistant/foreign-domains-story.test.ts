import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// Another domain's word (foreign-domains.ts) in the story told around an English question whose asked clause the
// best entry answers (confidence-signals.ts unexplainedForeign): who the customer is or what happened to them ("our
// restaurant", "the job ran over", "my card is from a UK bank") is not what they ask. A question that asks the
// other domain's question, in its asked clause, is still handed off.
describe('other domains named in the story around a question', () => {
  const retriever = suiteRetriever([
    faqEntry('bulk-pricing', 'en', 'Do you give a discount on large orders?', ['Is there a price break for buying in bulk?'], 'Orders of 20 or more of one item get 10% off.'),
    faqEntry('overtime', 'en', 'How is extra time billed?', ['What if the move takes longer than planned?'], 'Extra time is billed per started half hour at the crew rate.'),
    faqEntry('payment', 'en', 'Which cards do you accept?', ['Can I pay with a foreign card?'], 'Visa, Mastercard and UnionPay, including cards issued abroad.'),
    faqEntry('van-hire', 'en', 'Can I hire a van from you?', ['Do you do van hire?'], 'Yes, 3.5 t vans from 300 yuan a day, driver included.'),
    faqEntry('opening-hours', 'en', 'What are your opening hours?', [], 'Monday to Saturday, 9:00 to 18:00.'),
  ]);

  it.each([
    ['our restaurant needs 30 of the same chairs, any price break?', 'bulk-pricing'],
    ['the job ran two hours over, how is the extra time billed', 'overtime'],
    ['my card is from a UK bank, which cards do you accept?', 'payment'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(retriever(), question, ref));

  // Another clause than the one naming the other domain tells of the business's own topic, though the asked clause
  // has no word the entry has ("do I lose the deposit", "is that a problem").
  const boarding = suiteRetriever([
    faqEntry('cancel', 'en', 'Can I cancel a plant boarding booking?', ['What if I need to cancel my drop off?'], 'Cancel up to 3 days before drop off for a full refund of the deposit.'),
    faqEntry('late-pickup', 'en', 'What if I pick up my plants late?', ['Can I collect my plants later than booked?'], 'Each extra day is charged at the daily boarding rate.'),
    faqEntry('opening-hours', 'en', 'What are your opening hours?', [], 'Monday to Saturday, 9:00 to 18:00.'),
  ]);
  it.each([
    ['trip got called off, my drop off was next wednesday, do i lose the 50', 'cancel'],
    ["flight got delayed, i'll pick up my plants 3 days late, is that a problem", 'late-pickup'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(boarding(), question, ref));

  // And in a message that asks nothing, the clause that tells the business's own topic is the point, not the other.
  const repairs = suiteRetriever([
    faqEntry('data-recovery', 'en', 'Can you recover data from a drive that will not mount?', ['My external drive clicks, can you save my files?'], 'Yes, from 400 yuan; we quote after a free check.'),
    faqEntry('screen-repair', 'en', 'How much is a new phone screen?', [], 'From 600 yuan, fitted the same day.'),
    faqEntry('account-lockout', 'en', 'I am locked out of my account, how do I get back in?', ['How do I reset my password?'], 'Use "Forgot password" on the login page.'),
  ]);
  it('answers a story whose other domain is in another clause than its topic', () => {
    expectAnsweredFrom(repairs(), "my external drive clicks and won't mount, my thesis is on it", 'data-recovery');
  });
  // A guard: the clause naming the entry's topic names the other domain too ("my bank app … locking me out").
  it('hands off a story whose topic is told in the clause of the other domain', () => {
    expectHandedOff(repairs(), 'my bank app keeps locking me out, how do I fix it');
  });

  // The first names the domain in its asked clause too ("hiring", which the van hire entry explains in another sense).
  it.each(["are you hiring? I'd like to apply for a job", 'which bank gives the best interest rate?'])('hands off %s', (question) => {
    expectHandedOff(retriever(), question);
  });
});

// The same in Chinese, when the story tells no intent (INTENT_ZH): a clause that names the business's own thing (名片,
// 目录) while another clause of the story names another domain (入职, 论文) and the asked clause asks of the first.
describe('other domains named in the story around a Chinese question', () => {
  const print = suiteRetriever([
    faqEntry('cards', 'zh', '名片怎么做，多少钱？', ['印名片要几天？'], '名片100张起印，普通纸40元，特种纸80元，次日做好。'),
    faqEntry('layout', 'zh', '你们可以帮忙排版吗？', ['目录和页码能帮忙弄吗？'], '可以，文档排版、目录页码调整每份20元起。'),
    faqEntry('hours', 'zh', '营业时间是几点到几点？', [], '每天8:00–22:00。'),
  ]);

  it.each([
    ['刚入职 公司让自己弄名片 我就要一百张 要多少钱 多久能拿', 'cards'],
    ['论文页码老是设置不对 目录也乱了 能帮我调一下吗', 'layout'],
  ])('answers %s from its entry', (question, ref) => expectAnsweredFrom(print(), question, ref));

  // A guard: the other domain's word is in the clause that asks.
  it('hands off a question that asks the other domain in its asked clause', () => {
    expectHandedOff(print(), '名片印好了 你们公司还招人入职吗');
  });
});
