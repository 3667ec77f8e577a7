import { describe, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// Another trade's specific service (foreign-domains.ts TRADE_SERVICES): asked of a business whose entries do
// not name it, it shares only the business's everyday words (价格, 做不做, "repair") with an entry and was
// answered from it. A business whose entry names the service still answers it.
const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

describe('other trades’ services', () => {
  describe('a dental clinic that does not place implants or crowns', () => {
    const retriever = suiteRetriever(fixture('faq-dental.json'));

    it.each(['做一颗种植牙要花多少钱', '烤瓷冠和全瓷冠哪个好，价格多少'])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  describe('a hair salon without extensions or barbering', () => {
    const retriever = suiteRetriever(fixture('faq-salon.json'));

    it.each(['你们这里可以接发吗，多少钱', '男士刮胡子多少钱'])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  describe('a laundry that does not clean sofas', () => {
    const retriever = suiteRetriever(fixture('faq-laundry.json'));

    it('hands off cleaning a sofa at home', () => {
      expectHandedOff(retriever(), '你们做不做沙发清洗');
    });
  });

  describe('a salon that does extensions', () => {
    const retriever = suiteRetriever([
      faqEntry('extensions', 'zh', '接发多少钱？', ['可以接发吗'], '可以，真发接发每束5元，一般需要100束左右。'),
      faqEntry('haircut', 'zh', '剪头发多少钱？', ['理发价格'], '洗剪吹68元，设计师剪发98元。'),
    ]);

    it('still answers its own extensions', () => {
      expectAnsweredFrom(retriever(), '你们这里可以接发吗，多少钱', 'extensions');
    });
  });

  describe('an online shop', () => {
    const retriever = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));

    it.each([
      'Can I get a wheelchair into your store?',
      'I left my wallet in your store yesterday',
      'Is there shipping insurance if my parcel is lost?',
      'please change the email address on my account to my new one',
      '我想修改账号绑定的邮箱',
    ])(
      'hands off %s (access, lost property, shipping insurance, an account\'s e-mail address)',
      (question) => {
        expectHandedOff(retriever(), question);
      },
    );
  });

  describe('a driving school that publishes no pass rate, and one that does', () => {
    const school = suiteRetriever(fixture('faq-blind16-y.json'));
    const publishing = suiteRetriever([
      faqEntry('pass-rate', 'en', 'How many of your pupils pass?', ['What is your pass rate?'], 'Last year 78 % of our pupils passed first time.'),
      faqEntry('prices', 'en', 'How much is a lesson?', ['Lesson price?'], 'A one-hour lesson is $45.'),
    ]);

    it.each(['how high is your first-time pass rate?', '你们学员的一次通过率有多少'])('hands off %s', (question) => {
      expectHandedOff(school(), question);
    });

    it('answers it where an entry names it', () => {
      expectAnsweredFrom(publishing(), 'is your success rate good? what is the pass rate', 'pass-rate');
    });
  });

  describe('a complaint, where no entry says how complaints are handled, and where one does', () => {
    const school = suiteRetriever(fixture('faq-blind16-u.json'));
    const withComplaints = suiteRetriever([
      faqEntry('complaints', 'en', 'How do I make a complaint?', ['Who handles complaints?'], 'Email the manager at care@example.com; we reply within two working days.'),
      faqEntry('lessons', 'en', 'How long is a lesson?', ['Lesson length?'], 'Lessons are 45 minutes.'),
    ]);

    it.each(['the piano teacher keeps arriving late to lessons, I want to complain', '前台接电话的人很敷衍，我要投诉'])('hands off %s', (question) => {
      expectHandedOff(school(), question);
    });

    it('answers it where an entry names it', () => {
      expectAnsweredFrom(withComplaints(), 'I would like to make a complaint about my lesson', 'complaints');
    });
  });

  describe('a site whose entry tells how to change the e-mail address', () => {
    const retriever = suiteRetriever([
      faqEntry('change-email', 'en', 'How do I change my email address?', ['Can I update the email on my account?'], 'Go to Account → Profile, enter the new address and confirm the link we send to it.'),
      faqEntry('password', 'en', 'I forgot my password', ['Reset my password'], 'Click "Forgot password" and we email you a reset link.'),
    ]);

    it('answers it', () => {
      expectAnsweredFrom(retriever(), 'please change the email address on my account to my new one', 'change-email');
    });
  });

  describe('a gym', () => {
    const retriever = suiteRetriever(fixture('faq-gym.json'));

    it('hands off where to go at the weekend', () => {
      expectHandedOff(retriever(), '周末带孩子去哪里玩');
    });
  });

  describe('questions for someone else', () => {
    const shop = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));
    const garage = suiteRetriever(fixture('faq-garage.json'));
    const translator = suiteRetriever(fixture('faq-blind9-f.json'));
    const physio = suiteRetriever(fixture('faq-blind10-i.json'));

    it('hands off a personal question to the assistant (an online shop)', () => {
      expectHandedOff(shop(), 'What is your favorite color?');
    });

    it('hands off how to say a word in Chinese (a garage)', () => {
      expectHandedOff(garage(), 'how do you say oil filter in Chinese');
    });

    it.each(['where can I renew my residence permit', '签证申请表怎么填'])('hands off %s (a translation agency)', (question) => {
      expectHandedOff(translator(), question);
    });

    it('hands off booking at a top-tier hospital (a physiotherapy clinic)', () => {
      expectHandedOff(physio(), '三甲医院怎么挂号');
    });
  });
});

// A service some businesses offer (OFFERED_DOMAINS) is the question's whenever no entry names it, though the top
// entry has the words of its form apart or in another sense.
describe('a service no entry offers, though the top entry has its words', () => {
  describe('a piano school whose practice-room entry says "at home"', () => {
    const retriever = suiteRetriever([
      faqEntry('practice', 'en', 'Can I practise at the school?', ['There is no piano at home, can I use a room?'], 'Practice rooms can be hired for $8 an hour.'),
      faqEntry('fees', 'en', 'How much are piano lessons?', ['What do lessons cost?'], 'A 45-minute lesson is $40.'),
    ]);

    it('hands off a teacher coming to the house', () => {
      expectHandedOff(retriever(), 'would a teacher come to our house on Saturdays?');
    });
  });

  describe('a school that teaches at home', () => {
    const retriever = suiteRetriever([
      faqEntry('home-lessons', 'en', 'Do you do home visits?', ['Can a teacher come to my house?'], 'Yes, within 5 km, for $10 more per lesson.'),
      faqEntry('fees', 'en', 'How much are piano lessons?', ['What do lessons cost?'], 'A 45-minute lesson is $40.'),
    ]);

    it('still answers it', () => {
      expectAnsweredFrom(retriever(), 'would a teacher come to our house on Saturdays?', 'home-lessons');
    });
  });

  describe('a camping-gear hire whose entry prices damage to a hired tent', () => {
    const retriever = suiteRetriever([
      faqEntry('damage', 'zh', '租的装备弄坏了怎么赔？', ['帐篷烧了个洞要赔多少'], '帐篷杆折断每根赔80元，面料破洞50元起。'),
      faqEntry('deposit', 'zh', '押金多少？', ['要交押金吗'], '每件装备押金200元，归还后退回。'),
    ]);

    it('hands off mending a tent the customer owns', () => {
      expectHandedOff(retriever(), '家里的帐篷坏了，你们能修吗');
    });
  });

  describe('a taxi firm whose entry is on things left behind, and a reptile shop', () => {
    const taxi = suiteRetriever([
      { ...faqEntry('lost', 'en', 'I forgot something in the taxi, what now?', ['Where do I ask about items left behind?'], 'Call us with your trip number; drivers hand in what they find.'), tags: ['left behind'] },
      faqEntry('fares', 'en', 'How are fares worked out?', ['What does a ride cost?'], 'A flag fall of $4 and $2 per km.'),
    ]);
    const reptiles = suiteRetriever([
      faqEntry('lizards', 'en', 'Which lizards do you sell?', ['Do you have bearded dragons?'], 'Bearded dragons, leopard geckos and skinks, with their tanks.'),
      faqEntry('hours', 'en', 'When are you open?', ['Opening hours?'], 'Every day from 10 to 6.'),
    ]);

    it('answers a wallet left in a car (lost property is its service)', () => {
      expectAnsweredFrom(taxi(), 'I left my wallet in the car last night', 'lost');
    });

    it('answers a bearded dragon (no beard)', () => {
      expectAnsweredFrom(reptiles(), 'is a bearded dragon easy to keep?', 'lizards');
    });
  });
});

// A request to the assistant itself (foreign-domains.ts REQUEST_DOMAINS) that no entry names is no question for the
// business, though the top entry has its words in another sense; a business whose entries name it still answers.
describe('a request to the assistant itself', () => {
  describe('a bakery whose entries say "in person" and "translated"', () => {
    const retriever = suiteRetriever([
      faqEntry('order', 'en', 'Can I order a cake in person?', ['Do I have to come in to order?'], 'Order in person at the counter or on our website.'),
      faqEntry('menu', 'en', 'Do you have a Chinese menu?', ['Is the menu translated?'], 'Yes, a Chinese translation of the menu is at the counter.'),
    ]);

    it.each(['are you a real person?', 'translate good morning into Spanish'])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  describe('a translation agency whose entry names translating into a language', () => {
    const retriever = suiteRetriever([
      faqEntry('languages', 'en', 'Which languages do you translate into?', ['Can you translate into German?'], 'We translate into 12 languages, including German, Arabic and Japanese.'),
      faqEntry('price', 'en', 'How much is a page?', ['What do you charge?'], '120 yuan a page.'),
    ]);

    it('still answers translating into a language', () => {
      expectAnsweredFrom(retriever(), 'can you translate my diploma into German?', 'languages');
    });
  });
});
