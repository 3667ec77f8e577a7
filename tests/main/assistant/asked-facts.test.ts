import { describe, expect, it } from 'vitest';
import { askedFacts, factsAskedBy, statedFacts } from '../../../src-main/assistant/asked-facts.ts';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

describe('askedFacts', () => {
  it.each([
    ['which courier do you use for parcels abroad?', ['name']],
    ['你们用哪家快递', ['name']],
    ['where can I see today’s rates?', ['place']],
    ['金价在哪里能查到', ['place']],
    ['what time do you open on Sundays?', ['clock', 'opening']],
    ['门店几点开门', ['clock']],
    ['how many days until my refund shows up?', ['days']],
    ['退款几天能到账', ['days']],
    ['when will my order ship?', ['time']],
    ["when's the oak shelf coming back", ['time']],
    ['i want everything ready before the kids show up, when can i get into the room', ['time']],
    ['We paid the deposit in May. When is the rest due?', ['time']],
    ['what temperature do you fire the glaze kiln to?', ['temperature']],
    ['釉烧温度是多少度', ['temperature']],
    ['is the wifi fast enough, what speed is it?', ['speed']],
    ['how big is the smallest room?', ['size']],
    ['画框最大做多大', ['size']],
    ['is there a weight limit for the kayak?', ['weight']],
    ['孩子多大可以学游泳', ['age']],
    ['what age can kids start?', ['age']],
    ['how many people can the room hold?', ['capacity']],
    ['包间最多能坐几个人', ['capacity']],
    ['are you open on public holidays like christmas day', ['holiday']],
    ['春节那几天开门吗', ['holiday']],
    ['how far can your hire e-bikes go on one charge', ['distance']],
    ['电助力车充满电能骑多少公里？', ['distance']],
    ['how far are you from the subway', ['distance']],
    ['is the lost property office at central station open on sundays', ['opening']],
    ['失物招领处周末开门吗？', ['opening']],
    ['学生优惠每年能用几次？', ['times']],
    ['how often do you send the newsletter', ['times']],
  ])('reads what %s asks for', (question, kinds) => {
    expect(askedFacts(question).sort()).toEqual([...kinds].sort());
  });

  it.each(['快递好几天没更新了', '国庆想寄放 现在约来得及吗', 'do you still deliver over chinese new year', 'how far ahead do we need to reserve her spot?', 'How far in advance should I book?', '我平时上班只有周六日有空', '练了几次科二不想学了钱怎么退', '密码输错好几次，现在进不去了', '学费能分几个月付吗', 'can I pay when the courier arrives?', 'will it be ready when I come, is that ok?', 'how much is a wash?', 'how long is the power off for?', '工期多长', '想订一张改尺寸的床，先付一部分行吗'])(
    'reads no kind of fact in %s',
    (question) => {
      expect(askedFacts(question)).toEqual([]);
    },
  );

  // After a difference, a merit or a fault, 在哪 asks in what way: the packages entry answers 差在哪 without naming a place.
  it.each(['豪华的跟基础的差在哪', '两种套餐区别在哪里', '问题出在哪', '这两个哪里不一样'])('reads no place in %s', (question) => {
    expect(askedFacts(question)).toEqual([]);
  });

  it.each(['入口在哪', '集合地点在哪里', '你们店在哪儿'])('still reads a place in %s', (question) => {
    expect(askedFacts(question)).toEqual(['place']);
  });

  it('counts an entry asked how long as stating the days', () => {
    expect(factsAskedBy('How long does a refund take?').sort()).toEqual(['days', 'time']);
  });
});

describe('statedFacts', () => {
  it.each([
    ['We ship with SF Express to over 30 countries.', ['name', 'place']],
    ['请在小程序“我的”→“会员”里关闭。', ['name', 'place']],
    ['每天9:00–21:00营业。', ['clock', 'holiday', 'opening', 'time', 'times']],
    ['节假日照常营业。', ['holiday', 'time']],
    ['E-bikes go about 60 km on one charge.', ['distance']],
    ['步行5分钟就到。', ['distance', 'time']],
    ['Check-ups are every 6 weeks.', ['days', 'time', 'times']],
    ['每位学员可以免费换两次教练。', ['times']],
    ['Refunds reach your card in 3–5 business days.', ['days', 'opening', 'place', 'time']],
    ['取消后1小时内原路退回。', ['place', 'time']],
    ['Glazes are fired to 1240°C over 10 hours.', ['temperature', 'time']],
    ['全屋千兆光纤，免费使用。', ['speed']],
    ['Rooms are 12 m² and sleep two adults.', ['place', 'size']],
    ['Kayaks take paddlers up to 100 kg, ages 12 and over.', ['age', 'weight']],
    ['Under-5s swim free.', ['age']],
    ['Groups of up to 12 are welcome.', ['capacity']],
    ['包间可容纳20人。', ['capacity']],
    ['We open 10 minutes before the class.', ['clock', 'time']],
  ])('reads what %s states', (answer, kinds) => {
    expect(statedFacts(answer).sort()).toEqual([...kinds].sort());
  });
});

