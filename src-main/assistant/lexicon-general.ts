// Customer wording of small businesses of any kind, as lexicon concepts (see concept-lexicon.ts).
// General: the topics beyond visiting that nearly every small business has in its FAQ, whatever it makes, mends or
// sells: guarantees on work and goods, a result the customer is not happy with, money back and deposits for a
// service, prepaid cards, memberships and gift vouchers, discounts (students, seniors, groups, a first visit),
// invoices and receipts for expenses, when a fee is due, decorating the premises for an event, children and age limits, pets, step-free access, wifi and toilets on the
// premises, group and company bookings and the fewest people a tour or class goes ahead with, what is done with personal data, how long a job takes and when it is ready,
// fetching and bringing back the customer's things, what happens to things nobody collects, and a sold-out thing
// coming back; and requests of their own, whatever they are made about (ASK_CONCEPTS: passing something on to another
// person, a reminder, a consultation over video, which brand, a document issued again, which size to choose, a
// recommendation, which colours there are, offers used together, paying in parts, an invoice, leaving a delivery with
// a neighbour or in a locker, a visit to the customer's home, keeping the customer's thing a while, something to use
// meanwhile, a video or photo shoot, a change after ordering, what to wear, self-service machines, something written in
// a given language, a complaint about one of the staff, an errand done by someone else for the customer, a thing sent in by post, a document in writing,
// undoing a step just taken, an add-on bought on its own, only one of the things held together, free delivery, a price matched,
// the account's email or phone changed, the account linked to another app, notices sent through another channel).
// Every id here but `restroom`, `on_behalf`, `decorating` and the requests already has forms elsewhere (warranty, invoice and discount in concept-lexicon.ts,
// redo and stored_value in lexicon-services.ts and lexicon-food.ts, turnaround, pickup_service and unclaimed in
// lexicon-repairs.ts, ...): this file only adds the wordings customers use when they describe their situation
// ("it broke again a week later", 卡里还剩的钱, "my company needs a receipt") instead of naming the topic.
// Forms are phrases, not bare verbs or bare generic nouns: "deliver", "collect", "keep" or "student" alone are the
// business of a courier, a collector's shop or a school; a prepaid shipping label is no prepaid card, a toilet a
// phone fell into is no toilet for customers, a shop "accessible by metro" says nothing about wheelchairs.
import type { Concept } from './concept-lexicon.ts';

/** A party big enough to ask for a group price ("there are 6 of us", "a 12-person team"); two to five is a table or a family. */
const PARTY_SIZES = [
  ...Array.from({ length: 55 }, (_, i) => String(i + 6)),
  'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'a dozen',
];
const PARTY_FORMS = PARTY_SIZES.flatMap((n) => [`${n} of us`, `${n} people`, `${n} persons`, `${n}-person`, `${n} colleagues`, `${n} members`, `${n} kids`, `${n} adults`]);

