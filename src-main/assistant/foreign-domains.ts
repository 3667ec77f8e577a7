// Topic words of domains an online shop's customer service does not serve: banks, phones' and computers'
// settings, other apps and online services, vehicles, travel bookings, public services, health, jobs, school,
// housing and utilities, the weather, the news, sport and entertainment, general-knowledge quizzes (a country's
// capital), advice on the customer's love life, cremation and burial, and buying or selling animals; and what
// any small business is asked that is not its customers' business: requests to the assistant itself (a poem, a
// joke, a translation), opening a franchise, a job in a named role (招搬运工吗), another platform's own orders
// and accounts (货拉拉, a blocked WeChat), discounts for who the customer is (a student, a senior, a family).
// Services some businesses offer and others do not (buying back old things, work at the customer's home, taking
// rubbish away, reviews, referrals, price matching, engraving, recycling, smoking, massage, a published pass
// rate, a way to complain (a person takes a complaint up unless an entry says how), changing an account's e-mail
// address, and other trades'
// specific services such as implants, hair extensions or sofa cleaning: TRADE_SERVICES) count only when no
// entry of the knowledge base names them (OFFERED_DOMAINS). A question that names one of them and shares only
// an everyday shop word with the best entry ("delete my Facebook account" → "delete my account", "WiFi密码忘了"
// → "忘记密码") is about that other domain: its confidence drops
// (retriever.ts, RANKING.foreignTopic). A word the business itself uses is no sign of another domain: one the best
// entry has ("the refund reached my bank card", when the entry says "银行卡需要3–7个工作日"), one the questions of
// several entries use (a clinic's "dentist", a rental shop's "rent"), or a phrase with a word the best entry's
// question has in another phrase of the same domain (开车 where the entry asks 方便停车吗).
//
// Written from each domain's own vocabulary, not from any FAQ or eval question. Left out on purpose: what a
// shop sells or talks about itself (phones and laptops as products, "card", "account", "app", "settings",
// "delivery", "appointment", "membership"), product categories (food, pets, cars' accessories), and words
// that name a shop topic in another sense (visa the card, 行李箱 the suitcase, 毛病 the defect). A word that
// some business may use about its own service is listed only inside a phrase that asks the other domain's
// question: 下雨 (a phone soaked in the rain, a class in a rainstorm) only as 会下雨 / 下雨吗, "visa" (a
// language school's letters) as "tourist visa", 学徒 (a salon's junior stylists) as 招学徒 / 收徒,
// an interview (a shirt a laundry must have ready for it) as a job interview or its questions, a forecast (a
// typhoon forecast for moving day) as the weather forecast, 补办 (a
// member's lost card) as 去哪补办, a hotel as "recommend a hotel". A form "A…B" matches A then B a few words
// later (text-analysis.ts): 学生…优惠 is 学生有没有优惠 and 学生配眼镜有优惠吗, the order Chinese puts a
// qualifier in, and 招…员 a role being recruited; zhNot keeps 招牌 and 招生 out. Matching is by stem, so words whose stem is
// an everyday word are left out: "news" is "new" ("the new one"), "limping" is "limp" (limp hair).
import type { Concept } from './concept-lexicon.ts';

/**
 * Services some businesses offer and others do not: the question is another domain's only when no entry of
 * the knowledge base names the service (confidence-signals.ts). A firm that cleans homes or collects old furniture says
 * so somewhere, though the entry a question ranks first may not.
 */
/**
 * One trade's specific services, each its own domain: a clinic that places implants names them in an entry, and
 * a clinic whose entries name only cleaning and fillings does not place them ("种植牙一颗多少钱" is then no
 * question for its price list). A domain per service, not per trade: a dentist's FAQ names its own treatments.
 * With them what a business has only when it says so: events, a lost-property desk, wheelchair access, shipping
 * insurance.
 */
const TRADE_SERVICES = ['implants', 'crowns', 'bite_guards', 'gum_treatment', 'hair_extensions', 'beard_care', 'upholstery_cleaning', 'instrument_strings', 'ready_to_wear', 'photo_restoration', 'mould_removal', 'bird_control', 'mosquito_control', 'camping_gear_repair', 'live_events', 'lost_property', 'accessibility', 'shipping_insurance', 'success_rate', 'complaints', 'account_contact_change'];

export const OFFERED_DOMAINS: ReadonlySet<string> = new Set(['home_visits', 'disposal', 'buyback', 'reviews', 'referrals', 'price_match', 'customisation', 'sustainability', 'smoking', 'massage', ...TRADE_SERVICES]);

/**
 * Domains whose forms are a whole request to the assistant itself ("are you a real person", "translate … into"):
 * the top entry having the form's words, in another sense, does not make it the business's question
 * (confidence-signals.ts unexplainedForeign). `assistant_requests` are whole messages (assistant-requests.ts: a sum,
 * the time now, a greeting), read only in a customer's message, so no entry ever names them.
 */
export const REQUEST_DOMAINS: ReadonlySet<string> = new Set(['assistant_tasks', 'assistant_requests', 'forecast']);

