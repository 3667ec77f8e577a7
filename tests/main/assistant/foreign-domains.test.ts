import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, suiteRetriever } from './lexicon-kb.ts';

// Domains a business does not serve (foreign-domains.ts), over the businesses' FAQs in real SQLite knowledge
// bases. Each question shares a word with some entry (下雨 with water damage, 人民币 with a price, 医保卡 with a
// clinic's insurance entry, "customer service" with the shop's contact entry) and was answered from it; the
// look-alikes use the same words about the business's own service and must still be answered.
const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

describe('FOREIGN_DOMAINS', () => {
  describe('a phone repair shop', () => {
    const retriever = suiteRetriever(fixture('faq-repair.json'));

    it.each([
      '明天杭州会不会下雨？',
      '1欧元能换多少人民币',
      '你们收不收徒弟，我想学修手机',
    ])('hands off %s (weather, exchange rates, apprenticeships)', (question) => {
      expectHandedOff(retriever(), question);
    });

    it('still answers a phone soaked in the rain', () => {
      expectAnsweredFrom(retriever(), '下雨天手机淋湿了还能修吗', 'water-damage');
    });
  });

  describe('a dental clinic', () => {
    const retriever = suiteRetriever(fixture('faq-dental.json'));

    it('hands off replacing a lost medical-insurance card, the insurer\'s business', () => {
      expectHandedOff(retriever(), '医保卡掉了去哪里补办');
    });

    it.each(['社保卡能在你们那里用吗', '医保卡可以刷吗'])('still answers %s from its insurance entry', (question) => {
      expectAnsweredFrom(retriever(), question, 'insurance');
    });
  });

  describe('a pet groomer', () => {
    const retriever = suiteRetriever(fixture('faq-pet.json'));

    it.each(['我家猫走了，能帮忙联系火化吗', 'Where can I buy a kitten around here?'])('hands off %s (cremation, buying animals)', (question) => {
      expectHandedOff(retriever(), question);
    });

    it('still answers a new puppy\'s first groom', () => {
      expectAnsweredFrom(retriever(), 'I just bought a puppy, when can he have his first groom?', 'en-puppy-first-groom');
    });
  });

  describe('an online shop', () => {
    const retriever = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));

    it.each([
      "What's the phone number for UPS customer service?",
      '支付密码忘了怎么找回',
      'How do I open a checking account?',
      '有什么最新的国际新闻',
    ])('hands off %s (another company, a payment platform, a bank, the news)', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  describe('a restaurant', () => {
    const retriever = suiteRetriever(fixture('faq-restaurant.json'));

    it('hands off a request to recommend a hotel', () => {
      expectHandedOff(retriever(), 'Could you recommend a good hotel close to the lake?');
    });

    it('still answers delivering to a hotel nearby', () => {
      expectAnsweredFrom(retriever(), 'Is there a good hotel nearby you deliver to?', 'hotel-delivery');
    });
  });

  describe('a language school', () => {
    const retriever = suiteRetriever(fixture('faq-school.json'));

    it('hands off applying for a city transport card', () => {
      expectHandedOff(retriever(), 'How do I get a Shenzhen Tong card?');
    });

    it.each([
      ['Can you help me extend my visa if I enrol?', 'student-visa'],
      ['外教有工作签证吗', 'teachers'],
    ])('still answers %s, a visa the school talks about', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a hotel and a gym', () => {
    const hotel = suiteRetriever(fixture('faq-hotel.json'));
    const gym = suiteRetriever(fixture('faq-gym.json'));

    it('still answers a delayed flight for the airport shuttle', () => {
      expectAnsweredFrom(hotel(), '航班延误了，接机服务还能等吗', 'airport-shuttle');
    });

    it('still answers replacing a lost membership card', () => {
      expectAnsweredFrom(gym(), '实体卡弄丢了怎么补办', 'lost-card');
    });
  });
});
