import { describe, expect, it } from 'vitest';
import { expectAnsweredFrom, expectHandedOff, faqEntry, suiteRetriever } from './lexicon-kb.ts';

// A request of its own (pass it on to someone, remind me, over video, which brand, issue it again) that the best
// entry does not answer: the entry explains what the request is about, not the request. One made-up clinic's FAQ.
const CLINIC = [
  faqEntry('points', 'zh', '会员积分有什么用？', ['积分怎么获得？'], '每消费1元累积1积分，100积分可抵扣1元。'),
  faqEntry('invoice', 'zh', '可以开发票吗？', ['公司报销需要发票怎么办？'], '可以开具电子发票，付款时填写抬头和税号即可。'),
  faqEntry('booking', 'zh', '怎么预约？', ['可以在网上预约吗？'], '在公众号或电话预约，预约成功后按时到店即可。'),
  faqEntry('first-visit', 'zh', '初诊评估多少钱？', ['第一次来要多少钱？'], '初诊评估300元，包含体态检查和治疗方案。'),
  faqEntry('equipment', 'en', 'What equipment do your rooms have?', ['Is there a drum kit?'], 'Every room has a drum kit, two guitar amps, a bass amp and a PA with microphones.'),
  faqEntry('reminders', 'en', 'Do you send appointment reminders?', [], 'Yes, we text you a reminder the day before your appointment.'),
];

