import { describe, expect, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// Questions of other domains (foreign-domains.ts), most in Chinese, that shared a word with an entry and were answered from
// it: a job as customer service, a unit conversion, a text to write, which insurer to buy from, the last bus,
// places to go, a courier's phone number, whether the assistant is a person, a dish's story. A word the business uses about its own service (自驾过去, parking) is still its own.
const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

describe('FOREIGN_DOMAINS in Chinese', () => {
  describe('an online shop', () => {
    const retriever = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));

    it.each(['你们门店招客服吗', '两斤等于多少克', '人工智能以后会不会取代客服', '昨晚的足球比赛谁赢了', 'did you watch the football on Saturday, who scored?', 'how do I change the oil in my van'])(
      'hands off %s (a job, a unit conversion, the news, sport, a vehicle)',
      (question) => {
        expectHandedOff(retriever(), question);
      },
    );

    // A receptionist or a driver recruited (招…前台, 招…司机), though the shop has a front desk and delivers.
    it.each(['店里还招前台不', '你们招不招开货车的司机'])('hands off %s (a job)', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  // A sum is for the assistant, however many numbers a price entry has.
  describe('a cake shop with a price list', () => {
    const retriever = suiteRetriever([
      faqEntry('price', 'zh', '蛋糕多少钱？', ['六寸的多少钱', '一个蛋糕要多少'], '6寸128元，8寸168元，10寸228元，每多一层加100元。'),
      faqEntry('price-en', 'en', 'How much is a cake?', ['What does an 8 inch cake cost?'], '6 inch 128 yuan, 8 inch 168 yuan, 10 inch 228 yuan.'),
    ]);

    it.each(['25乘以4等于多少', 'what is 168 divided by 8', '8加6等于几', 'what does 128 plus 40 equal'])('hands off %s as a request to the assistant', (question) => {
      expect(retriever().retrieve(question).signals?.foreign).toContain('assistant_tasks');
      expectHandedOff(retriever(), question);
    });
  });

  // A story that tells what happened (paid with a bank's card) is context: the refund is still the shop's question. One
  // that tells what the customer wants to do elsewhere (想去…办卡) makes the bank the question's.
  describe('a story around the question', () => {
    const retriever = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));
    const hotel = suiteRetriever(fixture('faq-hotel.json'));

    it('answers when a refund arrives after a story that names a bank', () => {
      expectAnsweredFrom(retriever(), '用工商银行卡买的，退回去的包裹你们昨天签收了，几号能收到退款', 'refund-time');
    });

    it('hands off the same ask after a story of wanting to do something at the bank', () => {
      expectHandedOff(retriever(), '我想去招商银行办卡，几号能收到退款');
    });

    // The intent is told in the clause that asks the business (准备 for the stay), not in the one naming the trip.
    it('answers when the intent is in another clause than the other domain', () => {
      expectAnsweredFrom(hotel(), '我是美国人，来中国旅游，住店要准备什么材料', 'id-registration');
    });
  });

  describe('a tailor that ships with 顺丰', () => {
    const retriever = suiteRetriever(fixture('faq-blind10-g.json'));

    it("hands off the courier's own phone number", () => {
      expectHandedOff(retriever(), '顺丰的电话是多少');
    });

    it('still answers shipping a finished suit with it', () => {
      expectAnsweredFrom(retriever(), '做好了能用顺丰寄给我吗', 'pickup-delivery');
    });
  });

  describe('a pet groomer', () => {
    const retriever = suiteRetriever(fixture('faq-pet.json'));

    it.each(['帮我写一段给猫咪的祝福', '宠物保险哪家靠谱'])('hands off %s (a text to write, an insurer)', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  describe('a restaurant', () => {
    const retriever = suiteRetriever(fixture('faq-restaurant.json'));

    it("hands off the story of a dish it serves", () => {
      expectHandedOff(retriever(), '西湖醋鱼是怎么来的，有什么典故');
    });
  });

  describe('an escape room', () => {
    const retriever = suiteRetriever(fixture('faq-blind9-e.json'));

    it('hands off whether the assistant is a person', () => {
      expectHandedOff(retriever(), '你是真人还是机器人啊');
    });

    it('still answers whether its actors are people', () => {
      expectAnsweredFrom(retriever(), '主题里的NPC是真人还是机器人', 'scare-level');
    });
  });

  describe('a gym', () => {
    const retriever = suiteRetriever(fixture('faq-gym.json'));

    it('hands off the last bus home', () => {
      expectHandedOff(retriever(), '附近公交末班车几点');
    });

    it('still answers parking for a customer who drives there', () => {
      expectAnsweredFrom(retriever(), '我自驾过去，车放地库要交钱吗', 'parking');
    });
  });

  // 开车 is also a coach leaving: 快开车了 and 开车前三分钟 ask about the departure, not about driving.
  describe('an intercity coach company', () => {
    const retriever = suiteRetriever(fixture('faq-blind22-coach.json'));

    it('answers a departure said as 开车', () => {
      expectAnsweredFrom(retriever(), '开车前三分钟到还能检票上车吗？', 'zh-boarding');
      expectAnsweredFrom(retriever(), '快开车了还能在窗口买票吗？', 'zh-buy');
    });

    it('still hands off driving', () => {
      expectHandedOff(retriever(), '我的汽车年检怎么办？');
    });
  });
});
