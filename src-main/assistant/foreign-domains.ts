// Topic words of domains an online shop's customer service does not serve: banks, phones' and computers'
// settings, other apps and online services, vehicles, travel bookings, public services, health, jobs, school,
// housing, the weather, the news, cremation and burial, and buying or selling animals. A question that names
// one of them and shares only an everyday shop word with the best entry ("delete my Facebook account" →
// "delete my account", "WiFi密码忘了" → "忘记密码") is about that other domain: its confidence drops
// (retriever.ts, RANKING.foreignTopic). A word the best entry itself uses is no sign of another domain ("the
// refund reached my bank card", when the entry says "银行卡需要3–7个工作日").
//
// Written from each domain's own vocabulary, not from any FAQ or eval question. Left out on purpose: what a
// shop sells or talks about itself (phones and laptops as products, "card", "account", "app", "settings",
// "delivery", "appointment", "membership"), product categories (food, pets, cars' accessories), and words
// that name a shop topic in another sense (visa the card, 行李箱 the suitcase, 毛病 the defect). A word that
// some business may use about its own service is listed only inside a phrase that asks the other domain's
// question: 下雨 (a phone soaked in the rain, a class in a rainstorm) only as 会下雨 / 下雨吗, "visa" (a
// language school's letters) as "tourist visa", 学徒 (a salon's junior stylists) as 招学徒 / 收徒, 补办 (a
// member's lost card) as 去哪补办, a hotel as "recommend a hotel". Matching is by stem, so words whose stem is
// an everyday word are left out: "news" is "new" ("the new one"), "limping" is "limp" (limp hair).
import type { Concept } from './concept-lexicon.ts';