describe('Retriever: requests the best entry does not answer', () => {
  const retriever = suiteRetriever(CLINIC);

  it.each([
    '积分可以转给我老公用吗',
    '发票抬头开错了能重开吗',
    '初诊评估能不能线上视频做',
    'what brand are the drum kits?',
  ])('hands off %s', (question) => {
    expectHandedOff(retriever(), question);
  });

  it.each([
    ['积分可以抵现金吗', 'points'],
    ['公司报销要开发票', 'invoice'],
    ['Will you send me a reminder before my appointment?', 'reminders'],
    // An entry in the other language that has the request answers it.
    ['预约成功后会发短信提醒吗', 'reminders'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(retriever(), question, ref);
  });

  it('says which request went unanswered', () => {
    expect(retriever().retrieve('积分可以转给我老公用吗').signals?.asks).toEqual(['pass_on']);
  });
});

describe('Retriever: advice the best entry does not give', () => {
  const EXCHANGE = faqEntry('exchange', 'zh', '尺码不合适可以换吗？', ['买小了能换大一码吗？'], '收货7天内可以免费换一次尺码，吊牌需完好。');
  const shop = suiteRetriever([
    EXCHANGE,
    faqEntry('gift-card', 'zh', '有礼品卡吗？', ['可以买礼品卡送人吗？'], '礼品卡面额100元起，可在线购买后发送给亲友。'),
  ]);
  const shopWithGuide = suiteRetriever([EXCHANGE, faqEntry('size-guide', 'zh', '尺码怎么选？', ['鞋子偏大还是偏小？'], '我们的鞋码标准，按平时穿的码选即可。')]);

  it.each(['这双鞋尺码偏大还是偏小', '推荐一下送爸爸的生日礼物'])('hands off %s (which size to choose, a recommendation)', (question) => {
    expectHandedOff(shop(), question);
  });

  it('still answers a size that did not fit', () => {
    expectAnsweredFrom(shop(), '买的裤子尺码不合适，能换吗', 'exchange');
  });

  it('answers which size to choose from an entry that gives the advice', () => {
    expectAnsweredFrom(shopWithGuide(), '这双鞋尺码偏大还是偏小', 'size-guide');
  });
});

describe('Retriever: colours to choose and offers used together', () => {
  const shop = suiteRetriever([
    faqEntry('engraving', 'zh', '可以刻字吗？', ['刻字要收费吗？'], '可以刻英文字母或中文名字，每处30元，下单时备注内容。'),
    faqEntry('coupons', 'zh', '优惠券怎么用？', ['在哪里看我的优惠券？'], '结算时自动选择可用的优惠券，每单限用一张，不能与会员折扣叠加。'),
    faqEntry('points', 'zh', '会员积分有什么用？', ['会员有什么好处？'], '会员每消费1元累积1积分，100积分可抵扣1元，会员日享九折。'),
  ]);

  it('hands off which colours there are, asked of an entry that names none', () => {
    expectHandedOff(shop(), '刻字有金色可以选吗');
  });

  it('answers two offers used together from the entry that says whether they stack', () => {
    expectAnsweredFrom(shop(), '会员价和券能同时享受吗', 'coupons');
  });
});

describe('Retriever: paying in parts, an invoice, a neighbour, keeping it a while, a loaner', () => {
  const shop = suiteRetriever([
    faqEntry('payment', 'zh', '支持哪些支付方式？', ['可以用支付宝吗？'], '支持微信、支付宝和银行卡付款。'),
    faqEntry('shipping', 'en', 'How long does shipping take?', ['When will my parcel arrive?'], 'Orders ship within 2 days and the courier delivers in 3 to 5 working days.'),
    faqEntry('gift-cards', 'en', 'Do you sell gift cards?', ['How do gift cards work?'], 'Gift cards from 100 to 1000 yuan can be bought online and are valid for two years.'),
    faqEntry('headshots', 'en', 'How much is a headshot session?', ['Do you do business portraits?'], 'A 30-minute headshot session for your company profile is 800 yuan with five edited photos.'),
    faqEntry('pickup', 'zh', '做好了怎么取？', ['可以送货上门吗？'], '做好后短信通知您到店取，也可以付费快递寄到家。'),
    faqEntry('mail-in', 'zh', '手机可以寄修吗？', ['外地可以修手机吗？'], '可以，把手机寄到门店，修好后包邮寄回，一般3到5天。'),
  ]);

  it.each([
    '能用花呗分期付款吗',
    'Can the courier leave the parcel with my neighbour?',
    'Can I use two gift cards on one order?',
    'Can I get a fapiao for my company?',
    '做好的可以先放店里寄存一段时间吗',
    '修手机这几天有没有备用机借我用一下',
  ])('hands off %s', (question) => {
    expectHandedOff(shop(), question);
  });

  const withPlan = suiteRetriever([
    faqEntry('payment', 'zh', '支持哪些支付方式？', ['可以用支付宝吗？'], '支持微信、支付宝和银行卡付款。'),
    faqEntry('instalments', 'zh', '可以分期吗？', ['学费能分几期交？'], '学费可以分三期或六期免息分期。'),
  ]);

  it('answers paying in parts from the entry on instalments', () => {
    expectAnsweredFrom(withPlan(), '能用花呗分期付款吗', 'instalments');
  });
});

describe('Retriever: a video made, a change after ordering, what to wear, doing it oneself', () => {
  const shop = suiteRetriever([
    faqEntry('booking', 'en', 'How do I book a photo session?', ['Can I book online?'], 'Book a session on our booking page, pick a time slot and pay the deposit to confirm.'),
    faqEntry('gift-wrapping', 'en', 'Do you offer gift wrapping?', ['Can I add a gift message?'], 'Gift wrapping is 10 yuan and you can add a gift message at checkout.'),
    faqEntry('appointments', 'zh', '量体需要预约吗？', ['量体要多久？'], '量体需要提前预约，大约30分钟。'),
    faqEntry('express', 'en', 'How long does it take to get my clothes back?', ['Do you have an express service?'], 'Wash and fold comes back within 48 hours; next-day express service costs 50% extra.'),
  ]);

  it.each([
    'Can you film a video of our session too?',
    "Can I change the gift message after I've placed the order?",
    '量体的时候要穿什么衣服去比较好',
    'do you have self-service coin machines',
  ])('hands off %s', (question) => {
    expectHandedOff(shop(), question);
  });
});

describe('Retriever: a discount asked for, bringing one\'s own', () => {
  const school = suiteRetriever([
    faqEntry('placement', 'zh', '报名前要做分级测试吗？', ['孩子报名要考试吗？'], '报名前需要做一次免费的分级测试，大约30分钟。'),
    faqEntry('personal-training', 'zh', '私教课怎么收费？', ['私教课多少钱一节？'], '私教课每节400元，10节课包3600元。'),
    faqEntry('offers', 'zh', '现在有什么优惠活动？', ['有没有折扣？'], '新会员首月八折，推荐朋友各得一节免费课。'),
    faqEntry('fabric', 'en', 'Which fabrics can I choose from?', ['Do you have wool?'], 'We stock over 300 wool, linen and cotton fabrics from Italian and British mills.'),
    faqEntry('own-fabric', 'en', 'Can I bring my own fabric?', [], 'Yes, bring 3.5 metres for a suit and we charge the making only.'),
  ]);

  it.each([
    '两个孩子一起报名有没有优惠',
    '可以自己带外面的私教进来上课吗',
  ])('hands off %s', (question) => {
    expectHandedOff(school(), question);
  });

  it.each([
    ['报名有没有折扣', 'offers'],
    ['Can I supply my own fabric for a suit?', 'own-fabric'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(school(), question, ref);
  });
});

describe('Retriever: how a word is said, a phone lent meanwhile', () => {
  const garage = suiteRetriever([
    faqEntry('own-parts', 'en', 'Can I bring my own brake pads?', ['Will you fit parts I bought online?'], 'Yes, we fit parts you bring; the labour is charged as usual and the parts carry no warranty from us.'),
    faqEntry('mail-in', 'en', 'Can I mail my phone in for repair?', ['Do you repair phones by post?'], 'Yes, post it to our workshop with the form; we repair it within 3 days and send it back.'),
    faqEntry('loaner', 'en', 'Do you have a loaner phone?', [], 'Yes, we lend a spare phone for a 200 RMB deposit while yours is repaired.'),
  ]);

  it.each([
    "how do you say 'brake pads' in Chinese",
  ])('hands off %s', (question) => {
    expectHandedOff(garage(), question);
  });

  const withoutLoaner = suiteRetriever([
    faqEntry('mail-in', 'en', 'Can I mail my phone in for repair?', ['Do you repair phones by post?'], 'Yes, post it to our workshop with the form; we repair it within 3 days and send it back.'),
  ]);

  it('answers a phone lent meanwhile from the entry on loaners, and only from it', () => {
    expectAnsweredFrom(garage(), 'do you lend a phone while mine is being repaired?', 'loaner');
    expectHandedOff(withoutLoaner(), 'do you lend a phone while mine is being repaired?');
  });
});

describe('Retriever: something left behind, a form filled in, insured', () => {
  const business = suiteRetriever([
    faqEntry('hours', 'zh', '营业时间是几点？', ['晚上几点关门？'], '每天上午11点到晚上10点营业。'),
    faqEntry('documents', 'zh', '翻译件盖章有效吗？', ['签证申请认可你们的翻译吗？'], '我们的翻译件加盖翻译专用章，使馆和签证中心均认可。'),
    faqEntry('shipping', 'en', 'Do you ship abroad?', ['How long does international shipping take?'], 'We ship worldwide by courier; delivery takes 5 to 10 working days.'),
    faqEntry('lost-property', 'en', 'What happens if the courier loses my parcel?', [], 'Every parcel is insured: if it is lost we remake the order or refund it in full.'),
  ]);

  it.each([
    '昨天晚上落了一把黑伞在店里，帮我找找',
    '能帮我填一下签证申请表吗',
  ])('hands off %s', (question) => {
    expectHandedOff(business(), question);
  });

  const shippingOnly = suiteRetriever([
    faqEntry('shipping', 'en', 'Do you ship abroad?', ['How long does international shipping take?'], 'We ship worldwide by courier; delivery takes 5 to 10 working days.'),
  ]);

  it('answers whether it is insured only from an entry on loss or insurance', () => {
    expectHandedOff(shippingOnly(), 'Is the shipping insured if the parcel gets lost?');
    expectAnsweredFrom(business(), 'Is my parcel insured if the courier loses it?', 'lost-property');
  });
});

describe('Retriever: a wheelchair, something for a child', () => {
  const tailor = suiteRetriever([
    faqEntry('location', 'en', 'Where is the showroom?', ['How do I find the building?'], 'We are on the 3rd floor of 88 Nanjing Road, five minutes from the metro.'),
    faqEntry('lead-time', 'zh', '做一套西装要多久？', ['定做西装几周能拿？'], '定做西装从量体到取衣大约四周。'),
    faqEntry('access', 'en', 'Is there wheelchair access?', ['Is there a lift?'], 'Yes, there is a lift and step-free access from the street.'),
  ]);

  it.each([
    '能做小孩穿的西装吗',
  ])('hands off %s', (question) => {
    expectHandedOff(tailor(), question);
  });

  const noAccessEntry = suiteRetriever([
    faqEntry('location', 'en', 'Where is the showroom?', ['How do I find the building?'], 'We are on the 3rd floor of 88 Nanjing Road, five minutes from the metro.'),
  ]);

  it('answers a wheelchair only from an entry on access', () => {
    expectHandedOff(noAccessEntry(), 'Is the showroom building wheelchair accessible?');
    expectAnsweredFrom(tailor(), 'Is the building wheelchair accessible?', 'access');
  });
});

describe('Retriever: one more service along the way', () => {
  const studio = suiteRetriever([
    faqEntry('recording', 'zh', '录音棚怎么收费？', ['录音师跟棚吗？'], '录音棚每小时300元，含一名录音师全程操作。'),
  ]);

  it('hands off 录音师可以顺便帮我们混音吗', () => {
    expectHandedOff(studio(), '录音师可以顺便帮我们混音吗');
  });
});

describe('Retriever: something in another language, a complaint about one of the staff', () => {
  const shop = suiteRetriever([
    faqEntry('invoice-en', 'en', 'Can I get an invoice?', ['Can you issue a VAT invoice?'], 'Request an electronic invoice under "My Orders" with the company name and tax number.'),
    faqEntry('invoice-zh', 'zh', '可以开发票吗？', ['能开增值税发票吗？'], '在“我的订单”中申请电子发票并填写抬头和税号。'),
    faqEntry('gift-card', 'en', 'Can you add a gift message?', ['Can I include a card?'], 'Yes, write your message at checkout and we print it on a card.'),
    faqEntry('delivery', 'en', 'Which days do you deliver?', ['When does the delivery guy come?'], 'Our drivers deliver Tuesday to Saturday, 9am to 6pm.'),
    faqEntry('service-hours', 'zh', '客服几点上班？', ['怎么联系客服？'], '客服每天9点到21点在线。'),
    faqEntry('directions', 'en', 'What should I show the taxi driver?', [], 'Show the driver our address: 青荷里 杭州市西湖区曙光路188号.'),
  ]);

  it.each([
    'can the invoice be issued in English',
    '发票能开英文抬头吗',
    'can the gift message be written in chinese',
    'the delivery guy last saturday was really rude to me, i want to complain about him',
    '昨天那个客服小王态度太差了，我要投诉他',
  ])('hands off %s', (question) => {
    expectHandedOff(shop(), question);
  });

  it.each([
    ['Can you issue a VAT invoice for my company?', 'invoice-en'],
    // An English answer quoting Chinese gives it in Chinese.
    ['I need your address written in Chinese for the taxi driver', 'directions'],
  ])('still answers %s', (question, ref) => {
    expectAnsweredFrom(shop(), question, ref);
  });
});

describe('Retriever: someone else in the customer\'s place', () => {
  const pawnshop = suiteRetriever([
    faqEntry('lost-ticket', 'zh', '当票丢了怎么办？', ['当票挂失怎么办理？'], '请尽快带身份证到店办理挂失，挂失满7天后补办当票。'),
    faqEntry('notary', 'zh', '可以代办公证吗？', ['公证能委托你们办吗？'], '出生、学历公证都可以委托我们代办，3个工作日出件。'),
  ]);

  it('hands off a loss reported by someone else when no entry says who may', () => {
    expectHandedOff(pawnshop(), '当票挂失能让家里人代办吗');
  });

  it('still answers it from an entry that says so', () => {
    expectAnsweredFrom(pawnshop(), '出生公证你们能代办不', 'notary');
  });
});

describe('Retriever: sent in by post instead of brought in', () => {
  const SELL = faqEntry('sell', 'en', 'Can I sell my item to you instead of pawning it?', ['Do you buy second-hand items?'], 'Yes, items can be sold to us outright, paid on the spot.');
  const PAYOUT = faqEntry('payout', 'zh', '当金怎么给我？', ['可以转账吗？'], '5000元以下付现金，5000元及以上转到本人银行卡。');
  const pawnshop = suiteRetriever([SELL, PAYOUT]);
  const withMailIn = suiteRetriever([SELL, PAYOUT, faqEntry('mail-in', 'en', 'Can I post my item to you?', ['Do you accept items by mail?'], 'Yes, send it insured by courier; we appraise it within 2 days of arrival.')]);

  it.each(['can I mail my item to you instead of coming in', '能把东西寄快递过去办吗'])('hands off %s when no entry takes things by post', (question) => {
    expectHandedOff(pawnshop(), question);
  });

  it('answers it from an entry that does', () => {
    expectAnsweredFrom(withMailIn(), 'can I mail my item to you instead of coming in', 'mail-in');
  });
});

describe('Retriever: a document in writing', () => {
  const APPRAISAL = faqEntry('appraisal', 'en', 'How do you appraise an item?', ['How long does an appraisal take?'], 'Our appraiser checks the item in front of you in about 15 minutes and tells you the loan we can offer.');
  const shop = suiteRetriever([APPRAISAL, faqEntry('appraisal-zh', 'zh', '鉴定要多久？', ['怎么鉴定？'], '鉴定师当面鉴定，大约15分钟，当场告诉您可当金额。')]);
  const withCertificates = suiteRetriever([APPRAISAL, faqEntry('certificates', 'en', 'Do you issue appraisal certificates?', [], 'Yes, a stamped appraisal certificate costs 50 yuan and is ready the next day.')]);

  it.each(['will you give me a written certificate after the appraisal', '鉴定完能出一份书面鉴定证书吗'])('hands off %s when no entry issues one', (question) => {
    expectHandedOff(shop(), question);
  });

  it('answers it from an entry that does', () => {
    expectAnsweredFrom(withCertificates(), 'will you give me a written certificate after the appraisal', 'certificates');
  });
});

describe('Retriever: undo a step, buy an add-on alone, only part, free delivery, a price matched, passed on', () => {
  const SKIP = faqEntry('skip', 'en', 'Can I skip a week?', ['How do I skip a delivery?'], 'Yes. Tap "Skip this week" in the app before Wednesday 20:00; skipped deliveries are added to the end of your plan.');
  const SKIP_ZH = faqEntry('skip-zh', 'zh', '某一周不想收花可以跳过吗？', ['怎么跳过一次配送？'], '可以。在小程序里点“跳过本周”，每周三20:00前操作有效，跳过的次数顺延到订阅末尾。');
  const CARE = faqEntry('care', 'en', 'How should I care for my flowers?', ['How do I make them last?'], 'Cut the stems, put them in clean water and add the flower food sachet that comes with them.');
  const CARE_ZH = faqEntry('care-zh', 'zh', '收到花以后怎么养护？', ['花怎么养才能开得久？'], '把根部斜剪2厘米，放入清水并加入随花附赠的保鲜剂，每两天换一次水。');
  const BULK = faqEntry('bulk', 'en', 'Do you offer discounts on bulk orders?', ['Can I buy wholesale?'], 'Orders of 20 or more units get 10% off; email us for a quote.');
  const PRICE_DROP = faqEntry('price-drop', 'en', 'What if the price drops after I buy?', ['Do you have price protection?'], 'Within 7 days of delivery we refund the difference if the same item gets cheaper here.');
  const WARRANTY = faqEntry('warranty', 'en', 'What does the warranty cover?', ['How long is the warranty?'], 'Lamps come with a 1-year warranty from delivery covering manufacturing defects.');
  const REDEEM = faqEntry('redeem', 'zh', '可以提前赎当吗？', ['没到期能先赎回来吗？'], '可以随时提前赎当，带当票和身份证到店，付清当金和费用后当场取回物品。');
  const shop = suiteRetriever([SKIP, SKIP_ZH, CARE, CARE_ZH, BULK, PRICE_DROP, WARRANTY, REDEEM]);
  const withAnswers = suiteRetriever([CARE, PRICE_DROP,
    faqEntry('undo-skip', 'en', 'I skipped a week by mistake, can I undo it?', [], 'Yes, tap "Undo skip" before Wednesday 20:00.'),
    faqEntry('flower-food', 'en', 'Can I buy flower food separately?', [], 'Yes, a pack of 10 sachets costs 15 yuan in the mini-program.'),
    faqEntry('delivery', 'en', 'How much is delivery?', [], 'Delivery is free on orders over 200 yuan, otherwise 15 yuan.'),
  ]);

  it.each([
    'after i skip a week, can i undo it and get the delivery back',
    '点了跳过本周以后还能撤回恢复配送吗',
    'can i buy extra flower food sachets separately',
    'do bulk orders come with free delivery',
    'do you price match other stores',
    'can my warranty be transferred to the person i gave the lamp to',
    '一张当票当了两样东西，能先赎一样吗',
  ])('hands off %s when no entry answers the request', (question) => {
    expectHandedOff(shop(), question);
  });

  it.each([
    ['after i skip a week, can i undo it and get the delivery back', 'undo-skip'],
    ['can i buy extra flower food sachets separately', 'flower-food'],
    ['do bulk orders come with free delivery', 'delivery'],
  ])('answers %s from an entry that does', (question, ref) => {
    expectAnsweredFrom(withAnswers(), question, ref);
  });
});

describe('Retriever: the account changed or linked, notices through another channel', () => {
  const LOGIN = faqEntry('login', 'zh', '账号登录不了怎么办？', ['忘记密码了怎么办？', '收不到登录验证码怎么办？'], '请确认手机号输入正确，或改用验证码登录；连续输错密码5次后账号会锁定30分钟。');
  const BILLING = faqEntry('billing', 'zh', '月付套餐什么时候扣款？', ['每月几号自动扣费？'], '每月与首次下单相同的日期自动扣款，扣款前3天会发短信提醒。');
  const shop = suiteRetriever([LOGIN, BILLING]);
  const withLinking = suiteRetriever([LOGIN, BILLING, faqEntry('wechat', 'zh', '账号可以绑定微信吗？', [], '可以，在“我的-设置”里点“绑定微信”，之后可以用微信一键登录。')]);

  it.each(['以前注册用的手机号停用了，账号能换绑到新号码上吗？', '账号怎么绑定微信', '扣款提醒能不能改成发微信'])('hands off %s when no entry answers it', (question) => {
    expectHandedOff(shop(), question);
  });

  it('answers it from an entry that does', () => {
    expectAnsweredFrom(withLinking(), '账号怎么绑定微信', 'wechat');
  });
});

// A visit to the customer's home is not answered by an entry on delivery (上门 is also the door a parcel reaches);
// an entry on collecting from home answers it.
describe('Retriever: a home visit asked of an entry on delivery', () => {
  const returns = faqEntry('returns', 'zh', '怎么退货？', ['退货流程是什么'], '收货后7天内可退货，请自行寄回，快递送到仓库后3天内退款。');
  const shop = suiteRetriever([returns, faqEntry('hours', 'zh', '客服几点上班？', [], '每天9点到18点。')]);
  const collecting = suiteRetriever([
    faqEntry('returns', 'zh', '怎么退货？', ['退货可以上门取件吗'], '收货后7天内可退货，我们安排快递上门取件，到仓库后3天内退款。'),
    faqEntry('hours', 'zh', '客服几点上班？', [], '每天9点到18点。'),
  ]);

  it('hands off a return collected from home where the shop does not say it does', () => {
    expectHandedOff(shop(), '退货能派人上门取件吗');
  });

  it('answers it where the entry says so', () => {
    expectAnsweredFrom(collecting(), '退货能派人上门取件吗', 'returns');
  });
});
