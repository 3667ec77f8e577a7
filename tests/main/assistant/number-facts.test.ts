import { describe, expect, it } from 'vitest';
import { daySpans, numberFacts, statesMoney } from '../../../src-main/assistant/number-facts.ts';
import type { Retriever } from '../../../src-main/assistant/retriever.ts';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

/** The concepts the numbers of a text carry, each once, in the order numberFacts() finds them (text folded as analyze() folds it). */
const conceptsOf = (text: string): string[] => [...new Set(numberFacts(text.normalize('NFKC').toLowerCase()).flatMap((fact) => fact.concepts))];

describe('numberFacts()', () => {
  it('reads what kind of fact a number states, in English and Chinese, as the concept its entries use', () => {
    const cases: [string, string[]][] = [
      ['there are 6 of us', ['group']],
      ['our 12-person startup', ['group']],
      ['a trip for 25 colleagues', ['group']],
      ['一家五口', ['group']],
      ['我们8个人', ['group']],
      ["I'm 17, can I come alone?", ['age']],
      ['my daughter is 10', ['age']],
      ['孩子5岁', ['age']],
      ['my twins are 5', ['age']],
      ['我妈今年58了', ['age']],
      ['我都40多了还能学吗', ['age']],
      ['I live about 6km away', ['delivery_area']],
      ['离你们3公里', ['delivery_area']],
      ['at 6pm sharp', ['hours']],
      ['周六下午两点', ['hours']],
      ['nobody here by half seven', ['hours']],
      ['at quarter to eight', ['hours']],
      ['ten past six ok?', ['hours']],
      ['a Saturday on the 14th', ['booking']],
      ['3月5号那天', ['booking']],
      ['around 200 rmb', ['price']],
      ['满200减30的券', ['price', 'coupon']],
      ['maybe 1.5kg of shirts', ['pet_size']],
      ['穿42码', ['size']],
      ['凑到一百块能包邮吗', ['price']],
      ['订单才六十几块', ['price']],
      ['我账户里有3000分', ['points']],
      ['I have 500 points left', ['points']],
      ['we need 30 of the same chairs', ['bulk']],
      ['pricing for 100 bedside lamps', ['bulk']],
      ['公司要买一百件', ['bulk']],
    ];
    for (const [text, concepts] of cases) expect([text, conceptsOf(text)]).toEqual([text, concepts]);
  });

  it('reads a count written as an English word, with no digit in the text', () => {
    expect(numberFacts('there are six of us').map((fact) => fact.concepts)).toEqual([['group']]);
    expect(numberFacts('a party of eight on friday').map((fact) => fact.concepts)).toEqual([['group']]);
    expect(numberFacts('no numbers here')).toEqual([]);
  });

  it('reads no fact into a number that is only a count, a code or a rank', () => {
    for (const text of ['手机号少打了一位', '一个人来可以吗', '第三名', 'order 10234', "I'm 5 minutes late", 'iphone 13', '便宜一点', '有两点要求', 'maybe 1 or 2', 'the 5th floor', '12+ items', '考了90分', 'only 3 of the 4 chairs', 'giftwrap 2 items', 'waited 20 minutes', '一块儿去', '等了二十几分钟', '两件衣服', 'five to ten items', '都3天了还没到', 'the kids are 5 minutes away']) {
      expect([text, conceptsOf(text)]).toEqual([text, []]);
    }
  });
});

// A business no lexicon is written for: every question names the cruise, and only the number it states (how many
// of us, how old, how far, how much) tells which entry answers it, through the same kind of fact in that entry's
// answer. One FAQ per language, so what is checked is the fact, not which language's entry wins.
const FAQ_EN = [
  faqEntry('boarding', 'en', 'How do we get on the cruise?', [], 'Show your ticket at gate B on the pier.'),
  faqEntry('groups', 'en', 'Can a big party take the cruise?', [], 'Yes: for 10 or more people we reserve the upper deck.'),
  faqEntry('ages', 'en', 'Can children take the cruise?', [], 'Passengers under 16 must sail with an adult; babies under 2 ride free.'),
  faqEntry('pickup', 'en', 'Can the cruise collect us from our hotel?', [], 'Our van picks guests up anywhere within 8 km of the pier.'),
  faqEntry('fares', 'en', 'What does the cruise cost?', [], 'An evening cruise is ¥180 per adult.'),
];
const FAQ_ZH = [
  faqEntry('boarding-zh', 'zh', '坐游船在哪里上船？', [], '在码头B口检票上船。'),
  faqEntry('groups-zh', 'zh', '团体能坐游船吗？', [], '可以，10人以上可包下整层。'),
  faqEntry('ages-zh', 'zh', '小朋友能坐游船吗？', [], '16岁以下须有大人陪同，2岁以下免费。'),
  faqEntry('pickup-zh', 'zh', '坐游船能到酒店接吗？', [], '码头8公里以内的酒店都可以免费接。'),
];