export const GENERAL_CONCEPTS: Record<string, Concept> = {
  // ── Guarantees on work and goods ──
  warranty: {
    zh: ['质量保证', '保证质量', '包换', '保用', '保多长时间', '质保多久', '保修多久', '修完又坏', '修好又坏', '修完没多久', '没用多久就坏', '没多久又坏', '用了没多久', '没几天又', '售后服务', '有售后吗', '售后怎么', '负责到底', '管到底', '包到底', '负不负责', '管不管到底', '保证效果', '包效果'],
    en: ['guarantee your work', 'guarantee on the work', 'guarantee on parts', 'warranty on', 'guarantee on', 'stand behind your work', 'how long is it guaranteed', 'stopped working after', 'stops working after', 'broke down after', 'only lasted', 'broke within', 'quality guarantee',
      // the same fault back after the work: paying for it a second time is the guarantee's question
      'pay again', 'pay for it again', 'pay for that again', 'pay for this again', 'pay a second time', 'charge me again', 'charged again', 'pay all over again'],
  },
  // The business itself closing for good: what becomes of a guarantee, a prepaid balance or a deposit (倒闭了怎么办, "what if you go bust").
  business_closure: {
    zh: ['倒闭', '破产', '跑路', '关门大吉', '不开了', '停业了'],
    en: ['go bust', 'goes bust', 'went bust', 'go out of business', 'goes out of business', 'went out of business', 'out of business', 'go under', 'goes under', 'went under', 'bankrupt', 'bankruptcy', 'insolvent', 'insolvency', 'into administration', 'cease trading', 'ceases trading', 'stop trading', 'stops trading'],
  },
  // ── Not happy with the result ──
  redo: {
    zh: ['做得不满意', '做的不满意', '不满意怎么办', '效果不理想', '跟说好的不一样', '和说好的不一样', '跟我要的不一样', '和我要的不一样', '不是我要的效果', '重新做', '重新弄', '重来一次', '再弄一次', '免费重做', '做得不好', '做的不好', '没做好', '修得不好', '没修好', '没弄好', '没弄干净', '没清干净', '没处理干净', '没搞干净', '没除干净', '没洗干净', '不彻底', '歪了', '弄歪', '做歪', '绣歪', '印歪', '贴歪', '装歪', '挂歪', '歪歪扭扭'],
    en: ['not satisfied with the', 'not happy with the result', 'not happy with a', 'not happy with the', 'unhappy with the result', 'not happy with how', "wasn't done right", "isn't done right", 'not done properly', 'not what we agreed', 'do it again', 'fix it for free', 'come back and fix', 'satisfaction guarantee', 'satisfaction guaranteed', 'not up to standard', 'poor job', 'bad job', 'sloppy'],
  },
  // Complaints go to someone who can act on them.
  contact: {
    zh: ['提意见', '反映问题', '找你们经理', '找经理', '找负责人', '找店长', '找老板', '服务态度', '态度差', '态度不好'],
    en: ['speak to a manager', 'speak to the manager', 'talk to a manager', 'talk to the manager', 'speak to the owner', 'talk to the owner', 'file a complaint', 'make a complaint', 'lodge a complaint', 'rude staff', 'bad service', 'poor service'],
  },
  // ── Money back, deposits, prepaid cards ──
  refund: {
    zh: ['退余额', '余额退', '余额能退', '余额可以退', '剩下的钱', '剩余的钱', '没用完的钱', '没用完的次数', '剩余次数', '不做了能退', '不做了可以退', '钱能退', '钱能还', '还我钱', '能还我吗', '钱还我', '钱…拿回', '付的…拿回', '拿得回来', '要得回来', '钱…要回', '能要回', '能还我'],
    en: ['refundable', 'non-refundable', 'unused sessions', 'unused balance', 'remaining balance', 'leftover balance', 'credit left', 'balance left', 'money left on', 'lose the money', 'lose my money', 'lose our money', 'lose the deposit', 'lose my deposit', 'lose our deposit', 'forfeit', 'forfeited', 'keep the deposit', 'keep my deposit', 'get anything back', 'get some of it back', 'money we paid', 'money i paid', 'money already paid'],
  },
  deposit: {
    zh: ['交定金', '付定金', '交订金', '付订金', '要押金吗', '先交钱', '先交一部分', '预付一部分', '先付一部分', '付一半', '先付一半', '交一半', '全款', '付全款', '一次性付', '一次付清', '付清', '结清', '尾款', '余款', '再给剩下', '再付剩下', '剩下的再', '先押', '押多少', '要押', '得押', '押几', '押个', '押一', '再结', '剩下的…再结', '剩下的…再付', '占位费', '补齐', '补足剩下', '补尾款', '补全款', '剩下的钱…补', '剩下的钱…付', '剩下的钱…交', '余下的钱'],
    en: ['down payment', 'upfront payment', 'pay a deposit', 'booking fee', 'holding fee', 'part payment', 'pay half', 'half up front', 'half upfront', 'pay anything before', 'pay before you start', 'pay before you begin', 'put money down', 'put down money', 'money down', 'put a deposit down', 'put down a deposit', 'guarantee money', 'security money', 'caution money', 'how much do you hold', 'hold on my card', 'hold on top of', 'pre-authorisation', 'pre-authorization', 'pay to reserve', 'pay when reserving', 'pay when i reserve', 'pay when booking', 'pay when i book', 'pay to book', 'pay to secure', 'secure my booking', 'secure the booking', 'secure the date', 'secure my slot', 'hold the date', 'pay the rest', 'rest of the payment', 'pay the balance', 'balance due', 'balance is due', 'balance…settled', 'settle the balance', 'settle the rest', 'pay the remainder', 'remaining amount', 'pay everything upfront', 'pay everything on the day', 'pay in full', 'pay the full amount', 'full amount upfront', 'whole amount', 'entire amount', 'full amount', 'pay it all upfront', 'pay all upfront', 'lump sum', 'in one payment', 'single payment', 'pay to lock in', 'pay to hold', 'lock in a date', 'lock in the date', 'secure a date', 'hold a date'],
  },
  // Too few people to go ahead: a tour, a class, a group buy or a game needs a minimum.
  min_group: {
    zh: ['成团', '发团', '开团', '不成团', '成不了团', '人数不够', '人数不足', '人不够', '人没凑够', '凑够人', '凑齐人', '最少几个人', '至少几个人', '最少要几个人', '最低人数', '最少人数', '几个人能发', '几个人成', '多少人成', '多少人开', '几个人开'],
    // Not "minimum number of people": an entry that writes "a minimum of 4 people" matches that by its own words.
    en: ['not enough people', 'enough people', 'too few people', 'not enough participants', 'too few participants', 'not enough sign-ups', 'enough sign-ups'],
  },
  stored_value: {
    zh: ['预付卡', '预付费', '卡里还有钱', '卡里还剩', '卡里剩', '卡上的余额', '卡里的余额', '卡上还有', '充值优惠', '充卡', '办卡充', '往卡里存', '卡里存钱', '卡里存', '存钱送', '存多少送', '充值赠', '储值赠', '存钱…送', '存钱…赠', '充钱…送', '充钱…赠', '充值…送', '充值…赠', '储值…送', '储值…赠', '钱进去', '存一千', '存五百', '存两千', '存一万'],
    en: ['prepaid package', 'prepaid sessions', 'prepaid plan', 'prepaid account', 'pre-paid card', 'credit left', 'credit on my card', 'credit on my account', 'money left on', 'balance left', 'remaining balance', 'unused balance', 'load my card', 'add money to', 'put money on', 'value card', 'preload', 'pre-load', 'preloaded', 'load money', 'load up my', 'money onto', 'credit onto', 'put credit on', 'top up my account', 'top-up bonus', 'bonus credit', 'get a bonus', 'bonus when', 'bonus if', 'extra credit'],
  },
  // ── Memberships, vouchers ──
  membership: {
    zh: ['会员权益', '会员福利', '会员有什么', '会员有啥', '会员制', 'VIP卡', 'vip卡', 'VIP会员'],
    en: ['loyalty card', 'loyalty scheme', 'loyalty programme', 'loyalty program', 'members get', 'vip card', 'vip member', 'member benefits', 'membership benefits', 'member perks', 'regular customer discount'],
  },
  gift_card: {
    zh: ['礼卡', '卡券', '消费券', '现金券', '提货券', '送礼卡', '买张卡送', '买个券送'],
    en: ['giftcard', 'gift cert', 'buy a voucher', 'voucher as a present', 'voucher for a friend', 'voucher for my', 'present for someone', 'gift code', 'gift codes'],
  },
  // Something sent to another person: a hamper, a note with it, straight to them.
  gift: {
    zh: ['礼篮', '果篮', '礼盒', '送人', '送朋友', '送同事', '送领导', '送长辈', '写张卡片', '附卡片', '附一张卡', '写句话', '写几句话', '祝福语', '贺卡'],
    en: ['hamper', 'hampers', 'gift basket', 'gift baskets', 'gift box', 'with a note', 'with a card', 'a note with', 'a card with', 'note inside', 'card inside', 'handwritten note', 'send something nice', 'something nice for', 'get well', 'get-well', 'as a thank you', 'to say thank you', 'to say thanks', 'thank-you present', 'housewarming', 'send…straight to my', 'send…directly to my', 'to the recipient', 'for the recipient'],
  },
  // ── Discounts: students, seniors, groups, a first visit ──
  discount: {
    zh: ['打个折', '便宜些', '有没有活动', '有活动吗', '优惠活动'],
    en: ['any offers', 'special offer', 'special offers', 'mates rates', 'bundle deal', 'price break', 'special price', 'special rate', 'special deal', 'better price', 'better rate', 'better deal', 'any deals', 'knock something off', 'knock a bit off', 'cheaper for', 'cheaper if', 'reduced rate for', 'discount for groups', 'group price', 'group deal'],
  },
  beginner: {
    zh: ['首次光顾', '第一次光顾', '第一次来店'],
    en: ['new customer', 'new customers', 'first-time customer', 'first time customer'],
  },
  // ── Invoices and receipts ──
  invoice: {
    zh: ['能开票', '电子发票', '纸质发票', '消费凭证', '消费记录', '单据', '回去报销', '拿去报销', '报销用', '盖章', '公章'],
    en: ['get a receipt', 'official receipt', 'for reimbursement', 'expense it', 'expense claim', 'claim on expenses', 'claim it on expenses', 'company will reimburse', 'company reimburses', 'tax receipt', 'paperwork for my company', 'company stamp', 'company name on', 'receipt for my company', 'invoice for my company'],
  },
  // ── Decorating the premises for an event ──
  decorating: {
    zh: ['装饰', '布置', '气球', '彩带', '拉花', '礼炮', '彩纸', '往墙上贴', '墙上贴', '贴墙上'],
    en: ['decorate', 'decorating', 'decoration', 'decorations', 'decor', 'balloon', 'balloons', 'confetti', 'streamers', 'bunting'],
    // Homework set, and a building's fitting-out, are no decorating.
    zhNot: ['布置作业', '装饰公司', '室内装饰', '装饰材料', '装饰装修'],
  },
  // ── Children, age limits ──
  age: {
    zh: ['年龄限制', '限制年龄', '年龄要求', '年龄段', '太小了', '多小的', '成年人才', '只限成人', '仅限成人', '大人陪同', '大人陪着'],
    en: ['age restriction', 'age restrictions', 'age requirement', 'age range', 'how young', 'too old', 'under 12s', 'under 14', 'over 18', 'adults only', 'adult supervision', 'accompanied by an adult', 'with an adult'],
  },
  children: {
    zh: ['带娃'],
    en: ['youngsters', 'my little one'],
  },
  // ── Pets ──
  pet: {
    zh: ['带宠物', '宠物能', '宠物可以'],
    en: ['pet policy', 'my furry friend', 'four-legged', 'dog allowed', 'dogs welcome', 'pets welcome', 'on a leash', 'on a lead'],
  },
  // ── Step-free access ──
  accessibility: {
    zh: ['残疾人', '行动不方便', '腿脚不方便', '腿不方便', '走路不方便', '拄拐', '门口有台阶', '有没有台阶', '有台阶吗', '门槛', '无障碍通道', '无障碍厕所', '推婴儿车进'],
    en: ['wheelchair-accessible', 'wheelchair user', 'wheelchair users', 'in a wheelchair', 'use a wheelchair', 'accessible entrance', 'accessible toilet', 'disabled toilet', 'mobility issues', 'mobility aid', 'walking frame', 'crutches', 'steps at the entrance', 'step at the entrance', 'any steps', 'level access', 'ground floor access'],
  },
  lift: {
    zh: ['有电梯', '电梯吗', '没电梯', '无电梯', '没有电梯', '几层楼梯'],
    en: ['is there a lift', 'is there an elevator', 'elevator access', 'lift access', 'flight of stairs', 'flights of stairs'],
  },
  // ── Wifi and toilets on the premises ──
  wifi: {
    zh: ['wifi', 'WiFi', 'WIFI', 'Wi-Fi', '蹭网', '能上网', '连网吗'],
    en: ['internet connection', 'hotspot', 'wifi password', 'wifi code', 'get online while', 'work on my laptop while'],
  },
  // A toilet customers may use: not the toilet a phone fell into, nor a hotel room's own bathroom.
  restroom: {
    zh: ['洗手间', '厕所', '上厕所', '公共卫生间', '卫生间在哪', '有卫生间吗', '有没有卫生间', '借用卫生间', '用一下卫生间', '顾客卫生间', '母婴室'],
    en: ['restroom', 'restrooms', 'washroom', 'washrooms', 'toilet', 'toilets', 'toilet for customers', 'customer toilet', 'customer toilets', 'use the toilet', 'use your toilet', 'use the bathroom', 'use your bathroom', 'is there a toilet', 'are there toilets', 'toilet on site', 'toilets on site', 'public toilet', 'loo'],
    zhNot: ['去厕所了', '上厕所了', '在厕所', '掉厕所', '掉进厕所', '掉到厕所', '掉在厕所', '厕所里捞'],
    enNot: ['in the toilet', 'into the toilet', 'down the toilet', 'toilet paper', 'toilet roll', 'toilet seat', 'toilet is blocked', 'toilet blocked', 'toilet is clogged', 'flush the toilet', 'toilet bowl', 'toilet cleaner', 'toilet habits', 'toilet training', 'toilet trained', 'toilet-trained'],
  },
  // ── Groups and companies ──
  group: {
    zh: ['包场', '组团', '团队活动', '公司活动', '员工活动', '年会', '多人一起', '人多的话', '几个朋友一起', '一群朋友', '好几个人', '统一做', '统一定做', '统一定制', '做一批', '订一批', '定一批'],
    en: ['team building', 'team-building', 'team outing', 'company event', 'office party', 'private hire', 'book the whole', 'hire the whole', 'exclusive use', 'several of us', 'a few of us', 'bunch of us', 'people from work', 'staff outing', 'away day', 'our club', 'club of', 'our society', 'our association', 'family of', 'big family', 'extended family', 'whole family', 'the whole team', 'whole class', 'party of', 'group of', 'there are…of us', 'there will be…of us', "we're a group", 'we are a group', 'we are a team', 'all of us', ...PARTY_FORMS],
  },
  corporate: {
    zh: ['公司账户', '企业客户', '公司客户', '单位采购', '公司采购', '给员工', '公司名义', '公司统一', '单位统一', '单位定做', '单位定制'],
    en: ['company account', 'corporate account', 'business account', 'for our staff', 'for our employees', 'for my team', 'on behalf of my company', 'for the whole office',
      // Outings and parties of a workplace ("outing" stems to "out": only with whose outing it is, and not "work
      // outing", which is "work out").
      'company outing', 'company outings', 'team outing', 'staff outing', 'company party', 'work party', 'staff party', 'christmas party', 'year-end party', 'end of year party', 'team event', 'work event', 'corporate event', 'company trip', 'team day out', 'day out for', 'for my coworkers', 'for my colleagues', 'with my colleagues', 'with colleagues', 'with my coworkers', 'with coworkers'],
  },
  // ── When a fee is due ──
  billing: {
    zh: ['什么时候交费', '什么时候交钱', '什么时候缴费', '什么时候付款', '哪天交', '几号交', '几号前交', '最晚哪天交', '交费时间', '缴费时间', '截止…交'],
    en: ['fees due', 'fee due', 'payment due', 'payments due', 'due date', 'when do i pay', 'when do we pay', 'when to pay', 'pay by when', 'deadline for…fees', 'deadline for…payment', 'deadline to pay'],
  },
  // ── Personal data ──
  delete_account: {
    zh: ['保密', '隐私政策', '不会外传', '不外传', '卖给别人', '给第三方', '我的信息会', '我的资料会', '存我的信息', '留我的信息', '身份证信息', '发到网上', '电话给别人', '号码给别人', '信息给别人', '资料给别人', '告诉别人', '被别人看', '让别人看', '给别人看', '发朋友圈', '拍照发', '资料…留着', '文件…留着', '信息…留着', '证件…留着', '资料…保留', '文件…保留', '信息…保留', '证件…保留', '资料…保存', '文件…保存', '资料…销毁', '文件…销毁', '会不会删', '会删掉吗', '会删除吗', '留底', '留个底', '存底', '留存', '机密', '泄露', '泄漏', '外泄', '泄密', '会存着', '一直存着', '存着吗', '会删吗', '删掉吗'],
    en: ['keep my information', 'keep my details', 'store my details', 'store my information', 'share my details', 'share my information', 'sell my data', 'third parties', 'data protection', 'data policy', 'privacy policy', 'keep it private', 'confidentiality', 'on social media', 'post my photo', 'use my photo', 'use photos of', 'anyone else see', 'who can see my', 'who sees my',
      // Asked as a worry about sending or showing something personal.
      'who gets to see', 'who will see', 'who else sees', 'who has access to', 'who can access', 'who looks at', 'is it safe to send', 'safe to send', 'safe sending', 'safe to share', 'safe to upload', 'safe to email', 'secure to send', 'kept private', 'kept confidential', 'stay private', 'stays private', 'private documents', 'personal documents', 'sensitive documents', 'sensitive information', 'quite personal', 'very personal', 'deleted afterwards', 'delete my files', 'delete the files', 'delete my documents', 'delete my scans', 'leak', 'leaked',
      // what the business holds about the customer, asked gone
      'everything about me', 'everything you have on me', 'all my info', 'from your system', 'off your system', 'out of your system', 'from your records', 'off your records', 'from your database', 'off your database'],
  },
  // ── How long the job takes, when it is ready ──
  turnaround: {
    zh: ['多久能好', '多久好', '什么时候好', '什么时候能好', '几天能好', '几天好', '几天能拿', '什么时候能拿', '什么时候可以拿', '什么时候可以取', '什么时候能取', '什么时候来取', '做好了通知', '好了通知我', '好了告诉我', '加急', '急用', '能不能快点', '当天能好', '当天可以拿', '当天能拿', '几天能取', '多久能做好', '多久做好', '多久能弄好', '明天能拿', '明天能取', '今天能拿', '今天能取', '明天能好', '今天能好', '几天可以取', '几天后取', '做好要多久', '弄好要多久', '多长时间能好', '多长时间能修好', '多长时间才能好', '几天能修好', '更快的', '更快一点', '快点的', '多付点钱也', '多付钱也', '加钱也行', '加点钱也', '贵点也行', '贵一点也行', '多花点钱也', '多花钱也', '周几能好', '周几能拿', '哪天能好', '哪天能拿', '才能拿回来', '才能拿回', '多少天才能', '几天才能拿', '多久才能拿', '等多少天', '能戴上', '当天能戴', '什么时候能戴', '多久能戴', '当天取镜'],
    en: ['how long does a repair', 'how long does the job', 'how long does the work', 'how long will the job', 'how long will the work', 'how long will it take to fix', 'until i can pick it up', 'until i can collect', 'until it is ready', "until it's ready", 'before i can pick it up', 'before i can collect', 'when will it be ready', 'when is it ready', 'when will mine be ready', 'when can i collect', 'when can i pick it up', 'how soon can i', 'rush job', 'rush order', 'express service', 'need it by', 'need it back by', 'ready by', 'have it by tomorrow', 'have them by tomorrow', 'ready tomorrow', 'ready today', 'done by tomorrow', 'ready for collection', 'ready for pickup', 'ready to collect', 'let me know when it', 'notify me when it', 'text me when it', 'done the same day', 'same-day service', 'same day service',
      // Paying for speed, in the customer's words ("faster if I pay more").
      'faster if', 'quicker if', 'sooner if', 'faster if i pay', 'quicker if i pay', 'sooner if i pay', 'faster if we pay', 'quicker if we pay', 'sooner if we pay', 'pay more…faster', 'pay more…quicker', 'pay more…sooner', 'pay extra…faster', 'pay extra…quicker', 'pay extra…sooner', 'pay extra to speed', 'pay more to speed', 'speed it up', 'speed things up', 'speed up the', 'jump the queue', 'skip the queue', 'skip the line', 'fast-track', 'fast track', 'priority service', 'faster service', 'quicker service'],
  },
  // ── Fetching and bringing back the customer's things ──
  pickup_service: {
    zh: ['上门取件', '上门收件', '上门取货', '来我家取', '来家里拿', '来家里取', '送回来给我', '做好送回', '修好送回'],
    en: ['collect it from my', 'collect from my home', 'collect from my house', 'collect from my office', 'pick it up from my', 'pick up from my', 'deliver it to my', 'return it to me', 'courier it back', 'pick-up and delivery', 'pick up and delivery', 'pick-up and return', 'collect and return', 'back to my home', 'back to my house', 'back to my office', 'door-to-door', 'door to door', 'pick-up from home', 'pickup from home'],
  },
  // Fetching it oneself, said as a trip the customer makes on the way somewhere ("下班顺路过去取").
  pickup: {
    zh: ['过去取', '过去拿', '顺路取', '顺路拿', '顺路过去取', '顺路过去拿', '顺便取', '顺便拿', '亲自取', '亲自去拿'],
    en: ['pick it up on my way', 'collect it on my way', 'swing by and pick', 'swing by to pick', 'pop in to collect', 'pop in and collect', 'drop by to collect', 'drop by and collect'],
  },
  // Or sent: how the finished thing reaches the customer's hands.
  delivery: {
    zh: ['到我手上', '到我手里', '送到我手', '寄到我手', '怎么到我', '寄给我', '寄过来给我'],
    en: ['get it to me', 'into my hands', 'post it to me', 'mail it to me', 'courier it to me'],
  },
  // Or sent in: how the customer's things reach the business when they cannot come.
  mail_in: {
    zh: ['寄给你们', '寄过去给你们', '快递过去给你们', '交给你们', '怎么给你们', '给你们寄', '寄到你们'],
    en: ['send it to you', 'post it to you', 'mail it to you', 'courier it to you', 'get it to you'],
  },
  // A deal bought on a group-buying app, said the short way ("团的券").
  group_buy: {
    zh: ['团的券', '团的套餐', '团来的券', '团了个'],
    en: ['deal i bought', 'voucher i bought'],
  },
  // Whether a business that comes to the customer comes as far as their place (the food lexicon's delivery area).
  delivery_area: {
    zh: ['服务范围', '服务区域', '覆盖哪些', '覆盖范围', '哪些区域', '会不会太远', '嫌远', '跑得过来', '跑不过来', '过得来吗', '能过来做', '能过来吗', '接单不', '接不接单', '接单吗'],
    en: ['service area', 'areas you cover', 'area you cover', 'come out to', 'too far for you', 'come as far as'],
  },
  // A visit that comes back on a schedule is a contract, whatever the business does.
  contract: {
    zh: ['定期来', '定期上门', '每个月来一次', '每月来一次', '长期合作', '长期来'],
    en: ['regular visits', 'come every month', 'come once a month', 'monthly visits', 'recurring service', 'long-term arrangement'],
  },
  // ── A company settling once a month ──
  credit_terms: {
    zh: ['每个月统一结', '每月统一结', '统一结账', '统一结算', '一月一结', '一个月一结', '按月结', '每月结', '每个月结', '每个月…结一次', '每月…结一次', '月底统一', '单位…结账', '公司…结账', '每个月…对账', '每月对账'],
    en: ['invoice us monthly', 'invoice us once a month', 'bill us monthly', 'bill us once a month', 'settle once a month', 'monthly account'],
  },
  // ── Someone else coming in the customer's place: to collect, to drop off, to attend ──
  on_behalf: {
    zh: ['代取', '代领', '代拿', '替他', '替她', '帮他拿', '帮她拿', '帮他取', '帮她取', '帮我去拿', '帮我去取', '别人去拿', '别人去取', '别人来拿', '别人来取', '别人代', '朋友去拿', '朋友去取', '朋友来拿', '朋友来取', '家人去拿', '家人来取', '让朋友', '让家人', '委托', '不是本人', '本人不能', '本人来不了', '本人没空', '他的名字订', '她的名字订', '别人的名字', '替我去拿', '替我去取', '替我拿', '替我取', '替我来拿', '替我来取', '帮我取', '帮我拿', '朋友代', '家人来拿', '让人来取'],
    en: ['on my behalf', 'on his behalf', 'on her behalf', 'someone else pick', 'someone else collect', 'someone else to pick', 'someone else to collect', 'friend pick', 'friend collect', 'friend to pick', 'friend to collect', 'husband pick', 'husband collect', 'wife pick', 'wife collect', 'send someone', 'in my place', 'instead of me', 'under my name', 'under his name', 'under her name', 'not the person who booked', 'authorise someone', 'authorize someone', 'on behalf of', 'somebody else collect', 'somebody else pick', 'a friend collect', 'my friend collect', 'a friend pick', 'my friend pick', 'send a friend',
      ...['collect', 'pick', 'grab', 'fetch', 'get', 'buy', 'order', 'book'].flatMap((verb) => ['her', 'him', 'them', 'someone else', 'somebody else', 'my sister', 'my brother', 'my friend', 'my wife', 'my husband', 'my mum', 'my dad', 'my boss'].map((who) => `${verb}…for ${who}`))],
    // A present bought for someone, or a voucher sent to them, is a gift, not an errand run for the customer.
    enNot: ['voucher for', 'vouchers for', 'gift card for', 'gift cards for', 'gift for', 'gifts for', 'present for', 'send someone a', 'send someone an', 'send somebody a'],
  },
  // ── Things nobody collects ──
  unclaimed: {
    zh: ['忘了取', '忘记取', '忘了来取', '忘记来取', '一直没拿', '没来拿', '放很久', '放太久', '能放多久', '能存多久', '长时间不取', '长期不取', '没取走', '忘了拿', '忘记拿', '一直没去拿', '一直没去取', '没去拿', '没去取', '不取的话', '过期不取'],
    en: ['forget to collect', 'forgot to collect', 'forget to pick up', 'forgot to pick up', "don't pick up", "can't collect it", 'how long will you keep', 'storage fee', 'storage charge', 'never picked up', 'never came back for', 'never came to collect', "didn't come back for", 'nobody picks up', 'nobody collects', 'no one picks up', 'no one collects', 'never come back for', 'not picked up', 'left it too long'],
  },
  // ── Something sold out coming back: how customers of any shop ask ──
  stock: {
    zh: ['还会再有', '什么时候再有', '还能买到吗', '什么时候能买', '再进货', '进货'],
    en: ['in again', 'get more of', 'getting more of', 'get any more', 'any more coming', 'more coming', 'will there be more', 'have more of', 'buy it again', 'buy them again', 'buy again', 'bought again', 'purchase again', 'purchasable again', 'orderable again', 'for sale again', 'on sale again', 'selling it again', 'selling them again', 'have it again', 'have them again', 'carry it again', 'stock it again', 'ever be back', 'gone for weeks', 'zero left', 'none in stock', 'no inventory', 'not in stock', 'replenished', 'replenish'],
    // Coming in or logging in a second time is no restock.
    enNot: ['come in again', 'coming in again', 'pop in again', 'drop in again', 'log in again', 'sign in again', 'check in again', 'call in again', 'let me in again'],
  },
  // ── Requests of their own (concept-lexicon.ts ASK_CONCEPTS): whatever they are made about, the request is the point ──
  // Being reminded or told by message before a visit or a deadline.
  reminder: {
    zh: ['提醒', '短信通知', '发短信', '发个短信', '发条短信', '短信告诉', '消息通知', '推送通知'],
    en: ['remind', 'reminder', 'reminders', 'text me', 'send me a text', 'text reminder', 'notify me'],
  },
  // A document issued again, or a wrong one replaced: an invoice with the wrong title, a certificate to correct.
  reissue: {
    zh: ['重开', '重新开', '开错', '重新出具', '重新出一', '换开', '改开', '红冲', '重新打印', '补打'],
    en: ['reissue', 're-issue', 'issue a new', 'issue another', 'new invoice', 'corrected invoice', 'corrected receipt', 'wrong name on the invoice', 'wrong name on the receipt', 'cancel the invoice'],
  },
  // A consultation or assessment done over video instead of in person (online classes are online_session).
  remote_service: {
    zh: ['线上做', '视频做', '线上视频', '视频问诊', '线上问诊', '网上问诊', '在线问诊', '远程问诊', '视频看诊', '视频评估', '线上评估', '远程评估', '网上看诊', '视频咨询', '线上面诊', '视频面诊'],
    en: ['video consultation', 'video consultations', 'online consultation', 'online consultations', 'virtual consultation', 'virtual consultations', 'telehealth', 'video … consultation', 'video … consultations', 'online … consultation', 'online … consultations', 'video appointment', 'video assessment', 'online assessment'],
  },
  // Passing what the customer holds on to another person: points, a voucher, a pass, a booking.
  pass_on: {
    zh: ['转给', '转赠', '转让给', '让给', '过户给', '共享给', '分享给', '送给朋友', '送给别人', '送给家人', '送给同事', '给别人用', '给朋友用', '给家人用', '给家里人用', '给老公用', '给老婆用', '给我老公用', '给我老婆用', '给爸妈用', '给我妈用', '给我爸用'],
    en: ['transfer my points', 'transfer points', 'transfer … to my friend', 'transfer … to my husband', 'transfer … to my wife', 'transfer … to someone', 'give my points', 'share my points', 'let my friend use', 'let my husband use', 'let my wife use', 'give it to a friend', 'give them to a friend', 'give … to someone else', 'to a new owner', 'transferred to the person', 'transferred to someone', 'transferred to my', 'transfer it to the person', 'to the person i gave', 'if i sell it', 'pass it on to', 'pass them on to',
      // "give my leftover lessons to my sister", "transfer the rest to my son"
      ...['give', 'transfer', 'pass'].flatMap((verb) => ['my sister', 'my brother', 'my son', 'my daughter', 'my mum', 'my mom', 'my dad', 'my wife', 'my husband', 'my partner', 'my friend', 'a friend', 'someone else'].map((who) => `${verb} … to ${who}`))],
  },
  // Which brand or model something the business uses or sells is: a question of its own, not a detail of one.
  which_brand: {
    zh: ['什么牌子', '哪个牌子', '啥牌子', '哪些牌子', '什么品牌', '哪个品牌', '啥品牌', '哪些品牌', '什么型号', '哪个型号', '啥型号', '哪款型号', '牌子是', '品牌是', '型号是'],
    en: ['what brand', 'which brand', 'what brands', 'which brands', 'what model', 'which model', 'brand is it', 'brand are'],
  },
  // Which size to choose: advice before buying, not a size that did not fit.
  size_advice: {
    zh: ['穿什么码', '穿多大码', '穿多大的码', '选什么码', '选多大码', '买什么码', '买多大码', '拍什么码', '什么码合适', '多大码合适', '尺码表', '尺码对照', '偏大还是偏小', '偏小还是偏大', '尺码准', '码数准', '尺码标准吗', '码数标准吗', '尺码怎么选', '怎么选尺码', '码数怎么选', '怎么选码', '尺码建议', '尺码推荐'],
    en: ['what size should i', 'which size should i', 'size chart', 'size guide', 'sizing chart', 'run small', 'run large', 'runs small', 'runs large', 'true to size', 'size up or down'],
  },
  // A suggestion of what to choose or where to go.
  recommendation: {
    zh: ['推荐一下', '推荐个', '推荐几', '推荐点', '给我推荐', '帮我推荐', '有什么推荐', '推荐什么', '推荐哪'],
    en: ['can you recommend', 'could you recommend', 'recommend me', 'recommend a good', 'recommend any', 'recommend some', 'any recommendations', 'what do you recommend', 'what would you recommend', 'can you suggest', 'could you suggest', 'any suggestions'],
  },
  // Which colours there are to choose from.
  colour_choice: {
    zh: ['什么颜色', '哪些颜色', '几种颜色', '几个颜色', '别的颜色', '其他颜色', '颜色可以选', '色可以选', '颜色可选', '能选颜色', '可以选颜色', '选颜色', '有…色可以选', '有…色可选', '有…色的吗'],
    en: ['what colours', 'what colors', 'which colours', 'which colors', 'other colours', 'other colors', 'colour options', 'color options', 'choose the colour', 'choose the color', 'pick the colour', 'pick the color', 'choice of colours', 'choice of colors'],
  },
  // Two offers, cards or vouchers used on one purchase.
  stacking: {
    zh: ['叠加', '叠着用', '叠在一起', '叠一起', '一起用', '同时用', '一起使用', '同时使用', '同享', '同时享受', '合并使用', '能叠'],
    en: ['combine', 'combined with', 'stack', 'stackable', 'use both', 'use them together', 'use two', 'use more than one', 'use several', 'use multiple', 'together with another', 'at the same time as'],
  },
  // Paying in parts: asked of a payment entry that lists only the ways to pay (an entry on instalments answers it).
  pay_in_parts: {
    zh: ['分期付款', '分期付', '分期吗', '能分期', '可以分期', '花呗分期', '信用卡分期', '免息分期', '分几期'],
    en: ['in instalments', 'in installments', 'instalment plan', 'installment plan', 'payment plan', 'pay in parts', 'buy now pay later', 'split the payment', 'split the bill', 'split payment'],
  },
  // An invoice asked for: asked of an entry on something else bought (an entry on invoices answers it).
  invoice_ask: {
    zh: ['开发票', '开个发票', '开张发票', '要发票', '发票吗', '能开票', '开票吗', '公司报销', '单位报销', '报销用'],
    en: ['fapiao', 'vat invoice', 'tax invoice', 'an invoice', 'invoice for my company', 'issue an invoice', 'get an invoice', 'need an invoice'],
  },
  // Leaving a delivery with someone else or somewhere: a neighbour, a locker, the door.
  leave_with: {
    zh: ['放快递柜', '放在快递柜', '放驿站', '放在驿站', '放丰巢', '交给邻居', '放邻居', '给邻居', '放门口', '放在门口', '放门卫', '放前台', '放在前台'],
    en: ['leave it with', 'leave the parcel with', 'leave the package with', 'with my neighbour', 'with a neighbour', 'with my neighbor', 'with a neighbor', 'parcel locker', 'leave it at the door', 'leave it outside', 'safe place'],
  },
  // The business coming to the customer's home instead of the customer coming in.
  home_visit: {
    zh: ['上门取', '上门收', '上门清洗', '上门洗', '上门做', '上门来', '到家里来', '来家里', '来我家', '上门看', '来看一趟', '过来看看', '来家里看', '派人来看', '派个人来'],
    en: ['come to my home', 'come to my house', 'come to our home', 'come to our house', 'come to our office', 'home visit', 'home visits', 'house call', 'house calls', 'at my home', 'to my apartment', 'to our apartment', 'pop round', 'pop over', 'come round', 'home survey', 'site visit', 'site survey', 'come out and look', 'come and look', 'come and have a look', 'come out and have a look', 'come and check'],
  },
  // Photos or a video made of the customer's visit or thing.
  film_it: {
    zh: ['拍视频', '录视频', '拍个视频', '录个视频', '拍MV', '拍mv'],
    en: ['film a video', 'shoot a video', 'record a video', 'music video', 'photo shoot', 'photo shoots', 'film it', 'film our'],
  },
  // Changing something after the order is placed.
  after_ordering: {
    zh: ['下单后改', '下单后修改', '下单后还能改', '下了单还能改', '下单之后改', '付款后改', '付款后还能改'],
    en: ['change … after i placed', "change … after i've placed", 'change … after placing', 'change … after ordering', "change … once i've ordered", 'edit … after i placed', "edit … after i've placed", 'edit … after placing'],
  },
  // What to wear to a visit.
  what_to_wear: {
    zh: ['穿什么衣服', '穿什么去', '要穿什么', '该穿什么', '穿什么比较好'],
    en: ['what should i wear', 'what to wear', 'what do i wear', 'what should we wear'],
  },
  // Doing it oneself on the business's machines.
  self_service: {
    zh: ['自助洗', '自助投币', '投币洗', '投币的', '自助机'],
    en: ['self-service', 'self service', 'coin machines', 'coin-operated', 'coin operated'],
  },
  // Asking for a lower price than the one given.
  discount_ask: {
    zh: ['有折扣吗', '有没有折扣', '有优惠吗', '有没有优惠', '能打折吗', '可以打折吗', '能优惠吗', '可以优惠吗', '能不能优惠', '能不能打折', '优惠吗', '打折吗', '折扣吗'],
    en: ['any discount', 'any discounts', 'get a discount', 'give a discount', 'give discounts', 'offer a discount', 'offer discounts', 'offer any discount', 'is there a discount', 'a discount if', 'a discount for'],
  },
  // Bringing the customer's own materials, parts or supplies.
  bring_own: {
    zh: ['自带', '自己带', '自备', '自己买的', '自己的材料', '自己的面料', '自己的布', '自己的配件', '外面买的', '外面带'],
    en: ['bring my own', 'bring our own', 'supply my own', 'use my own', 'provide my own', 'my own fabric', 'my own materials', 'my own parts', 'my own supplies', 'bought elsewhere', 'bought it elsewhere'],
  },
  // How a word is said in another language.
  say_in: {
    zh: ['用英语怎么说', '英语怎么说', '英文怎么说', '中文怎么说', '用中文怎么说', '日语怎么说', '法语怎么说'],
    en: ['how do you say', 'how do i say', "what's the word for", 'what is the word for', 'how to say'],
  },
  // Something written, printed or issued in a given language (an invoice, a card's message, a certificate).
  in_language: {
    zh: ['开英文', '写英文', '印英文', '英文版', '英文抬头', '英文的发票', '英文发票', '用英文写', '用英语写', '写中文', '用中文写', '中文版', '中英文版', '中英双语', '双语版'],
    en: ['in english', 'in chinese', 'in mandarin', 'in french', 'in german', 'in japanese', 'in korean', 'in spanish', 'english version', 'chinese version', 'bilingual'],
  },
  // Someone else doing the customer's errand with the business for them (a loss reported, papers handled).
  by_proxy: {
    zh: ['代办', '代为办理', '让家里人', '家里人代', '家人代', '让家人代', '让朋友代', '别人代办'],
    en: ['on my behalf', 'in my place', 'instead of me', 'for me instead'],
  },
  // Sending the customer's thing to the business by post or courier instead of coming in.
  by_post: {
    zh: ['寄快递过去', '快递过去', '寄过去', '邮寄过去', '寄给你们', '快递给你们', '寄到店', '寄修', '邮寄给你们'],
    en: ['mail my … to you', 'mail it to you', 'mail them to you', 'post it to you', 'post my … to you', 'ship it to you', 'ship my … to you', 'courier it to you', 'send it by post', 'send it by mail', 'by post', 'mail it in', 'mail-in'],
  },
  // A document in writing that the business issues for the customer: a certificate, a written confirmation.
  in_writing: {
    zh: ['书面证明', '书面鉴定', '书面的', '书面确认', '出证书', '出个证书', '出一份证书', '开证明', '开个证明', '出具证明', '出证明', '盖章证明'],
    en: ['in writing', 'written certificate', 'written confirmation', 'written proof', 'written statement', 'a certificate', 'certificate of', 'signed letter', 'official letter', 'stamped letter'],
  },
  // Undoing a step the customer has just taken (a week skipped, a change made): not said by an entry on the step.
  undo_it: {
    zh: ['能撤回吗', '还能撤回', '撤回恢复', '取消跳过', '撤销跳过', '改回来', '恢复原来'],
    en: ['undo it', 'undo that', 'undo the', 'undo a', 'reverse it', 'reverse that', 'unskip', 'un-skip'],
  },
  // Buying a part or add-on on its own, apart from what it comes with (单独买, "buy … separately").
  buy_separately: {
    zh: ['单独买', '单独购买', '单独卖', '单独出售', '单买'],
    en: ['buy … separately', 'purchase … separately', 'sell … separately', 'sold separately', 'buy spare', 'buy a spare', 'buy refills', 'buy a refill', 'extra … separately'],
  },
  // Redeeming or collecting only one of the things held together (先赎一样, "redeem just one").
  only_part: {
    zh: ['先赎一样', '只赎一样', '只赎一件', '先赎一件', '赎一部分', '部分赎回', '只赎其中', '先赎其中', '只取一件', '先取一件', '只取其中', '先取其中'],
    en: ['redeem just one', 'redeem only one', 'redeem one of', 'collect just one', 'pick up just one', 'take just one'],
  },
  // Delivery without a charge: answered where delivery or its fee is.
  free_delivery: {
    zh: ['包邮', '免运费', '免费配送', '免费送货', '免配送费', '免邮', '送货免费', '配送免费'],
    en: ['free delivery', 'free shipping', 'deliver for free', 'ship for free', 'delivered for free', 'shipped for free', 'free postage'],
  },
  // Matching a lower price another shop asks (比价, "price match").
  price_match: {
    zh: ['比价', '别家更便宜', '别的店更便宜', '其他家更便宜', '别家便宜', '价格匹配'],
    en: ['price match', 'price-match', 'price matching', 'match the price', 'match a price', 'match their price', 'match prices', 'match a lower price', 'cheaper elsewhere', 'cheaper at another', 'cheaper somewhere else', 'beat the price', 'beat a price'],
  },
  // Changing the login details of the customer's account: its email or phone number (换绑到新号码).
  account_change: {
    zh: ['换绑手机', '换绑到', '改绑手机', '改绑到', '换绑邮箱', '换手机号', '更换手机号', '改手机号', '修改手机号', '换个手机号', '改邮箱', '修改邮箱', '更换邮箱', '换邮箱', '换个邮箱', '手机号停用', '手机号不用了'],
    en: ['change my email', 'change the email', 'change my account email', 'update my email', 'change the email address', 'change my phone number', 'update my phone number', 'change my username', 'change my login', 'email on my account', 'email address on my account'],
  },
  // Linking the customer's account to another app (绑定微信, "link my … account").
  link_account: {
    zh: ['绑定微信', '绑定支付宝', '关联微信', '关联支付宝', '绑微信', '绑定手机号'],
    en: ['link my account', 'link my … account', 'link it to my', 'connect my account', 'connect my … account', 'linked to my … account', 'link to wechat', 'link with wechat'],
  },
  // Notices or reminders sent through another channel than the one the business uses (改成发微信, "remind me by email").
  notify_by: {
    zh: ['改成发微信', '改成发短信', '改成发邮件', '换成发微信', '换成发短信', '改发微信', '改发短信', '微信通知我', '发微信提醒', '微信提醒我'],
    en: ['notify me by', 'notify me on', 'notify me via', 'remind me by', 'remind me on', 'remind me via', 'reminders by', 'reminders on', 'reminders via', 'reminder by', 'reminder via', 'notifications by', 'notifications via', 'notifications on', 'instead of sms', 'instead of a text', 'instead of text'],
  },
  // A complaint about one of the staff: for a person to take up, whatever the staff member does.
  complain_staff: {
    zh: ['态度太差', '态度很差', '态度差', '态度不好', '态度恶劣', '态度极差', '投诉他', '投诉她', '投诉那个', '投诉这个', '对我很凶', '骂我', '吼我', '很不礼貌', '没礼貌'],
    en: ['was rude', 'were rude', 'was really rude', 'was very rude', 'was so rude', 'rude to me', 'complain about him', 'complain about her', 'complain about the driver', 'complain about your', 'yelled at me', 'shouted at me', 'was unprofessional', 'was impolite', 'was disrespectful'],
  },
  // Something the customer left behind at the business.
  left_behind: {
    zh: ['落在店里', '落店里', '落了一把', '落了一个', '落了个', '忘在店里', '忘店里', '丢在店里', '落在你们', '忘在你们', '忘拿了', '落下了'],
    en: ['left behind', 'i left a', 'left it at', 'left them at', 'left my … at your', 'left my … in your', 'left my … in the'],
  },
  // Filling in a form for the customer.
  fill_form: {
    zh: ['帮我填', '帮忙填', '代填', '帮我填写', '帮忙填写', '代写申请'],
    en: ['fill in the form for me', 'fill out the form for me', 'fill in my form', 'fill out my form', 'fill it in for me', 'fill it out for me', 'complete the form for me'],
  },
  // Whether something is insured.
  insured: {
    zh: ['有保险吗', '有没有保险', '买保险吗', '上保险'],
    en: ['insured', 'insure', 'insurance on'],
  },
  // Getting in with a wheelchair or without steps.
  wheelchair: {
    zh: ['轮椅', '无障碍', '坐轮椅', '推轮椅', '无障碍通道', '残疾人通道'],
    en: ['wheelchair', 'wheelchairs', 'wheelchair accessible', 'wheelchair access', 'step-free', 'step free', 'disabled access', 'mobility scooter'],
  },
  // Making or doing it for a child.
  for_child: {
    zh: ['小孩穿的', '孩子穿的', '童装', '儿童款', '给小孩做', '给孩子做', '小孩能做', '孩子能做', '小朋友能'],
    en: ['for a child', 'for children'],
  },
  // One more service done along with the one booked.
  also_do: {
    zh: ['顺便帮', '顺便做', '顺带帮', '顺便给', '顺手帮'],
    en: ["while you're at it", 'also do'],
  },
  // Keeping the customer's thing at the business for a while.
  hold_for_me: {
    zh: ['寄存', '先放店里', '放店里', '放在店里', '帮我保管', '暂存', '保管一段时间', '多放几天', '多放一段时间'],
    en: ['hold it for me', 'keep it for me', 'hold them for me', 'keep them for me', 'hold on to it', 'keep it there'],
  },
};