export const FOREIGN_DOMAINS: Record<string, Concept> = {
  banking: {
    zh: ['银行', '存款', '取款', '存钱', '取钱', '贷款', '房贷', '车贷', '利率', '利息', '理财', '基金', '股票', '股市', '炒股', '汇率', '外汇', '挂失', '开户', '销卡', '提额', '信用额度', '征信', '信用卡账单', '还款', '冻结银行卡', '补办银行卡', '银行卡密码', '取款密码', '办信用卡', '申请信用卡', '信用卡申请', '保险公司', '买保险', '保险理赔', '医疗保险', '人寿保险', '彩票', '养老金', '银行账户', '兑人民币', '换人民币', '换成人民币', '换多少人民币', '兑换人民币', '美元兑', '欧元兑', '转错账', '转错人', '转账转错', '信用卡…账单', '信用卡…额度', '信用卡…还款', '换美元', '换外币', '兑换外币', '美元换', '保险哪家', '哪家保险', '买什么保险', '推荐…保险', '比特币', '以太坊', '狗狗币', '加密货币', '虚拟货币', '虚拟币', '数字货币', '股价', '赚钱快', '快速赚钱', '怎么赚钱', '发财'],
    en: ['bank', 'banking', 'mortgage', 'loan', 'interest rate', 'savings account', 'stock market', 'stock exchange', 'stocks and shares', 'buy stocks', 'buy shares', 'stocks doing', 'stock tips', 'exchange rate', 'credit limit', 'credit score', 'overdraft', 'pension', 'atm', 'cash machine', 'invest', 'investment', 'insurance policy', 'life insurance', 'health insurance', 'home insurance', 'travel insurance', 'lottery', 'tax return', 'income tax', 'file my taxes', 'lost card', 'lost my card', 'lost credit card', 'lost debit card', 'report a lost', 'stolen card', 'block my card', 'freeze my card', 'pin number', 'card pin', 'apply for a credit card', 'credit card application', 'checking account', 'open a bank account', 'report my credit card', 'report my debit card', 'report my card stolen', 'report my card lost', 'credit card bill', 'credit card statement', 'currency conversion', 'conversion rate', 'credit card … limit', 'credit card … bill', 'exchange … dollars', 'exchange … euros', 'exchange … pounds', 'another bank account', "someone else's account", 'bitcoin', 'btc', 'ethereum', 'crypto', 'cryptocurrency', 'dogecoin', 'stock price', 'stock prices', 'share price', 'share prices', 'make money fast', 'make money online', 'get rich', 'earn money fast'],
    zhNot: ['网银', '银行转账', '存钱罐', '卡里存钱', '往卡里存', '存钱送', '存钱有赠', '存钱有优惠'],
  },
  devices: {
    zh: ['出厂设置', '恢复出厂', '刷机', '系统更新', '系统升级', '升级系统', '重装系统', '路由器', '无线网', '手机流量', '流量套餐', '话费', '手机卡', '运营商', '中国移动', '联通', '电信', '信号不好', '没有信号', '没信号', '信号差', '杀毒', '病毒', '内存不足', '电脑系统', '驱动程序', '聊天记录', '朋友圈', '微信群', '编程', '写代码', '写程序', '有锁机', '网络锁', 'id锁', '激活锁', '捡到…手机', '学编程', '怎么截屏', '怎么截图'],
    en: ['factory reset', 'factory settings', 'wifi', 'wi-fi', 'router', 'windows update', 'operating system', 'software update', 'reinstall', 'virus', 'antivirus', 'malware', 'mobile data', 'data plan', 'phone plan', 'sim card', 'hotspot', 'ios update', 'android update', 'update my phone', 'phone update', 'phone software', 'unlock my phone', 'driver update', 'ringtone', 'no signal', 'phone signal', 'write code', 'python', 'javascript', 'china mobile', 'china unicom', 'china telecom', 'carrier locked', 'carrier lock', 'network locked', 'network lock', 'activation lock', 'icloud lock', 'found a phone', 'found an iphone', 'learn to code', 'learn coding', 'take a screenshot on', 'screenshot on iphone', 'screenshot on android', 'screenshot on my'],
  },
  online_services: {
    zh: ['qq号', '微博', '抖音', '快手', '爱奇艺', '优酷', '腾讯视频', '网易云', '视频会员', '视频网站', '音乐会员', '网盘', '游戏账号', '打游戏', '玩游戏', '健身房', '邮箱密码', '微信昵称', '微信改名', '微信怎么改', '改微信名', '微信名字'],
    en: ['qq', 'facebook', 'instagram', 'twitter', 'tiktok', 'snapchat', 'linkedin', 'netflix', 'spotify', 'youtube', 'disney+', 'hulu', 'apple id', 'gym', 'streaming service'],
  },
  vehicles: {
    zh: ['汽车', '开车', '驾照', '驾驶证', '车险', '违章', '停车', '车位', '车牌', '年检', '4s店', '修车', '洗车', '驾校', '滴滴', '网约车', '充电桩', '新能源车', '新能源汽车', '电动汽车', '油价', '加油站', '号汽油', '汽油价格', '我的车', '汽车托运', '车辆托运', '托运车', '车托运'],
    // A coach or train leaving: 快开车了, 开车前五分钟 (the customer does not drive).
    zhNot: ['快开车', '开车前', '开车时间', '几点开车', '要开车了'],
    en: ['vehicle', 'driving licence', 'driving license', "driver's license", "driver's licence", 'engine', 'oil change', 'tyre', 'petrol', 'gasoline', 'parking', 'speeding ticket', 'car insurance', 'mot', 'my car', 'motorbike', 'driving school', 'driving lesson', 'uber', 'electric car', 'electric vehicle', 'ev charger', 'ev charging', 'didi', 'change the oil', 'fix my car', 'repair my car', 'my car fixed', 'my car repaired', 'car repair', 'car repairs', 'car broke down', 'car broken down', "car won't start"],
  },
  travel: {
    zh: ['机票', '航班', '火车票', '高铁', '动车', '签证', '订酒店', '预订酒店', '酒店预订', '旅游', '旅行', '景点', '登机', '值机', '民宿', '门票', '行李额', '电影票', '演唱会', '外卖', '订餐', '餐厅', '饭店', '机场', '携程', '去哪儿网', '飞猪', '航空公司', '游船', '船票', '推荐一家酒店', '推荐个酒店', '推荐几家酒店', '推荐家酒店', '寄宿家庭', '末班车', '首班车', '头班车', '末班地铁', '租车', '有车租', '租辆车', '租个车', '好玩的地方', '哪里好玩', '有什么好玩', '附近好玩', '去哪里玩', '去哪玩', '去哪儿玩', '酒店…取消', '酒店…退订', '好吃的餐厅', '附近…好吃的', '有什么好吃的', '推荐…餐厅', '哪家餐厅', '旅游攻略', '周末去哪', '去哪里玩', '去哪玩'],
    en: ['flight', 'airline', 'airport', 'plane ticket', 'boarding pass', 'hotel booking', 'book a hotel', 'hotel room', 'airbnb', 'train ticket', 'railway', 'itinerary', 'trip', 'tourist', 'sightseeing', 'baggage allowance', 'cruise', 'movie ticket', 'cinema', 'concert ticket', 'restaurant', 'takeaway', 'food delivery', 'table reservation', 'ctrip', 'trip.com', 'boat tour', 'boat trip', 'boat ticket', 'recommend a hotel', 'recommend a good hotel', 'recommend a nice hotel', 'recommend a cheap hotel', 'recommend hotels', 'recommend any hotels', 'hotel recommendation', 'hotel recommendations', 'homestay', 'homestays', 'host family', 'host families', 'find accommodation', 'order a pizza', 'order me a pizza', 'order pizza for me', 'car hire', 'car rental', 'rent a car', 'rent cars', 'camper van', 'camper vans', 'campervan', 'good restaurants', 'good restaurant', 'recommend a restaurant', 'recommend … restaurant', 'where to eat', 'place to eat', 'places to eat', 'fun to do', 'things to do this weekend', 'what to do this weekend', 'where to go this weekend', 'plan a trip'],
    // 动车 (a bullet train) inside 电动车 (an e-bike).
    zhNot: ['旅行箱', '旅行包', '旅行袋', '电动车'],
  },
  public_services: {
    zh: ['护照', '户口', '社保', '医保', '公积金', '个税', '个人所得税', '退税', '派出所', '报警', '警察', '法院', '起诉', '律师', '结婚证', '离婚', '政府', '居住证', '身份证办理', '补办身份证', '户籍', '出入境', '港澳通行证', '大使馆', '注册公司', '营业执照', '工商局', '公司注册', '深圳通', '交通卡', '公交卡', '地铁卡', '一卡通', '补办社保卡', '补办医保卡', '社保卡补办', '医保卡补办', '社保卡怎么补办', '医保卡怎么补办', '去哪补办', '去哪里补办', '在哪补办', '在哪里补办', '哪里补办', '摇号', '中签率', '居留许可', '居留证', '工作签证', '社保卡…补办', '医保卡…补办', '身份证…补办', '社保卡丢', '医保卡丢', '身份证丢了怎么', '狗证', '办狗证', '禁养', '养狗登记', '12345热线', '市长热线', '投诉物业', '物业投诉', '消协', '消费者协会', '续签居留', '居留…续签', '签证申请表'],
    en: ['passport', 'government', 'council', 'police', 'lawyer', 'court', 'sue', 'divorce', 'marriage', 'birth certificate', 'social security', 'citizenship', 'immigration', 'vote', 'election', 'embassy', 'tax office', 'register a company', 'business licence', 'business license', 'company registration', 'transport card', 'metro card', 'subway card', 'bus card', 'oyster card', 'tourist visa', 'student visa', 'work visa', 'residence permit', 'renew my visa', 'renew … visa', 'visa renewal', 'extend my visa', 'extend … visa', 'visa extension', 'shenzhen tong', 'octopus card', 'dog licence', 'dog license', 'banned breeds', 'breeds are banned', 'breeds banned', 'dog park', 'dog parks', 'allowed on the metro', 'allowed on the subway', 'allowed on the bus', 'allowed on public transport', 'allowed on … metro', 'allowed on … subway', 'allowed on … bus', 'renew my residence permit', 'renew … residence permit', 'extend … residence permit'],
  },
  health: {
    zh: ['医院', '看病', '挂号', '医生', '牙医', '住院', '手术', '发烧', '感冒', '咳嗽', '头疼', '头痛', '吃药', '药物', '处方', '疫苗', '体检', '减肥', '失眠', '睡眠', '牙疼', '症状', '生病', '疾病', '血压', '拉肚子', '腹泻', '呕吐', '吃什么药', '用什么药', '绝育', '结膜炎', '红眼病', '眼药水', '近视手术', '激光手术', '助听器', '药膏', '抹什么药', '擦什么药', '会传染', '三甲医院'],
    en: ['doctor', 'hospital', 'dentist', 'symptom', 'symptoms', 'fever', 'flu', 'headache', 'medicine', 'medication', 'prescription', 'vaccine', 'vaccination', 'lose weight', 'illness', 'disease', 'insomnia', 'blood pressure', 'nurse', 'spay', 'spayed', 'neuter', 'neutered', 'castrate', 'diarrhoea', 'diarrhea', 'vomiting', 'pink eye', 'conjunctivitis', 'eye drops', 'lasik', 'laser eye surgery', 'hearing aid', 'hearing aids', 'ointment', 'ointments', 'what cream should', 'which cream should', 'steroid cream', 'contagious'],
  },
  jobs: {
    zh: ['招聘', '求职', '应聘', '找工作', '入职', '面试技巧', '面试题', '面试问题', '面试官', '准备面试', '面试准备', '面试经验', '面试流程', '面试结果', '通过面试', '简历', '工资', '薪资', '薪水', '年假', '请假', '辞职', '跳槽', '实习', '兼职', '社招', '校招', '岗位', '招学徒', '收学徒', '收徒', '当学徒', '学徒工', '拜师', '招人', '招工', '招…员', '招…师', '招…工', '招…手', '招…助理', '招司机', '招…司机', '招前台', '招…前台', '招教练', '招…教练', '招不招', '还招人', '在招人', '招人吗', '缺人吗', '缺不缺人', '当快递员', '做快递员', '当骑手', '做骑手', '当外卖员', '跑外卖', '招客服', '招…客服', '病假条', '病假'],
    en: ['job', 'jobs', 'career', 'careers', 'hiring', 'recruit', 'recruitment', 'vacancy', 'vacancies', 'cv', 'job interview', 'job interviews', 'interview tips', 'interview questions', 'interview process', 'prepare for an interview', 'prepare for my interview', 'prepare for the interview', 'pass the interview', 'pass an interview', 'salary', 'wage', 'wages', 'payslip', 'annual leave', 'sick leave', 'employer', 'internship', 'promotion at work', 'apprenticeship', 'apprenticeships', 'hire apprentices', 'hiring apprentices', 'take on apprentices', 'become an apprentice', 'job application', 'apply for a job', 'looking for work', 'looking for staff', 'need any staff', 'take on staff', 'taking on staff'],
    // 招…司机 and 招…前台 (a delivery driver, a receptionist) added after a furniture shop and a coworking space
    // answered them from their delivery and opening-hours entries (126 dev sets: 2 handed off, none lost).
    // 招X (a role) is recruiting, but not 招牌 (a signature dish), 招生 (a school's enrolment), a membership drive
    // or the staff a business has hired (招的老师).
    zhNot: ['招牌', '招待', '招呼', '招的', '招生', '招收学', '招收新', '招学员', '招新', '招手', '招财', '招商', '会员', '学员', '手机', '手续', '手工'],
  },
  school: {
    zh: ['考试', '考研', '高考', '作业', '学费', '留学', '论文', '成绩', '辅导班', '奖学金', '录取', '学生优惠', '学生价', '学生折扣', '学生…优惠', '学生…打折', '学生…折扣', '学生…便宜', '学生…半价'],
    en: ['exam', 'homework', 'tuition', 'degree', 'student loan', 'essay', 'thesis', 'grades', 'admission', 'enrol', 'enroll', 'scholarship', 'student discount', 'student price', 'discount for students', 'discounts for students', 'discount … student', 'student … discount', 'students … discount'],
  },
  // Utilities by the account or the company, not the meter (电表 is an electrician's job).
  housing: {
    zh: ['房租', '租房', '房东', '租客', '押金', '水电费', '电费', '水费', '燃气', '煤气', '宽带', '买房', '房价', '水电过户', '过户水电', '电费过户', '燃气过户', '水电燃气过户', '宽带移机', '宽带迁移', '迁移宽带', '开通燃气', '开通天然气', '供电局', '电力公司', '自来水公司', '燃气公司', '物业费', '租给我'],
    en: ['rent', 'rental', 'landlord', 'tenant', 'lease', 'electricity bill', 'electricity meter', 'energy supplier', 'gas bill', 'water bill', 'utility bill', 'utilities', 'broadband', 'internet provider', 'council tax', 'plumber', 'electrician', 'electricity account', 'gas account', 'water account', 'utility account', 'utilities account', 'transfer the electricity', 'transfer my electricity', 'electricity company', 'electric company', 'power company', 'gas company', 'water company', 'electricity supplier', 'gas supplier', 'electricity provider', 'energy provider', 'meter reading', 'set up the electricity', 'set up electricity', 'connect the electricity', 'transfer my broadband', 'move my broadband', 'install internet', 'house prices', 'house price', 'property prices', 'housing market'],
  },
  // Other organisations by name: a courier's hotline, a mail provider's password, an agency's opening hours
  // are theirs to answer, however much the question sounds like a shop's ("FedEx customer service number",
  // "微信支付密码忘了"). A shop that names one (accepting PayPal, shipping with 顺丰) answers about it: the
  // entry's own words exempt it, as for every domain here. Names that stem to an everyday word are left out
  // ("UPS" is "up": "it hasn't shown up"; Outlook, Hermes), or kept only where the everyday word cannot stand
  // ("UPS customer service", "UPS's").
  other_organisations: {
    zh: ['顺丰', '东航', '南航', '国航', '东方航空', '南方航空', '中国国际航空', '中通', '圆通', '申通', '韵达', '极兔', '京东快递', '京东物流', '德邦', '菜鸟驿站', '中国邮政', '邮政局', '微信支付', '支付宝账号', '淘宝', '天猫', '拼多多', '美团', '饿了么', '抖音商城', '闲鱼', '12306', '车管所', '税务局', '社保局', '出入境管理局', '工商银行', '建设银行', '农业银行', '招商银行', '中国银行', '交通银行', 'qq邮箱', '网易邮箱', '163邮箱', '苹果官网', '苹果客服', '华为客服', '小米客服', '大众点评', '高德地图', '百度地图', '支付密码', '货拉拉', '快狗打车', '运满满', '闪送', '曹操出行', '花小猪', '高德打车', '嘀嗒出行', '支付宝账户', '支付宝密码', '微信…被封', '微信…封号', '微信…解封', '微信…被限制', '微信…限制了', '支付宝…冻结', '支付宝…解封', '支付宝…被封', '支付宝…被限制', '支付宝…限制了', '微信…怎么绑', '支付宝…怎么绑', '微信…换绑', '支付宝…换绑', '微信…解绑', '支付宝…解绑', '美团…会员', '饿了么…会员', '苹果店', '苹果专卖店', '苹果直营店', '顺丰客服', '顺丰电话', '顺丰的电话', '顺丰热线', '快递公司电话', '快递公司的电话', '快递公司客服'],
    en: ['fedex', 'dhl', 'usps', 'royal mail', 'canada post', 'australia post', 'evri', 'post office', 'gmail', 'hotmail', 'yahoo', 'icloud', 'google', 'microsoft', 'amazon', 'ebay', 'etsy', 'walmart', 'ikea', 'alibaba', 'aliexpress', 'temu', 'shein', 'venmo', 'zelle', 'cash app', 'western union', 'verizon', 'at&t', 't-mobile', 'vodafone', 'comcast', 'dmv', 'irs', 'hmrc', 'dvla', 'nhs', 'amtrak', 'greyhound', 'wells fargo', 'bank of america', 'citibank', 'hsbc', 'barclays', 'santander', 'bank of china', 'icbc', 'china construction bank', 'meituan', 'dianping', 'taobao', 'tmall', 'jd.com', 'pinduoduo', 'ele.me', "ups's", 'ups customer', 'ups number', 'ups hotline', 'chase bank', 'lalamove', 'gogox', 'deliveroo', 'uber eats', 'doordash', 'just eat', 'lyft', 'alipay password', 'wechat password', 'wechat pay password', 'paypal password', 'reset my alipay', 'reset alipay', 'alipay … frozen', 'alipay … blocked', 'wechat … blocked', 'wechat … banned', 'wechat … frozen', 'unblock my wechat', 'unfreeze my', 'set up alipay', 'set up wechat pay', 'sign up for alipay', 'register for alipay', 'link … to alipay', 'link … to wechat', 'bind … to alipay', 'bind … to wechat', 'add … card to alipay', 'add … card to wechat', 'sf express', 'china eastern', 'china southern', 'air china', 'send money to a friend', 'send money to my friend', 'send money to friends', 'transfer money to a friend', 'transfer money to my friend', 'apple store', 'apple support', 'genius bar'],
  },
  // Discounts for who the customer is (a senior, a soldier, a family signing up together) are no plain discount:
  // a business whose entry does not name them does not offer them. Students are under school.
  qualified_discounts: {
    zh: ['老人…优惠', '老人…打折', '老人…折扣', '老年…优惠', '老年…打折', '长者…优惠', '军人…优惠', '军人…打折', '残疾人…优惠', '兄弟…优惠', '姐妹…优惠', '两个孩子…优惠', '两个小孩…优惠', '二胎…优惠', '家庭…优惠', '全家…优惠', '一家人…优惠'],
    en: ['senior discount', 'seniors discount', 'senior citizen discount', 'pensioner discount', 'oap discount', 'military discount', 'veteran discount', 'family discount', 'sibling discount', 'siblings discount', 'discount … senior', 'discount … pensioner', 'discount … elderly', 'discount … military', 'discount … veteran', 'discount … family', 'discount … sibling', 'senior … discount', 'pensioner … discount', 'family … discount', 'sibling … discount'],
  },
  // Requests to the assistant itself to write (a poem, a speech, a few lines for a birthday), translate, do sums
  // (12乘以17, "multiplied by"), convert units (一斤等于多少克), tell a story (a dish's 典故) or say whether it is a person: no business's FAQ answers them. ("How do
  // you say …" is made of stopwords only: nothing there to count.)
  assistant_tasks: {
    zh: ['写一首', '写首诗', '写首歌', '写诗', '一首诗', '写个故事', '写一个故事', '编个故事', '给我讲个故事', '讲个笑话', '说个笑话', '讲笑话', '写作文', '写篇作文', '写一篇作文', '写篇文章', '写一篇文章', '写歌词', '翻译这句', '翻译一下这句', '翻译这段', '翻译一下这段', '怎么翻译', '英语怎么说', '英文怎么说', '中文怎么说', '日语怎么说', '写一段', '写一篇', '写一封', '写一份', '致辞', '演讲稿', '发言稿', '祝酒词', '斤等于', '公斤等于', '克等于', '磅等于', '英寸等于', '厘米等于', '乘以', '除以', '加…等于', '减…等于', '等于几', '等于多少克', '等于多少斤', '等于多少公斤', '等于多少磅', '等于多少厘米', '你是真人还是机器人', '你是机器人', '你是不是机器人', '你是真人吗', '典故', '的由来', '的来历', '你喜欢什么颜色', '你几岁了', '你多大了', '你结婚了吗', '辞职信', '请假条', '求职信', '闹钟', '放首歌', '放点音乐', '播放音乐'],
    en: ['multiplied by', 'divided by', 'plus … equals', 'minus … equals', 'write a poem', 'write me a poem', 'write a song', 'write me a song', 'write a story', 'write me a story', 'write me an essay', 'compose a poem', 'poem about', 'tell me a joke', 'tell me a story', 'know any jokes', 'joke about', 'translate this', 'translate into', 'translate … into', 'translate it into', 'translate for me', "what's the chinese for", 'what is the chinese for', "what's the english for", 'what is the english for', 'chinese word for', 'english word for', 'are you a real person', 'are you a bot', 'are you a robot', 'are you human', 'are you an ai', 'your favourite colour', 'your favorite color', 'your favourite color', 'your favorite colour', 'are you married', 'say … in chinese', 'say … in english', 'say … in french', 'say … in mandarin', 'resignation letter', 'cover letter', 'set an alarm', 'set a timer', 'play some music', 'play music', 'play a song'],
  },
  // Opening a franchise of the business is a business deal, not a customer's question; a customer asking whether a
  // branch is a franchise (加盟店) is not listed.
  franchising: {
    zh: ['加盟你们', '想加盟', '要加盟', '我加盟', '怎么加盟', '如何加盟', '加盟费', '加盟条件', '加盟流程', '加盟政策', '加盟商', '申请加盟', '可以加盟', '能加盟', '能不能加盟', '加盟一家', '开加盟店', '招商加盟', '代理加盟'],
    en: ['open a franchise', 'own a franchise', 'buy a franchise', 'start a franchise', 'franchise fee', 'franchise fees', 'franchise opportunity', 'franchise opportunities', 'franchising', 'franchisee', 'franchisees', 'franchise with you', 'franchise partner', 'franchise cost', 'cost of a franchise'],
  },
  // Buying the customer's old things, or taking them in part payment: a business that does (a phone shop's
  // trade-in) names it in its entry.
  buyback: {
    zh: ['回收', '收购', '收二手', '以旧换新', '旧换新', '折价换新', '卖给你们'],
    en: ['buy back', 'buyback', 'buy-back', 'trade in', 'trade-in', 'part exchange', 'part-exchange', 'would you buy', 'will you buy', 'do you buy used', 'do you buy old', 'buy used', 'sell you my', 'sell it to you', 'sell them to you', 'sell my old', 'sell my used'],
  },
  // A service done at the customer's home: a business that comes to the home (a salon's bridal styling, a mover's
  // survey) says so in an entry. 上门 only with the service: alone it is also delivering to the door, collecting
  // from it, walking in, or when a home-service firm's worker arrives (师傅几点上门). Not "come to my place"
  // ("come to your place" is the customer's visit) nor "at my home" (a determiner in a phrase matches none:
  // "alone at home").
  home_visits: {
    zh: ['上门服务', '到府服务', '上门…安装', '上门…清洗', '上门…清洁', '上门…维修', '上门…修理', '上门…验光', '上门…检查', '上门…打扫', '上门…保洁', '上门…理发', '上门…美甲', '安装服务', '包安装', '送装一体'],
    en: ['home visit', 'home visits', 'house call', 'house calls', 'come to my home', 'come to my house', 'come to my apartment', 'come to my flat', 'come to our home', 'come to our house', 'come to our apartment', 'in-home service', 'mobile service', 'offer assembly', 'do assembly', 'assembly service', 'assemble it for', 'put it together for', 'build it for me', 'install it for me', 'installation service', 'come and install'],
  },
  // Taking away the customer's old things for disposal (a mover or a furniture shop that does names it). Not
  // "take my old": a determiner matches none, and "take old phones" is a trade-in.
  disposal: {
    zh: ['拉去扔', '帮忙扔', '帮我扔', '拉走扔', '运走旧', '清运', '垃圾清运', '建筑垃圾'],
    en: ['take away my old', 'haul away', 'dispose of my old', 'get rid of my old', 'take the old one away', 'remove the old one', 'removal of my old'],
  },
  // What a business does only when its entries say so: the question is about a policy it has not written.
  reviews: {
    zh: ['写评价', '给评价', '评价怎么写', '怎么评价', '晒图', '追评', '写评论'],
    en: ['leave a review', 'write a review', 'post a review', 'leave feedback on', 'rate the product'],
  },
  referrals: {
    zh: ['推荐好友', '邀请好友', '推荐朋友…奖励', '推荐朋友…优惠', '老带新', '拉新'],
    en: ['referral', 'referrals', 'refer a friend', 'refer friends', 'refer my friends'],
  },
  price_match: {
    zh: ['比价', '别家更便宜', '别家便宜', '别的店更便宜', '别的地方更便宜', '其他店更便宜'],
    en: ['price match', 'price matching', 'match the price', 'match a price', 'beat the price', 'cheaper somewhere else', 'cheaper elsewhere'],
  },
  // Not "personalise": it stems to "person" ("talk to a real person").
  customisation: {
    zh: ['刻字', '刻名字', '刻个名字', '刻上名字', '私人定制', '定制一个', '定做一个'],
    en: ['engrave', 'engraving', 'engraved', 'monogram'],
  },
  sustainability: {
    zh: ['环保', '可回收', '可降解'],
    en: ['recyclable', 'recycle', 'recycling', 'eco-friendly', 'environmentally friendly', 'sustainable', 'sustainability', 'biodegradable', 'plastic-free'],
  },
  smoking: {
    zh: ['抽烟', '吸烟', '电子烟'],
    // Phrases: "smoking" stems to "smoke", and smoked fish is on a menu.
    en: ['smoking allowed', 'allowed to smoke', 'can i smoke', 'smoke inside', 'smoking area', 'smoking room', 'smoking section', 'smoking policy', 'non-smoking', 'no smoking', 'vape', 'vaping', 'cigarette', 'cigarettes'],
  },
  massage: {
    zh: ['按摩', '推拿', '足疗', '足浴', '采耳'],
    en: ['massage', 'massages'],
  },
  implants: {
    zh: ['种植牙', '种牙', '种植体', '牙齿种植'],
    en: ['dental implant', 'dental implants', 'tooth implant', 'tooth implants'],
  },
  crowns: {
    zh: ['全瓷冠', '烤瓷冠', '烤瓷牙', '牙冠', '瓷贴面', '牙贴面'],
    en: ['dental crown', 'porcelain crown', 'veneer', 'veneers'],
  },
  bite_guards: {
    zh: ['防磨牙', '磨牙垫', '牙垫', '咬合垫', '护齿套'],
    en: ['night guard', 'mouth guard', 'mouthguard', 'bite guard'],
  },
  gum_treatment: {
    zh: ['牙龈萎缩', '牙周炎', '牙周病', '牙龈出血'],
    en: ['gum disease', 'receding gums', 'gum recession', 'periodontal'],
  },
  hair_extensions: {
    zh: ['接发', '接头发', '假发片', '做假发'],
    en: ['hair extensions', 'hair extension', 'extensions put in'],
  },
  beard_care: {
    zh: ['修胡子', '刮胡子', '修胡须', '剃胡子', '修鬍子'],
    en: ['beard trim', 'trim my beard', 'trim beards', 'hot towel shave', 'wet shave', 'beard'],
    // A lizard, by stem.
    enNot: ['bearded dragon', 'bearded dragons'],
  },
  upholstery_cleaning: {
    zh: ['清洗沙发', '洗沙发', '沙发…清洗', '沙发…清洁', '沙发清洗', '沙发清洁', '清洗地毯', '地毯清洗', '洗地毯', '床垫清洗', '清洗床垫', '窗帘清洗', '清洗窗帘'],
    en: ['sofa cleaning', 'clean my sofa', 'clean the sofa', 'clean my couch', 'couch cleaning', 'upholstery cleaning', 'carpet cleaning', 'clean my carpet', 'mattress cleaning'],
  },
  instrument_strings: {
    zh: ['换弦', '吉他弦', '琴弦', '换琴弦'],
    en: ['restring', 'restringing', 'guitar strings', 'new strings'],
  },
  ready_to_wear: {
    zh: ['现成的西装', '现成西装', '现货西装', '买现成'],
    en: ['off-the-rack', 'off the rack', 'off-the-peg', 'off the peg', 'ready-to-wear', 'ready to wear', 'ready-made suit', 'ready-made suits'],
  },
  photo_restoration: {
    zh: ['老照片', '修复照片', '照片修复'],
    en: ['photo restoration', 'restore old photos', 'restore an old photo', 'old photos', 'old photographs'],
  },
  mould_removal: {
    // Not 发霉 alone: a hired costume or a parcel gone mouldy is damage to the goods.
    zh: ['墙发霉', '墙面发霉', '墙上发霉', '墙壁发霉', '墙…发霉', '天花板发霉', '霉斑', '除霉', '去霉'],
    en: ['mould removal', 'mold removal', 'black mould', 'black mold'],
  },
  bird_control: {
    zh: ['鸽子', '鸟窝', '驱鸟'],
    en: ['pigeon', 'pigeons', 'bird nest', 'birds nesting', 'bird control'],
  },
  mosquito_control: {
    zh: ['灭蚊', '蚊子'],
    en: ['mosquito', 'mosquitoes', 'mosquitos'],
  },
  camping_gear_repair: {
    zh: ['修帐篷', '帐篷坏', '补帐篷'],
    en: ['repair tents', 'repair my tent', 'tent repair', 'fix my tent', 'repair … tents', 'repair … tent', 'fix … tent'],
  },
  // Not 保价 alone: a shop's price protection (双十一保价) as well.
  shipping_insurance: {
    zh: ['快递保价', '寄件保价', '运费险', '寄件保险', '快递保险'],
    // A gap form: a shop that insures says "every parcel is insured".
    en: ['shipping insurance', 'shipping … insured', 'insured shipping', 'parcel … insured', 'package … insured', 'insure the parcel', 'insure my parcel', 'insure the package'],
  },
  live_events: {
    zh: ['驻唱', '开放麦', '办演出', '搞演出'],
    en: ['open mic', 'open mics', 'gigs', 'host a gig', 'live music'],
  },
  lost_property: {
    zh: ['失物招领', '落在店里', '忘在店里', '丢在店里', '落了一把', '落了一个', '落在你们'],
    en: ['lost property', 'lost and found', 'left behind', 'left my umbrella', 'left my jacket', 'left my phone', 'left my wallet', 'left my bag'],
  },
  // Changing the e-mail address or phone number an account is registered with: no password reset answers it.
  account_contact_change: {
    zh: ['换绑邮箱', '修改邮箱', '更换邮箱', '改邮箱', '换邮箱', '修改…邮箱', '更换…邮箱', '邮箱能改', '邮箱可以改', '邮箱怎么改', '换绑手机', '更换绑定', '修改绑定', '改绑'],
    en: ['change … email address', 'change the email on', 'update … email address', 'change my email', 'update my email', 'change … registered email', 'change … phone number on my account'],
  },
  // A complaint: a person takes it up, unless an entry says how complaints are handled.
  complaints: {
    zh: ['投诉', '举报'],
    en: ['complain', 'complaint', 'complaints'],
  },
  // How many customers pass or succeed: a figure a school or clinic publishes only when an entry says so.
  success_rate: {
    zh: ['通过率', '合格率', '成功率', '一次通过率', '一次性通过率', '过关率', '及格率'],
    en: ['pass rate', 'pass rates', 'success rate', 'success rates', 'first time pass', 'first-time pass'],
  },
  accessibility: {
    zh: ['轮椅', '无障碍'],
    en: ['wheelchair', 'wheelchairs', 'step-free', 'disabled access', 'accessible toilet'],
  },
  weather: {
    zh: ['天气', '气温', '雾霾', '空气质量', '紫外线', '要下雨'],
    en: ['weather', 'air quality', 'pollen count', 'going to rain', 'going to snow'],
  },
  // Asking for the forecast is asking the assistant: a business's entry on closing or cancelling for bad weather
  // does not say whether it will rain (REQUEST_DOMAINS).
  forecast: {
    zh: ['天气怎么样', '天气如何', '天气好吗', '天气预报', '会下雨', '下雨吗', '会不会下雨', '下不下雨', '会下雪', '下雪吗', '会不会下雪', '今天天气', '明天天气', '周末天气', '这周末天气'],
    en: ['weather like', 'weather forecast', "what's the forecast", 'what is the forecast', 'forecast today', 'forecast tomorrow', 'forecast like', 'check the forecast', 'will it rain', 'is it raining', 'will it snow', 'temperature today', 'temperature tomorrow', 'weather today', 'weather tomorrow'],
  },
  news: {
    zh: ['新闻', '时事', '头条新闻', '人工智能', '取代人类', '足球比赛', '篮球比赛', '比分', '世界杯', '欧冠', '英超', '谁赢了', '哪个队赢', '好听的歌', '推荐…歌', '好看的电影', '推荐…电影', '电视剧', '综艺节目', '明星八卦'],
    en: ['headlines', 'current events', 'football match', 'football game', 'the football', 'who won the match', 'who won the game', 'world cup', 'premier league', 'super bowl', 'nba', 'good songs', 'new songs', 'latest songs', 'recommend a song', 'recommend … song', 'good movie', 'good movies', 'good film', 'good films', 'recommend a movie', 'recommend … movie', 'recommend … film', 'tv series'],
  },
  // General-knowledge quiz questions: a capital city, a country's population or leader.
  general_knowledge: {
    zh: ['的首都', '首都是', '首都在哪', '人口有多少', '有多少人口', '总统是谁', '首相是谁', '月球', '太阳系', '地球离', '离太阳', '人生的意义', '人生意义', '长城', '金字塔', '沸点', '熔点', '运势', '星座'],
    en: ['capital of', 'capital city of', 'population of', 'president of', 'prime minister of', 'who invented', 'tallest mountain', 'longest river', 'the moon', 'solar system', 'how far is the', 'meaning of life', 'great wall', 'eiffel tower', 'pyramids', 'boiling point', 'freezing point', 'horoscope', 'zodiac', 'programming language'],
  },
  // Advice on the customer's own love life: no business's FAQ answers it.
  personal_life: {
    zh: ['失恋', '追女孩', '追女生', '追男生', '脱单', '怎么表白'],
    en: ['broke up with me', 'girlfriend … broke up', 'boyfriend … broke up', 'girlfriend … dumped', 'boyfriend … dumped', 'breakup advice', 'dating advice', 'relationship advice', 'get a girlfriend', 'get a boyfriend', 'find a girlfriend', 'find a boyfriend'],
  },
  funerals: {
    zh: ['火化', '殡葬', '墓地', '骨灰', '安乐死'],
    en: ['cremation', 'cremate', 'cremated', 'burial', 'euthanasia', 'euthanise', 'euthanize', 'put to sleep'],
  },
  animal_sales: {
    zh: ['卖小猫', '卖小狗', '买小猫', '买小狗', '买只猫', '买只狗', '买一只猫', '买一只狗', '卖幼猫', '卖幼犬', '有猫卖', '有狗卖', '猫舍', '犬舍', '卖…幼猫', '卖…幼犬', '卖…小猫', '卖…小狗'],
    en: ['puppies for sale', 'kittens for sale', 'puppy for sale', 'kitten for sale', 'buy a puppy', 'buy a kitten', 'buy a dog', 'buy a cat', 'sell puppies', 'sell kittens'],
  },
};