export const FOREIGN_DOMAINS: Record<string, Concept> = {
  banking: {
    zh: ['银行', '存款', '取款', '存钱', '取钱', '贷款', '房贷', '车贷', '利率', '利息', '理财', '基金', '股票', '股市', '炒股', '汇率', '外汇', '挂失', '开户', '销卡', '提额', '信用额度', '征信', '信用卡账单', '还款', '冻结银行卡', '补办银行卡', '银行卡密码', '取款密码', '办信用卡', '申请信用卡', '信用卡申请', '保险公司', '买保险', '保险理赔', '医疗保险', '人寿保险', '彩票', '养老金', '银行账户', '兑人民币', '换人民币', '换成人民币', '换多少人民币', '兑换人民币', '美元兑', '欧元兑', '转错账', '转错人', '转账转错'],
    en: ['bank', 'banking', 'mortgage', 'loan', 'interest rate', 'savings account', 'stock market', 'stocks', 'exchange rate', 'credit limit', 'credit score', 'overdraft', 'pension', 'atm', 'cash machine', 'invest', 'investment', 'insurance policy', 'life insurance', 'health insurance', 'home insurance', 'travel insurance', 'lottery', 'tax return', 'income tax', 'file my taxes', 'lost card', 'lost my card', 'lost credit card', 'lost debit card', 'report a lost', 'stolen card', 'block my card', 'freeze my card', 'pin number', 'card pin', 'apply for a credit card', 'credit card application', 'checking account', 'open a bank account', 'report my credit card', 'report my debit card', 'report my card stolen', 'report my card lost', 'credit card bill', 'credit card statement', 'wire money', 'currency conversion', 'conversion rate'],
    zhNot: ['网银', '银行转账', '存钱罐'],
  },
  devices: {
    zh: ['出厂设置', '恢复出厂', '刷机', '系统更新', '系统升级', '升级系统', '重装系统', '路由器', '无线网', '手机流量', '流量套餐', '话费', '手机卡', '运营商', '中国移动', '联通', '电信', '信号不好', '没有信号', '没信号', '信号差', '杀毒', '病毒', '内存不足', '电脑系统', '驱动程序', '聊天记录', '朋友圈', '微信群', '编程', '写代码', '写程序', '有锁机', '网络锁'],
    en: ['factory reset', 'factory settings', 'wifi', 'wi-fi', 'router', 'windows update', 'operating system', 'software update', 'reinstall', 'virus', 'antivirus', 'malware', 'mobile data', 'data plan', 'phone plan', 'sim card', 'hotspot', 'ios update', 'android update', 'update my phone', 'phone update', 'phone software', 'unlock my phone', 'driver update', 'ringtone', 'no signal', 'phone signal', 'write code', 'python', 'javascript', 'china mobile', 'china unicom', 'china telecom', 'carrier locked', 'carrier lock', 'network locked', 'network lock'],
  },
  online_services: {
    zh: ['qq号', '微博', '抖音', '快手', '爱奇艺', '优酷', '腾讯视频', '网易云', '视频会员', '视频网站', '音乐会员', '网盘', '游戏账号', '打游戏', '玩游戏', '健身房', '邮箱密码'],
    en: ['qq', 'facebook', 'instagram', 'twitter', 'tiktok', 'snapchat', 'linkedin', 'netflix', 'spotify', 'youtube', 'disney+', 'hulu', 'apple id', 'gym', 'streaming service'],
  },
  vehicles: {
    zh: ['汽车', '开车', '驾照', '驾驶证', '车险', '违章', '停车', '车位', '车牌', '年检', '4s店', '修车', '洗车', '驾校', '滴滴', '网约车', '充电桩', '新能源车', '新能源汽车', '电动汽车', '油价', '加油站', '号汽油', '汽油价格'],
    en: ['vehicle', 'driving licence', 'driving license', "driver's license", "driver's licence", 'engine', 'oil change', 'tyre', 'petrol', 'gasoline', 'parking', 'speeding ticket', 'car insurance', 'mot', 'my car', 'motorbike', 'driving school', 'driving lesson', 'uber', 'electric car', 'electric vehicle', 'ev charger', 'ev charging', 'didi'],
  },
  travel: {
    zh: ['机票', '航班', '火车票', '高铁', '动车', '签证', '订酒店', '预订酒店', '酒店预订', '旅游', '旅行', '景点', '登机', '值机', '民宿', '门票', '行李额', '电影票', '演唱会', '外卖', '订餐', '餐厅', '饭店', '机场', '携程', '去哪儿网', '飞猪', '航空公司', '游船', '船票', '推荐一家酒店', '推荐个酒店', '推荐几家酒店', '推荐家酒店'],
    en: ['flight', 'airline', 'airport', 'plane ticket', 'boarding pass', 'hotel booking', 'book a hotel', 'hotel room', 'airbnb', 'train ticket', 'railway', 'itinerary', 'trip', 'tourist', 'sightseeing', 'baggage allowance', 'cruise', 'movie ticket', 'cinema', 'concert ticket', 'restaurant', 'takeaway', 'food delivery', 'table reservation', 'ctrip', 'trip.com', 'boat tour', 'boat trip', 'boat ticket', 'recommend a hotel', 'recommend a good hotel', 'recommend a nice hotel', 'recommend a cheap hotel', 'recommend hotels', 'recommend any hotels', 'hotel recommendation', 'hotel recommendations'],
    zhNot: ['旅行箱', '旅行包', '旅行袋'],
  },
  public_services: {
    zh: ['护照', '户口', '社保', '医保', '公积金', '个税', '个人所得税', '退税', '派出所', '报警', '警察', '法院', '起诉', '律师', '结婚证', '离婚', '政府', '居住证', '身份证办理', '补办身份证', '户籍', '出入境', '港澳通行证', '大使馆', '注册公司', '营业执照', '工商局', '公司注册', '深圳通', '交通卡', '公交卡', '地铁卡', '一卡通', '补办社保卡', '补办医保卡', '社保卡补办', '医保卡补办', '社保卡怎么补办', '医保卡怎么补办', '去哪补办', '去哪里补办', '在哪补办', '在哪里补办', '哪里补办', '摇号', '中签率', '居留许可', '居留证', '工作签证'],
    en: ['passport', 'government', 'council', 'police', 'lawyer', 'court', 'sue', 'divorce', 'marriage', 'birth certificate', 'social security', 'citizenship', 'immigration', 'vote', 'election', 'embassy', 'tax office', 'register a company', 'business licence', 'business license', 'company registration', 'transport card', 'metro card', 'subway card', 'bus card', 'oyster card', 'tourist visa', 'student visa', 'work visa', 'residence permit', 'shenzhen tong', 'octopus card'],
  },
  health: {
    zh: ['医院', '看病', '挂号', '医生', '牙医', '住院', '手术', '发烧', '感冒', '咳嗽', '头疼', '头痛', '吃药', '药物', '处方', '疫苗', '体检', '减肥', '失眠', '睡眠', '牙疼', '症状', '生病', '疾病', '血压'],
    en: ['doctor', 'hospital', 'dentist', 'symptom', 'symptoms', 'fever', 'flu', 'headache', 'medicine', 'medication', 'prescription', 'vaccine', 'vaccination', 'lose weight', 'illness', 'disease', 'insomnia', 'blood pressure', 'nurse'],
  },
  jobs: {
    zh: ['招聘', '求职', '应聘', '找工作', '入职', '面试', '简历', '工资', '薪资', '薪水', '年假', '请假', '辞职', '跳槽', '实习', '兼职', '社招', '校招', '岗位', '招学徒', '收学徒', '收徒', '当学徒', '学徒工', '拜师', '招人', '招工'],
    en: ['job', 'jobs', 'career', 'careers', 'hiring', 'recruit', 'recruitment', 'vacancy', 'vacancies', 'cv', 'interview', 'salary', 'wage', 'wages', 'payslip', 'annual leave', 'sick leave', 'employer', 'internship', 'promotion at work', 'apprenticeship', 'apprenticeships', 'hire apprentices', 'hiring apprentices', 'take on apprentices', 'become an apprentice', 'job application', 'apply for a job'],
  },
  school: {
    zh: ['考试', '考研', '高考', '作业', '学费', '留学', '论文', '成绩', '辅导班', '奖学金', '录取', '学生优惠', '学生价', '学生折扣', '学生证'],
    en: ['exam', 'homework', 'tuition', 'degree', 'student loan', 'essay', 'thesis', 'grades', 'admission', 'enrol', 'enroll', 'scholarship', 'student discount', 'student price', 'student id', 'student card'],
  },
  housing: {
    zh: ['房租', '租房', '房东', '租客', '押金', '水电费', '电费', '水费', '燃气', '煤气', '宽带', '买房', '房价'],
    en: ['rent', 'rental', 'landlord', 'tenant', 'lease', 'electricity bill', 'electricity meter', 'energy supplier', 'gas bill', 'water bill', 'utility bill', 'utilities', 'broadband', 'internet provider', 'council tax', 'plumber', 'electrician'],
  },
  // Other organisations by name: a courier's hotline, a mail provider's password, an agency's opening hours
  // are theirs to answer, however much the question sounds like a shop's ("FedEx customer service number",
  // "微信支付密码忘了"). A shop that names one (accepting PayPal, shipping with 顺丰) answers about it: the
  // entry's own words exempt it, as for every domain here. Names that stem to an everyday word are left out
  // ("UPS" is "up": "it hasn't shown up"; Outlook, Hermes), or kept only where the everyday word cannot stand
  // ("UPS customer service", "UPS's").
  other_organisations: {
    zh: ['顺丰', '中通', '圆通', '申通', '韵达', '极兔', '京东快递', '京东物流', '德邦', '菜鸟驿站', '中国邮政', '邮政局', '微信支付', '支付宝账号', '淘宝', '天猫', '拼多多', '美团', '饿了么', '抖音商城', '闲鱼', '12306', '车管所', '税务局', '社保局', '出入境管理局', '工商银行', '建设银行', '农业银行', '招商银行', '中国银行', '交通银行', 'qq邮箱', '网易邮箱', '163邮箱', '苹果官网', '苹果客服', '华为客服', '小米客服', '大众点评', '高德地图', '百度地图', '支付密码'],
    en: ['fedex', 'dhl', 'usps', 'royal mail', 'canada post', 'australia post', 'evri', 'post office', 'gmail', 'hotmail', 'yahoo', 'icloud', 'google', 'microsoft', 'amazon', 'ebay', 'etsy', 'walmart', 'ikea', 'alibaba', 'aliexpress', 'temu', 'shein', 'venmo', 'zelle', 'cash app', 'western union', 'verizon', 'at&t', 't-mobile', 'vodafone', 'comcast', 'dmv', 'irs', 'hmrc', 'dvla', 'nhs', 'amtrak', 'greyhound', 'wells fargo', 'bank of america', 'citibank', 'hsbc', 'barclays', 'santander', 'bank of china', 'icbc', 'china construction bank', 'meituan', 'dianping', 'taobao', 'tmall', 'jd.com', 'pinduoduo', 'ele.me', "ups's", 'ups customer', 'ups number', 'ups hotline', 'chase bank'],
  },
  weather: {
    zh: ['天气', '气温', '雾霾', '天气预报', '空气质量', '紫外线', '会下雨', '下雨吗', '会不会下雨', '要下雨', '下不下雨', '会下雪', '下雪吗', '会不会下雪'],
    en: ['weather', 'forecast', 'air quality', 'pollen count', 'will it rain', 'going to rain', 'is it raining', 'will it snow', 'going to snow', 'temperature today', 'temperature tomorrow'],
  },
  news: {
    zh: ['新闻', '时事', '头条新闻'],
    en: ['headlines', 'current events'],
  },
  funerals: {
    zh: ['火化', '殡葬', '墓地', '骨灰', '安乐死'],
    en: ['cremation', 'cremate', 'cremated', 'burial', 'euthanasia', 'euthanise', 'euthanize', 'put to sleep'],
  },
  animal_sales: {
    zh: ['卖小猫', '卖小狗', '买小猫', '买小狗', '买只猫', '买只狗', '买一只猫', '买一只狗', '卖幼猫', '卖幼犬', '有猫卖', '有狗卖', '猫舍', '犬舍'],
    en: ['puppies for sale', 'kittens for sale', 'puppy for sale', 'kitten for sale', 'buy a puppy', 'buy a kitten', 'buy a dog', 'buy a cat', 'sell puppies', 'sell kittens'],
  },
};
