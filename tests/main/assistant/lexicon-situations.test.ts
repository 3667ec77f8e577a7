import { describe, expect, it } from 'vitest';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { conceptsOf, expectAnsweredFrom, expectHandedOff, faqEntry as entry, suiteRetriever } from './lexicon-kb.ts';

// A tailor and shoe-repair shop, a kind of business no lexicon is written for, that takes the customer's things in
// and collects and returns them: its FAQ names each topic ("damage", "missing item", "express"), while customers
// tell what happened to them. Its Chinese and English FAQs are separate knowledge bases.
const TAILOR_ZH: FaqDraft[] = [
  entry('damage-zh', 'zh', '衣物在你们这里损坏了怎么赔偿？', [], '取回后7天内联系我们，确属我方造成的损坏免费返工，无法修复的按价赔偿。'),
  entry('lost-zh', 'zh', '送修的衣物遗失了怎么办？', [], '每件衣物登记拍照，确认遗失按购买价折旧赔偿。'),
  entry('express-zh', 'zh', '改衣一般几天完成？', ['能加急吗？'], '一般3天，加急次日完成，加收50%。'),
  entry('products-zh', 'zh', '你们用什么清洁剂？', [], '默认使用温和洗涤剂，可备注使用无香型。'),
  entry('pickup-zh', 'zh', '上门取送的时间怎么约？', [], '在小程序选择两小时的时间段。'),
  entry('pockets-zh', 'zh', '口袋里落下的东西怎么处理？', [], '收衣时检查，找到的物品装袋随衣物一起归还。'),
  entry('fit-zh', 'zh', '改好的衣服不合身怎么办？', [], '7天内带回免费调整。'),
  entry('hours-zh', 'zh', '营业时间是几点？', [], '每天9:00–20:00。'),
];
const TAILOR_EN: FaqDraft[] = [
  entry('damage-en', 'en', 'What if an item is damaged while in your care?', [], 'Tell us within 7 days; we redo the work or pay for the item.'),
  entry('lost-en', 'en', 'What if an item is missing from my order?', [], 'Every piece is tagged; we trace it and refund its value if we cannot find it.'),
  entry('express-en', 'en', 'How long do alterations take?', ['Do you have an express service?'], 'Usually 3 days; express next-day service costs 50% more.'),
  entry('products-en', 'en', 'What cleaning products do you use?', [], 'A mild detergent; ask for our unscented option.'),
  entry('pickup-en', 'en', 'How do home pickups work?', [], 'Choose a two-hour slot in the app; the driver calls when close.'),
  entry('pockets-en', 'en', 'What happens to things left in pockets?', [], 'We check garments at intake and bag anything we find.'),
  entry('fit-en', 'en', "What if the altered clothes don't fit right?", [], 'Bring them back within 7 days for a free adjustment.'),
  entry('hours-en', 'en', 'What are your opening hours?', [], 'Every day 9am to 8pm.'),
];

// A handyman service that visits homes: a quoted price, jobs billed by the hour, its own earlier work.
const HANDYMAN_ZH: FaqDraft[] = [
  entry('quote-zh', 'zh', '怎么报价？', [], '上门看过后给出书面报价，开工后不会另外加价。'),
  entry('rates-zh', 'zh', '按小时怎么收费？', [], '每小时120元，最少2小时，超出部分按小时计。'),
  entry('warranty-zh', 'zh', '维修有质保吗？', [], '人工质保6个月。'),
  entry('visit-zh', 'zh', '约好的时间可以改吗？', [], '提前一天在小程序修改，免费。'),
];
const HANDYMAN_EN: FaqDraft[] = [
  entry('quote-en', 'en', 'How do you price a job?', [], 'We visit and give a written quote; it will not change once work starts.'),
  entry('rates-en', 'en', 'What are your hourly rates?', ['Do you charge by the hour?'], '120 yuan an hour, two hours minimum; each extra hour after that is 120 yuan.'),
  entry('warranty-en', 'en', 'Is your work guaranteed?', [], 'Labour is guaranteed for 6 months.'),
  entry('visit-en', 'en', 'Can I change my appointment?', [], 'Change it in the app up to a day before, free of charge.'),
];