// Questions on an entry's topic that ask for a kind of fact its answer does not give. One made-up jeweller's FAQ.
const JEWELLER = [
  faqEntry('abroad', 'en', 'Do you ship abroad?', ['Can I order from overseas?'], 'Yes, we ship to over 30 countries; international parcels arrive in 7–14 business days.'),
  faqEntry('cancel', 'en', 'Can I cancel my order?', ['Is there a cancellation fee?'], 'Cancelling more than 2 hours before dispatch is free and fully refunded; after that we charge 10%.'),
  faqEntry('zh-cancel', 'zh', '订单可以取消吗？', ['取消订单要扣钱吗？'], '发货前2小时以上取消免费，全额退款；之后取消收取10%手续费。'),
  faqEntry('zh-sell', 'zh', '黄金可以卖给你们吗？', ['你们回收黄金吗？'], '可以，黄金按当天回收金价的95%收购，当场付款。'),
  faqEntry('zh-pickup', 'zh', '可以到店自取吗？', ['能自己来拿吗？'], '可以，下单时选择到店自取，做好后短信通知您。'),
];

describe('Retriever: a kind of fact the best entry does not state', () => {
  const retriever = suiteRetriever(JEWELLER);

  it.each([
    'which courier do you use for international parcels?',
    'after I cancel, how many days until the refund shows up?',
    '取消订单后钱几天能退回来',
    '黄金回收价每天在哪里能查到',
    '到店自取几点开门',
  ])('hands off %s', (question) => {
    expectHandedOff(retriever(), question);
  });

  it.each([
    ['how long do international parcels take?', 'abroad'],
    ['取消订单要扣钱吗', 'zh-cancel'],
    ['黄金回收吗', 'zh-sell'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(retriever(), question, ref);
  });

  it('says which kind went unstated', () => {
    expect(retriever().retrieve('which courier do you use for international parcels?').signals?.unstated).toEqual(['name']);
  });

  // A week's opening hours do not say whether the doors open on Christmas Day; hours kept every day do.
  describe('opening days and holidays, distances and how often', () => {
    const bike = suiteRetriever(new URL('../../fixtures/faq-blind22-bike.json', import.meta.url));
    const coach = suiteRetriever(new URL('../../fixtures/faq-blind22-coach.json', import.meta.url));
    const everyDay = suiteRetriever([faqEntry('hours', 'en', 'When are you open?', ['What are your opening hours?'], 'We are open 9am–6pm, seven days a week.')]);

    it('hands off a holiday the hours do not name', () => {
      expectHandedOff(bike(), 'are you open on public holidays like christmas day');
      expectAnsweredFrom(bike(), 'are you open on sundays?', 'opening-hours');
    });

    it('hands off a distance the rates do not give', () => {
      expectHandedOff(bike(), 'how far can your hire e-bikes go on one charge');
      expectHandedOff(bike(), '电助力车充满电能骑多少公里？');
      expectAnsweredFrom(bike(), 'how much is an e-bike for the whole day?', 'hire-rates');
    });

    it('hands off opening days and a number of times the entries do not give', () => {
      expectHandedOff(coach(), 'is the lost property office at central station open on sundays');
      expectHandedOff(coach(), '失物招领处周末开门吗？');
      expectHandedOff(coach(), '学生优惠每年能用几次？');
      expectAnsweredFrom(coach(), '丢的东西你们能寄给我吗？', 'zh-lost');
    });

    it('answers it from hours kept every day', () => {
      expectAnsweredFrom(everyDay(), 'are you open on public holidays like christmas day', 'hours');
    });
  });

});

// A measure asked of an entry that gives none: the kiln entry tells what the kiln does, not how hot it gets.
describe('Retriever: a measure the best entry does not give', () => {
  const studio = suiteRetriever([
    faqEntry('kiln', 'en', 'What if my piece breaks in the kiln?', ['Do you replace pieces that crack when fired?'], 'Kilns are unpredictable: a piece that cracks or explodes during firing is not refunded, but we fire your next piece free.'),
    faqEntry('wifi', 'en', 'Is there wifi in the studio?', ['Can I get online?'], 'Yes, free wifi throughout the studio; the password is on the noticeboard.'),
    faqEntry('glaze', 'en', 'How hot is the glaze firing?', [], 'Glaze firings go to 1240°C (cone 6).'),
    faqEntry('kids', 'en', 'Do you run a kids club?', ['Is there something for children?'], 'Our kids club runs on Saturday mornings for ages 6–12, with clay and glazes included.'),
  ]);

  it.each(['what speed is the wifi?', 'what temperature does the kiln reach when my piece is fired?', 'how many children does each teacher look after at the kids club?'])('hands off %s', (question) => {
    expectHandedOff(studio(), question);
  });

  it('answers it from the entry that gives it', () => {
    expectAnsweredFrom(studio(), 'what temperature is the glaze firing?', 'glaze');
  });
});

describe('Retriever: the entry on the topic that states the kind of fact asked', () => {
  const shop = suiteRetriever([
    ...JEWELLER,
    faqEntry('zh-refund', 'zh', '退款什么时候到账？', [], '退款在1–3个工作日内原路退回。'),
    faqEntry('zh-hours', 'zh', '门店营业时间？', [], '门店每天10:00–20:00营业。'),
  ]);

  it.each([
    ['取消以后退款几天能到账', 'zh-refund'],
    ['到店自取几点开门', 'zh-hours'],
  ])('answers %s from %s', (question, ref) => {
    expectAnsweredFrom(shop(), question, ref);
  });
});