describe('statesMoney()', () => {
  it('finds an amount of money anywhere in a text, also where the money fact finds none', () => {
    for (const text of ['Wash and fold is ¥15 per kilo.', '每公斤 12 元', '检测费 50 元', 'A deposit of 20 Pounds', 'around 200 RMB']) expect([text, statesMoney(text)]).toEqual([text, true]);
    // Spaced from its 元 or written as pounds, an amount is no `money` fact where it stands.
    expect(conceptsOf('检测费 50 元')).toEqual([]);
    expect(conceptsOf('a deposit of 20 pounds')).toEqual([]);
  });

  it('names no money in numbers that measure or count', () => {
    for (const text of ['We move pianos up to the 5th floor; call 400-123-4567.', '3–5 个工作日', '孩子5岁', 'a 12kg dog']) expect([text, statesMoney(text)]).toEqual([text, false]);
  });
});

describe('daySpans()', () => {
  it('finds the days a customer names, with the part of the day, and no length of time', () => {
    const days = (text: string) => daySpans(text).map(({ start, end }) => text.slice(start, end));
    expect(days('约了周六下午，能挪到下周吗')).toEqual(['周六下午', '下周']);
    expect(days('明儿有空档吗，下礼拜也行')).toEqual(['明儿', '下礼拜']);
    expect(days("can't make it next wednesday, this saturday morning or tomorrow?")).toEqual(['next wednesday', 'this saturday morning', 'tomorrow']);
    expect(days('一周一次，上了两个星期')).toEqual([]);
  });
});

describe('a question that states a number of people, an age, a distance or a sum', () => {
  const english = suiteRetriever(FAQ_EN);
  const chinese = suiteRetriever(FAQ_ZH);

  it('is answered from the entry whose answer states the same kind of fact', () => {
    const cases: [() => Retriever, string, string][] = [
      [english, 'there are 14 of us, is the cruise ok for us?', 'groups'],
      [english, 'my sister is 12, is the cruise ok for her?', 'ages'],
      [english, "we're about 5km away, is the cruise ok for us?", 'pickup'],
      [english, 'is 150 rmb enough for the cruise?', 'fares'],
      [chinese, '我们一共12个人，能坐游船吗', 'groups-zh'],
      [chinese, '妹妹才5岁，能坐游船吗', 'ages-zh'],
      [chinese, '我们住得离这3公里，能坐游船吗', 'pickup-zh'],
    ];
    for (const [retriever, question, ref] of cases) expectAnsweredFrom(retriever(), question, ref);
  });
});

// A small rental business: its FAQ names the weekend only for its opening hours. A day the customer names beside a
// booking moved or a return that came late is that event's date (text-analysis.ts, daysOfEvents); many of one thing
// is a quantity to quote for; a balance in points is points, not a price.
const RENTAL = [
  faqEntry('hours-zh', 'zh', '几点开门？', ['周末开门吗？'], '每天9:00–20:00营业，周六周日照常。'),
  faqEntry('change-zh', 'zh', '预约了可以改时间吗？', [], '开始前24小时可以免费改一次。'),
  faqEntry('late-zh', 'zh', '晚还了怎么收费？', [], '超过约定归还时间按多租一天计算。'),
  faqEntry('points-zh', 'zh', '积分怎么用？', [], '积分可以在结账时抵扣。'),
  faqEntry('hours-en', 'en', 'When are you open?', ['Are you open on weekends?'], 'Every day 9am–8pm, Saturdays and Sundays too.'),
  faqEntry('change-en', 'en', 'Can I change my booking?', [], 'Free up to 24 hours before it starts.'),
  faqEntry('late-en', 'en', 'What if I return it late?', [], 'Each day past the agreed return day is charged as an extra day.'),
  faqEntry('bulk-en', 'en', 'Do you sell in bulk?', [], 'Yes, ask us for a quote.'),
];

describe('a question that names a day or a quantity', () => {
  const retriever = suiteRetriever(RENTAL);

  it('is read as the date of what happens on it, or as a quantity, not as opening hours', () => {
    const answered: [string, string][] = [
      ['we were supposed to return it on sunday but only got back tuesday, how much extra?', 'late-en'],
      ['can we get 40 folding chairs?', 'bulk-en'],
      ['我有3000分，能当钱花吗', 'points-zh'],
      // A day asked about on its own is still the opening hours.
      ['周末开门吗', 'hours-zh'],
      ['are you open on saturday?', 'hours-en'],
    ];
    for (const [question, ref] of answered) expectAnsweredFrom(retriever(), question, ref);
    // Two days of the customer's own plans are no opening hours: without an entry that fits, it is handed off.
    expectHandedOff(retriever(), '说好周日还的，结果周二才回来，这怎么算');
  });
});