// Each of these is handed off or answered from another entry without lexicon-situations.ts.
describe('situation lexicon on a tailor FAQ', () => {
  const tailorZh = suiteRetriever(TAILOR_ZH);
  const tailorEn = suiteRetriever(TAILOR_EN);

  it.each([
    ['裤子取回来裤脚开线了，之前没有的', 'damage-zh'],
    ['我的外套你们搞丢了吗', 'lost-zh'],
    ['下周一要穿去婚礼，赶得上吗', 'express-zh'],
    ['宝宝有湿疹，能用不含香精的吗', 'products-zh'],
    ['裤兜里忘了掏的耳机还能找回来吗', 'pockets-zh'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(tailorZh(), question, ref));

  it.each([
    ['The lining came apart and there is a tear in the sleeve that was not there before', 'damage-en'],
    ['My jacket went missing while you had it', 'lost-en'],
    ['I need the suit by Saturday for a wedding, can you hurry it?', 'express-en'],
    ['My skin reacts to perfume, can you clean it fragrance-free?', 'products-en'],
    ["I'm not home tomorrow when the driver comes, what now?", 'pickup-en'],
    ['I think I left my keys in my pocket', 'pockets-en'],
    ['The new trousers pinch at the waist', 'fit-en'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(tailorEn(), question, ref));

  it.each(['How do I wash a wool jumper without it shrinking?', 'What is the capital of France?'])('still hands off %s', (question) =>
    expectHandedOff(tailorEn(), question),
  );
});

describe('situation lexicon on a handyman FAQ', () => {
  const handymanZh = suiteRetriever(HANDYMAN_ZH);
  const handymanEn = suiteRetriever(HANDYMAN_EN);

  it.each([
    ['干到一半会不会现场加价', 'quote-zh'],
    ['要是超时了怎么算钱', 'rates-zh'],
    ['你们上次修的水龙头又坏了', 'warranty-zh'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(handymanZh(), question, ref));

  it.each([
    ['Could the price go up after you start, or is the quote final?', 'quote-en'],
    ['What if it takes longer than planned?', 'rates-en'],
    ['The tap you fixed last month is dripping again, same problem', 'warranty-en'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(handymanEn(), question, ref));
});

describe('situation lexicon look-alikes', () => {
  // The sample shop: a parcel that arrives broken still goes to its damaged-item entry, a lost password to the
  // password entry, a part of an order missing from the box to the wrong-item entry, a thing that stopped working
  // some time after it was bought to the warranty.
  const shop = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));

  it.each([
    ['打开箱子发现杯子碎了', 'damaged-item'],
    ['My order arrived damaged', 'damaged-item'],
    ['Only 2 of the 3 plates were in the box', 'wrong-item'],
    ['I lost my password', 'password-reset'],
    ['买完第二天就降价了，能补给我吗', 'price-protection'],
    ["The toaster I got from you won't switch on anymore", 'warranty'],
    // sent to where the customer is: "here" after a country is shipping abroad
    ["I'm based in Portugal, can I get things sent here?", 'international-shipping'],
    ['we live in Japan, will you send stuff here?', 'international-shipping'],
  ])('answers %s from %s', (question, ref) => expectAnsweredFrom(shop(), question, ref));

  it.each([
    // A lost password is no lost item, care advice about shrinking no damage, stock left no missing item.
    ['I lost my password', 'wrong_item'],
    ['How do I stop it shrinking in the wash? I want to wash it without shrinking', 'damage'],
    ['There are only 2 of them left in stock', 'wrong_item'],
    // "can you fix" is no earlier repair, being run over by a car no overrun, money in an account no item left in a pocket.
    ['Can you fix my zip?', 'warranty'],
    ['My dog was run over by a car', 'overtime'],
    ['How much money in my account is left?', 'lost_property'],
    // Asking whether a parcel can go by courier is no rush.
    ['能不能快递到北京', 'turnaround'],
  ])('keeps %s out of %s', (text, concept) => expect(conceptsOf(text)).not.toContain(concept));

  it.each([
    ["I won't be home during my delivery window", 'no_show'],
    ['快递来的时候家里没人', 'no_show'],
    ["do you just dump them on the doorstep if no one's in?", 'no_show'],
    ['The job ran over by two hours', 'overtime'],
    ['搬家超时了', 'overtime'],
    ['Can you use unscented detergent?', 'sensitivity'],
    ['美容的时候把狗狗剪伤了', 'damage'],
    ['The warning light you fixed is on again', 'warranty'],
    ['看完嫌贵不修了要收费吗', 'estimate'],
    ['洗好的衣服一直不拿会怎样', 'unclaimed'],
    ['I need it by Friday', 'turnaround'],
    ['染完没几天就掉色了', 'redo'],
    ['The repair lasted only a week', 'warranty'],
    ["Two of my shirts weren't in the bag when it came back", 'wrong_item'],
  ])('reads %s as %s', (text, concept) => expect(conceptsOf(text)).toContain(concept));
});
