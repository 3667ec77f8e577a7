import { describe, expect, it } from 'vitest';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, faqEntry as entry, suiteRetriever } from './lexicon-kb.ts';

// A small picture-framing studio, a kind of business no lexicon is written for, with the entries every business
// with premises has: hours, where it is, parking, paying, booking, changing a booking, reaching someone, English.
// Its Chinese and English FAQs are separate knowledge bases, so each question meets only entries in its language.
const STUDIO_ZH: FaqDraft[] = [
  entry('hours-zh', 'zh', '营业时间是几点到几点？', ['几点开门？', '周末营业吗？'], '每天10:00–20:00营业，春节休息三天。'),
  entry('location-zh', 'zh', '店的地址是什么？', ['地址在哪？'], '文华路88号2楼。'),
  entry('parking-zh', 'zh', '有停车位吗？', ['停车收费吗？'], '楼下地下车库，消费满200元免2小时停车费。'),
  entry('payment-zh', 'zh', '支持哪些付款方式？', ['可以刷卡吗？'], '微信、支付宝、银联卡和现金都可以。'),
  entry('booking-zh', 'zh', '需要预约吗？', ['怎么预约？'], '建议提前在小程序预约；没有预约也可以来，按到店顺序安排。'),
  entry('cancel-zh', 'zh', '预约了可以取消吗？', ['预约能改时间吗？'], '开始前2小时在小程序取消或改时间，不收费。'),
  entry('contact-zh', 'zh', '怎么联系你们？', ['客服电话多少？'], '电话 0571-8888 1234，每天10:00–20:00。'),
];
const STUDIO_EN: FaqDraft[] = [
  entry('hours-en', 'en', 'What are your opening hours?', ['Are you open on Sundays?'], 'Every day from 10am to 8pm; closed for three days at Chinese New Year.'),
  entry('location-en', 'en', "What's your address?", ['What is the address of the studio?'], '88 Wenhua Road, 2nd floor.'),
  entry('parking-en', 'en', 'Is there parking?', ['Do you have a car park?'], 'There is a car park under the building; spend 200 yuan for 2 hours free.'),
  entry('payment-en', 'en', 'What payment methods do you accept?', ['Can I pay by card?'], 'WeChat, Alipay, UnionPay cards and cash.'),
  entry('booking-en', 'en', 'Do I need an appointment?', ['How do I book?'], 'Booking in the mini program is best; without one we see you in order of arrival.'),
  entry('cancel-en', 'en', 'Can I cancel my appointment?', ['What is your cancellation policy?'], 'Cancel up to 2 hours before, free of charge.'),
  entry('contact-en', 'en', 'How can I contact you?', ['What is your phone number?'], 'Call 0571-8888 1234, daily 10am to 8pm.'),
  entry('english-en', 'en', 'Do your staff speak English?', [], 'Two of our framers speak English.'),
];

// Customers describing their situation instead of naming the topic: a time instead of "hours", a station or a
// lost shop instead of "address", an e-bike instead of "parking", a brand instead of "payment method".
describe('visit lexicon on a small business FAQ', () => {
  const studioZh = suiteRetriever(STUDIO_ZH);
  const studioEn = suiteRetriever(STUDIO_EN);

  it.each([
    ['七点半过去还赶得上吗', 'hours-zh'],
    ['礼拜三你们开不开', 'hours-zh'],
    ['导航搜不到你们店，具体在哪个位置', 'location-zh'],
    ['骑电瓶车过去停哪儿', 'parking-zh'],
    ['国外的卡能用吗', 'payment-zh'],
    ['没约的话现在过去行吗', 'booking-zh'],
    ['约好的那次想挪个时间', 'cancel-zh'],
    ['你们微信号多少', 'contact-zh'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(studioZh(), question, ref));

  it.each([
    ['Could I swing by around 6:45pm on my way home?', 'hours-en'],
    ["I can't find your shop, is it near the metro?", 'location-en'],
    ['Where can I leave my e-scooter?', 'parking-en'],
    ['Do you take Alipay?', 'payment-en'],
    ['Is it first come first served?', 'booking-en'],
    // Not "to Friday": a day beside moving an appointment is its date (number-facts.ts, daySpans), and "Friday" had
    // met this entry only through the `hours` of its "2 hours before".
    ['Something came up, can I move my appointment to another day?', 'cancel-en'],
    ["What's your WeChat ID?", 'contact-en'],
    ['My Chinese is limited, will anyone understand me?', 'english-en'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(studioEn(), question, ref));

  // Off-topic questions that share a look-alike word with these entries.
  it.each(['Good morning!', 'Can you help me apply for a student visa?'])('still hands off %s', (question) => expectHandedOff(studioEn(), question));
  it.each(['帮我把这段话翻译成英文', '有两点要求想先确认一下'])('still hands off %s', (question) => expectHandedOff(studioZh(), question));

  it.each([
    // The visa one applies for is no card, cash back no way to pay.
    ['I need a tourist visa for my trip', 'payment'],
    ['Can I get cash back on this?', 'payment'],
    // A credit card is a way to pay, not money credited back.
    ['Do you take credit cards?', 'refund'],
    ['Can I use a debit card?', 'declined'],
    // Points of a list, "a little", greetings are no times of day.
    ['有两点要求想确认一下', 'hours'],
    ['能便宜一点吗', 'hours'],
    ['下午好', 'hours'],
    // The customer's own working day is not the business's hours.
    ['我白天上班，能把狗放你们那吗', 'hours'],
    // A garage's 停车 is the car stopping; its parking brake is a part of the car.
    ['停车时刹车有异响', 'parking'],
    ['My parking brake squeaks', 'parking'],
    // 电瓶车 is an e-bike, not a car battery.
    ['电瓶车可以停店门口吗', 'battery'],
    // Moving one's belongings is a removal firm's business, not a new time for an appointment.
    ['Can you move my piano to the third floor?', 'reschedule'],
    ['How much to move it across town?', 'reschedule'],
  ])('keeps %s out of %s', (text, concept) => expect(conceptsOf(text)).not.toContain(concept));

  it.each([
    ['Is 7:30pm too late?', 'hours'],
    ['see you at 21:00?', 'hours'],
    ['下午6点半到', 'hours'],
    ['八点多过去', 'hours'],
    ['Alipay OK?', 'payment'],
    ['小电驴放哪儿', 'parking'],
  ])('reads %s as %s', (text, concept) => expect(conceptsOf(text)).toContain(concept));
});
