import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

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
      'What is the capital of Spain?',
    ])('hands off %s (another company, a payment platform, a bank, the news, a quiz)', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  // Words a bank uses that a business uses in its own sense: paying it by wire, stock it keeps. "stocks" as a
  // bank's word took "a box of stock" and "do you stock Ray-Ban?" for the stock market.
  describe("a business's own sense of a bank's words", () => {
    const pest = suiteRetriever(fixture('faq-blind21-pest.json'));
    const optician = suiteRetriever(fixture('faq-optician.json'));

    it('answers paying by wire from the payment entry', () => {
      expectAnsweredFrom(pest(), 'is it ok to wire the money a few days after?', 'payment');
    });

    it('answers whether a brand is stocked from the frames entry', () => {
      expectAnsweredFrom(optician(), 'do you stock ray-ban or gucci?', 'en-frames-prices');
    });

    it.each(['should I buy stocks or shares now?', 'any stock tips for this week?', 'how is the stock exchange doing today?'])(
      'still hands off %s (the stock market)',
      (question) => {
        expectHandedOff(optician(), question);
        expectHandedOff(pest(), question);
      },
    );
  });

  // Asked of every business in a probe of everyday off-topic questions, and answered by many: a coin's price from a
  // price list (52 of 55 FAQs), a song from "late" fees, a restaurant from a club's meals, coding from a dress code,
  // fixing a car from a party venue's parking, the sun's distance from a school's location, a WeChat name from a
  // shop's payment methods (45 of 52), an alarm from studio hours, a resignation letter from a tax firm's letters,
  // and the forecast from a tour operator's and a campsite's entries on cancelling for bad weather.
  describe('questions any business is asked and none answers', () => {
    const kbs = { gym: suiteRetriever(fixture('faq-gym.json')), club: suiteRetriever(fixture('faq-blind15-v.json')), rehearsal: suiteRetriever(fixture('faq-blind10-h.json')), venue: suiteRetriever(fixture('faq-blind12-o.json')), school: suiteRetriever(fixture('faq-school.json')), shop: suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url)), tax: suiteRetriever(fixture('faq-blind14-u.json')), tours: suiteRetriever(fixture('faq-blind13-r.json')), campsite: suiteRetriever(fixture('faq-blind18-campsite.json')), moving: suiteRetriever(fixture('faq-moving.json')) };

    it.each([
      ['gym', '比特币现在多少钱'],
      ['gym', "what's the price of bitcoin"],
      ['gym', 'how do I learn to code'],
      ['rehearsal', 'any good songs lately'],
      ['club', '附近有什么好吃的餐厅'],
      ['club', 'any good restaurants nearby'],
      ['venue', 'how do I fix my car'],
      ['school', '地球离太阳有多远'],
      ['shop', '微信怎么改名字'],
      ['shop', '长城有多长'],
      ['shop', 'how can I make money fast'],
      ['rehearsal', "what's fun to do this weekend"],
      ['rehearsal', 'set an alarm for 7am'],
      ['tax', 'write my resignation letter'],
      ['tours', '明天北京天气怎么样'],
      ['tours', "what's the weather like in lisbon next week"],
      ['campsite', '明天杭州会下雨吗'],
      ['moving', 'my girlfriend broke up with me'],
    ] as const)('the %s hands off %s', (kb, question) => {
      expectHandedOff(kbs[kb](), question);
    });

    it.each([
      ['if the weather is bad is the tour cancelled?', 'tour-cancelled'],
      ['明天会下雨，行程会取消吗', 'zh-tour-cancelled'],
    ])('the tours still answer %s, about their own cancelling for the weather', (question, ref) => {
      expectAnsweredFrom(kbs.tours(), question, ref);
    });

    it('the removal firm still answers a boyfriend who broke a mirror while packing, from its damage cover', () => {
      expectAnsweredFrom(kbs.moving(), 'my boyfriend broke the mirror while packing, are we covered?', 'damage-cover');
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

  // What any small business is asked that is not its customers' business: each was answered from an entry it
  // shares a word with (优惠 with a discount, 上门 with a survey, "gas" and "account" with storage access).
  describe('a removal firm', () => {
    const retriever = suiteRetriever(fixture('faq-moving.json'));

    it.each([
      '请问你们招不招搬家师傅',
      'How do I move my gas account to the new address?',
      '老人搬家有没有优惠',
    ])('hands off %s (a job, a utility account, a discount it does not offer)', (question) => {
      expectHandedOff(retriever(), question);
    });

    it.each([
      ['报价前你们会派人上门看看吗', 'quote-survey'],
      ['用完的纸箱你们回收吗', 'packing-materials'],
    ])('still answers %s, a visit and a take-back its entries offer', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a salon', () => {
    const retriever = suiteRetriever(fixture('faq-salon.json'));

    it.each(['学生剪头发有优惠吗', '老人理发能打折吗'])('hands off %s, a discount for who the customer is that no entry offers', (question) => {
      expectHandedOff(retriever(), question);
    });

    it('still answers styling at the customer\'s venue, which its entry offers', () => {
      expectAnsweredFrom(retriever(), '化新娘妆可以上门吗', 'wedding-event-styling');
    });
  });

  describe('a laundry', () => {
    const retriever = suiteRetriever(fixture('faq-laundry.json'));

    it.each([
      'Can I open a franchise of your shop in my city?',
      '我的微信被封了，怎么解封',
    ])('hands off %s (a franchise, another platform\'s account)', (question) => {
      expectHandedOff(retriever(), question);
    });

    it.each([
      ['窗帘能上门拆装吗', 'bedding-curtains'],
      ['能上门收衣服吗', 'pickup-delivery'],
    ])('still answers %s, home services its entries offer', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('a phone repair shop and a hotel', () => {
    const repair = suiteRetriever(fixture('faq-repair.json'));
    const hotel = suiteRetriever(fixture('faq-hotel.json'));

    it.each([
      'Could someone come to my house to repair my laptop?',
      '支付宝被限制收款了怎么办',
    ])('the repair shop hands off %s (a home visit it does not make, a payment platform\'s account)', (question) => {
      expectHandedOff(repair(), question);
    });

    it('the repair shop still answers a trade-in, which it offers', () => {
      expectAnsweredFrom(repair(), 'Do you take old phones as a trade-in?', 'trade-in');
    });

    it('the hotel hands off a senior discount it does not offer', () => {
      expectHandedOff(hotel(), 'Do you offer a senior discount on rooms?');
    });

    it('the hotel still answers paying with Alipay', () => {
      expectAnsweredFrom(hotel(), 'Can I pay with Alipay?', 'deposit');
    });
  });

  // Policies a business names when it has them (reviews, massage, taking old things away): without them the
  // question was answered from an entry sharing "order", 服务 or "old".
  describe('what a business offers only when its entries say so', () => {
    const shop = suiteRetriever(new URL('../../../resources/sample-faq.json', import.meta.url));
    const hotel = suiteRetriever(fixture('faq-hotel.json'));
    const moving = suiteRetriever(fixture('faq-moving.json'));
    const repair = suiteRetriever(fixture('faq-repair.json'));
    const pet = suiteRetriever(fixture('faq-pet.json'));

    it('the shop hands off leaving a review', () => {
      expectHandedOff(shop(), 'Can I leave a review after my order arrives?');
    });

    it('the hotel hands off a massage, and still answers smoking, which it has an entry for', () => {
      expectHandedOff(hotel(), '酒店有足疗或者按摩服务吗');
      expectAnsweredFrom(hotel(), 'Is there a smoking area in the hotel?', 'smoking');
    });

    it.each(['装修垃圾能帮忙清运吗', 'Will you get rid of my old fridge for us on moving day?'])('the removal firm hands off %s, taking rubbish away', (question) => {
      expectHandedOff(moving(), question);
    });

    it('the removal firm still answers putting a bed together at the new home', () => {
      expectAnsweredFrom(moving(), '到新家能帮忙把床安装好吗', 'furniture-disassembly');
    });

    it.each(['Is the Apple Store open on Sundays?', 'My credit card limit is too low, how do I raise it?'])('the repair shop hands off %s (another company, a bank)', (question) => {
      expectHandedOff(repair(), question);
    });

    it('the groomer still answers a boarder with an upset stomach, which its food entry covers', () => {
      expectAnsweredFrom(pet(), '寄养期间狗狗拉肚子怎么办', 'zh-own-food');
    });
  });

  describe('an optician that makes no home visits', () => {
    const retriever = suiteRetriever(fixture('faq-optician.json'));

    it.each(['我妈妈行动不便，你们能派人上门给她验光吗', 'Could your optometrist come to my house to test my eyes?'])('hands off %s', (question) => {
      expectHandedOff(retriever(), question);
    });
  });

  // A service some businesses offer counts as another domain only when no entry names it: a home-services firm
  // is asked about its own visits, whichever entry ranks first.
  describe('a home-services firm whose entries name its home visits', () => {
    const retriever = suiteRetriever([
      faqEntry('cleaning-price', 'zh', '上门保洁怎么收费？', ['家政保洁多少钱一小时'], '日常保洁每小时45元，3小时起约；深度保洁按面积计，每平方米8元。'),
      faqEntry('appliances', 'zh', '空调清洗和维修能做吗？', ['空调不制冷能修吗'], '可以。挂机清洗80元/台，柜机120元/台；维修先检测，检测费30元，维修后免收。'),
      faqEntry('heater', 'zh', '新买的热水器能帮忙安装吗？', ['能装热水器吗'], '可以，安装费150元起，含基础配件，需要打孔或改管另计。'),
      faqEntry('products', 'en', 'What cleaning products do you use?', ['Are your products safe for kids?'], 'Plant-based, biodegradable products that are safe for children and pets.'),
    ]);

    it.each([
      ['师傅上门维修空调要多少钱', 'appliances'],
      ['热水器上门安装收费吗', 'heater'],
      ['Are your cleaning products eco-friendly?', 'products'],
    ])('still answers %s from %s', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });
  });

  describe('look-alikes of a job and a home visit', () => {
    const school = suiteRetriever(fixture('faq-school.json'));
    const laundry = suiteRetriever(fixture('faq-laundry.json'));

    it('the school still answers how the teachers it hired are qualified (招的老师 is no vacancy)', () => {
      expectAnsweredFrom(school(), '你们招的老师都有教师资格证吗', 'teachers');
    });

    it('the laundry still answers a customer coming to its place', () => {
      expectAnsweredFrom(laundry(), 'What time can I come to your place on Sunday?', 'business-hours');
    });
  });

  // "A…B" forms: B a few words after A, in the same clause (text-analysis.ts).
  describe('forms with a gap', () => {
    const foreign = (text: string) => [...analyze(text).foreign.keys()];

    it.each([
      ['学生配眼镜有优惠吗', 'school'],
      ['Do students get a discount?', 'school'],
      ['你们店还招验光师吗', 'jobs'],
    ])('%s names %s', (text, domain) => {
      expect(foreign(text)).toContain(domain);
    });

    it.each([
      ['学生。我们店里的优惠', 'school'],
      ['你们的招牌菜有会员价吗', 'jobs'],
      ['你们今年还招生吗，老师是哪里的', 'jobs'],
      ['骑电动车的时候手机摔了', 'travel'],
    ])('%s does not name %s (another clause, 招牌, 招生, 动车 in 电动车)', (text, domain) => {
      expect(foreign(text)).not.toContain(domain);
    });
  });

  // A bike hire whose customers ask about parking (停车, vehicles) and day trips (travel) in several entries: the same
  // domain's words are its own (开车 beside the entry's 停车, "trip" in the questions of two entries), while another
  // word of the domain, a platform's own membership and the bank its answer names stay another business's.
  describe('words of a domain the business uses itself', () => {
    const retriever = suiteRetriever([
      faqEntry('location', 'zh', '店在哪里？方便停车吗？', ['地址在哪？', '附近有停车位吗？'], '我们在湖滨路18号，门口有免费停车位，也可以停在对面商场的地下停车场。'),
      faqEntry('platform', 'zh', '可以在美团上下单吗？', ['美团的团购券能用吗？'], '可以，在美团搜索店名购买套餐，到店出示券码即可。'),
      faqEntry('price', 'zh', '租一天多少钱？', ['价格是多少？'], '普通自行车每天50元，电助力车每天120元。'),
      faqEntry('deposit', 'en', 'Do I get my deposit back?', ['How much is the deposit?', 'When is the deposit refunded?'], 'The deposit is 200 yuan per bike, refunded to your bank card as soon as the bike comes back undamaged.'),
      faqEntry('routes', 'en', 'Can you suggest a route for a day trip?', ['What is a nice ride along the lake?'], 'Our favourite is the 25 km loop around the lake; we give you a printed map.'),
      faqEntry('overnight', 'en', 'Can I keep the bike for a longer trip?', ['Can I take the bike out of town?'], 'Yes, for up to a week; lights and a lock are included.'),
    ]);

    it.each([
      ['周末开车过去，车停在哪', 'location'],
      ['Our trip got cancelled, do we get the deposit back?', 'deposit'],
    ])('answers %s from %s', (question, ref) => {
      expectAnsweredFrom(retriever(), question, ref);
    });

    it.each(['美团会员的自动续费怎么关掉', 'My bank app keeps logging me out, how do I fix it?', 'Where do I book a train ticket for the trip?'])(
      'hands off %s',
      (question) => {
        expectHandedOff(retriever(), question);
      },
    );
  });

  describe('a removal firm and a laundry', () => {
    const moving = suiteRetriever(fixture('faq-moving.json'));
    const laundry = suiteRetriever(fixture('faq-laundry.json'));

    it.each(["What's the weather forecast for Shanghai tomorrow?", 'How do I prepare for a job interview?'])('hands off %s (weather, jobs)', (question) => {
      expectHandedOff(moving(), question);
    });

    // A forecast of the storm that would stop the move, an interview the customer's shirt must be ready for.
    it('still answers a typhoon forecast for moving day', () => {
      expectAnsweredFrom(moving(), 'The forecast says a typhoon on our moving day, what happens?', 'reschedule-cancel-en');
    });

    // A child's eczema is why a laundry is asked for unscented detergent; which cream to put on it is a doctor's question.
    it('hands off asking which cream to use for eczema', () => {
      expectHandedOff(laundry(), 'My son has eczema, what cream should I use?');
    });

    it('still answers a shirt needed for an interview', () => {
      expectAnsweredFrom(laundry(), 'Will my shirt be ready in time for an interview tomorrow?', 'turnaround-express');
    });
  });

  // A student card shown as identification is no school matter; a student's discount still is, where no entry offers one.
  describe('a tattoo studio that checks ages', () => {
    const tattoo = suiteRetriever(fixture('faq-blind22-tattoo.json'));
    const restaurant = suiteRetriever(fixture('faq-restaurant.json'));

    it('answers a student card as identification', () => {
      expectAnsweredFrom(tattoo(), 'is a student card enough as identification', 'age-id');
    });

    it('still hands off a discount on a student card', () => {
      expectHandedOff(restaurant(), '学生证有打折吗');
      expectHandedOff(restaurant(), 'do you give a discount if I show my student card?');
    });
  });
});
