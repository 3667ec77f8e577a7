// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Food businesses: restaurants, cafés and bakeries (reservations, menus, dietary needs, takeaway and delivery, private rooms and banquets, corkage, cakes to order),
// and shops that sell produce (cut and peeled for the customer, how ripe, how it was grown).
// Written from how customers of such businesses talk, not from any one FAQ. Meals, diets, takeaway, corkage and
// private rooms already have concepts in lexicon-hospitality.ts, bookings and queues in lexicon-services.ts:
// here they only take the forms diners use; the new concepts are what only an eatery is asked about (tables,
// leftovers, the menu and its language, banquets, cakes, stored-value cards, group-buy vouchers, delivery apps).
// Single characters (桌) are guarded by zhNot; 'chinese' and 'hot' stay inside phrases, as "Chinese New Year"
// and "hot water" are about something else.
import type { Concept } from './concept-lexicon.ts';

export const FOOD_CONCEPTS: Record<string, Concept> = {
  // ── Tables, bookings, queues ──
  table: {
    zh: ['桌', '桌子', '餐桌', '桌位', '座位', '位子', '卡座', '大厅座', '靠窗', '窗边的位', '吧台位', '露台', '户外座', '拼桌', '翻台'],
    en: ['table', 'tables', 'seat', 'seats', 'seating', 'booth', 'window seat', 'window table', 'terrace', 'outdoor seating', 'sit outside', 'bar seat', 'share a table'],
    zhNot: ['桌面', '桌游', '书桌', '电脑桌', '办公桌', '桌布', '桌垫', '桌腿', '桌椅'],
  },
  booking: {
    zh: ['订座', '订桌', '订张桌', '订个桌', '订一桌', '订桌子', '定桌', '定座', '定个位', '留桌', '留张桌', '留个桌', '留座', '留个座', '订餐位', '在线订座', '电话订座', '能定吗', '可以定吗', '还能定', '定得到', '定得了', '定一桌', '定个桌', '定张桌'],
    en: ['book a table', 'reserve a table', 'table booking', 'table reservation', 'hold a table', 'save a table', 'save us a table', 'save me a table', 'get a table', 'table for', 'reserve seats', 'book seats'],
  },
  hold_time: {
    zh: ['保留多久', '留多久', '保留多长', '保留时间', '保留几分钟', '给我留着', '帮我留着', '留着位', '位子还在', '座位还在', '过时不候', '自动释放'],
    en: ['hold the table', 'hold our table', 'hold my table', 'hold a booking', 'hold the booking', 'hold my booking', 'hold our booking', 'held for', 'keep the table', 'keep our table', 'keep my table', 'give our table away', 'give away our table', 'give the table away', 'lose our table', 'lose the table', 'release the table'],
  },
  waitlist: {
    zh: ['取号', '拿号', '领号', '排个号', '过号', '叫到号', '叫号了', '排到', '前面还有', '前面几桌', '等多久', '要等多久', '等位多久', '排多久', '排队多久', '线上排队', '远程排队', '现场排队', '等座'],
    en: ['take a number', 'queue number', 'ticket number', 'number is called', 'number was called', 'number called', 'missed my number', 'missed our number', 'missed my turn', 'how long is the wait', 'how long a wait', 'wait for a seat', 'waiting list for a table', 'virtual queue'],
  },
  late_arrival: {
    zh: ['路上堵', '堵在路上', '晚半小时', '晚二十分钟', '过了订的时间', '超过预订时间'],
    en: ['after the booked time', 'after our booking time', 'after my booking time', 'past our booking time', 'past the booking time', 'behind schedule'],
  },
  walk_in: {
    zh: ['不订座', '没订座', '没订位', '不订位', '不用订座', '直接到店', '现场来', '临时过去', '路过进来'],
    en: ['walk in', 'walk-in', 'without a reservation', 'without reservation', 'no reservation', "haven't booked", 'not booked', 'turn up without'],
  },
  advance_notice: {
    zh: ['提前几天', '提前多久', '提前多少天', '提前多长时间', '至少提前', '需要提前', '要提前', '提前预订', '提前预约', '提前说', '提前告知', '提前通知', '提前下单', '最晚什么时候订', '最晚提前'],
    en: ['in advance', 'ahead of time', 'how far ahead', 'how far in advance', 'advance notice', 'notice', 'days ahead', 'weeks ahead', 'days before', 'how early should', 'how soon should i book', 'lead time'],
  },

  // ── Menus and dishes ──
  menu: {
    zh: ['菜单', '菜谱', '餐牌', '点菜', '点单', '点餐', '扫码点餐', '扫码点单', '电子菜单', '纸质菜单', '图片菜单', '菜品', '有什么菜', '有哪些菜', '菜式', '怎么点'],
    en: ['menu', 'menus', 'what to order', 'how will i order', 'how do i order food', 'order food', 'choose food', 'choose dishes', 'pick dishes', 'pick a dish', 'on offer', 'what food', 'food options'],
    zhNot: ['菜单栏'],
  },
  // The language of the menu and the staff, in phrases: bare "English" or 韩语 is a subject a language school teaches.
  menu_language: {
    zh: ['英文菜单', '英语菜单', '中英文菜单', '英文版菜单', '韩文菜单', '日文菜单', '看不懂中文', '不懂中文', '不会中文', '不会说中文', '不识中文', '看不懂菜单', '说英语的', '讲英语的', '会说英语', '会讲英语', '能说英语', '懂英语的'],
    en: ['english menu', 'menu in english', 'english-speaking', 'speak english', 'speaks english', 'read chinese', 'speak chinese', 'understand chinese', 'no chinese', 'in chinese', 'in english', 'read korean', 'read japanese', 'korean menu', 'japanese menu', 'menu in korean', 'menu in japanese', 'tourist menu', 'picture menu', 'pictures on the menu', 'photos on the menu', 'point at'],
  },
  signature_dish: {
    zh: ['招牌菜', '招牌', '特色菜', '必点', '必吃', '推荐菜', '推荐什么', '有什么推荐', '拿手菜', '镇店', '名菜', '人气菜', '卖得最好', '最火', '主打', '点什么好', '第一次来吃'],
    en: ['signature', 'signature dish', 'speciality', 'specialty', 'specialities', 'specialties', 'must-try', 'must try', 'recommend a dish', 'recommend dishes', 'what do you recommend', 'recommend something', 'best dish', 'best dishes', 'house special', 'what should i order', 'what should we order', 'popular dish', 'popular dishes', 'most popular', 'famous for', 'known for'],
  },
  portion: {
    zh: ['份量', '分量', '够吃', '够不够吃', '几个人吃', '几人份', '大份', '中份', '小份', '半份', '点多少', '点几个菜', '吃得饱', '吃不饱', '斤数', '斤两', '缺斤', '重量不对', '重量对不上'],
    en: ['portion', 'portions', 'portion size', 'serves', 'serving size', 'enough for', 'half portion', 'small portion', 'large portion', 'how many dishes', 'to share', 'sharing plates'],
  },
  serving_time: {
    zh: ['上菜', '出餐', '催菜', '等菜', '菜还没上', '菜没上', '上菜慢', '上得慢', '出菜'],
    en: ['food to come', 'food to arrive', 'slow service', 'wait for the food', 'waiting for our food', 'waiting for the food', 'served quickly', 'how long for the food', 'takes the kitchen'],
  },
  // Tea houses, cafés, milk-tea shops.
  coffee: {
    zh: ['茶叶', '泡茶', '一壶茶', '茶水', '绿茶', '红茶', '乌龙', '龙井', '普洱', '铁观音', '花茶', '珍珠奶茶', '果茶', '冰美式', '燕麦奶', '植物奶', '豆奶'],
    en: ['pot of tea', 'green tea', 'black tea', 'oolong', 'jasmine tea', 'milk tea', 'bubble tea', 'boba', 'iced coffee', 'oat milk', 'soy milk', 'almond milk', 'plant milk', 'decaf'],
  },
  sugar_ice: {
    zh: ['少冰', '去冰', '多冰', '常温', '少糖', '半糖', '三分糖', '五分糖', '七分糖', '无糖', '不加糖', '甜度', '冰度', '太甜'],
    en: ['less ice', 'no ice', 'extra ice', 'half sugar', 'less sugar', 'no sugar', 'sugar level', 'sweetness', 'ice level', 'too sweet', 'unsweetened'],
  },
  // Tea houses and cafés: free refills of tea, water, coffee.
  refill: {
    zh: ['续杯', '续茶', '续水', '加水', '添水', '加茶', '免费续', '无限续'],
    en: ['refill', 'refills', 'free refill', 'free refills', 'unlimited refills', 'bottomless'],
  },
  // Preparing produce for the customer: cut, sliced, peeled, opened (a coconut), not a price cut or a haircut.
  cutting: {
    zh: ['切好', '切开', '切块', '切片', '帮忙切', '帮我切', '切一下', '削皮', '去皮', '剥好', '开椰子', '现切', '果切'],
    zhNot: ['切开关'],
    en: ['cut up', 'cut it', 'cut them', 'cut the fruit', 'cut fruit', 'already cut', 'pre-cut', 'precut', 'slice', 'sliced', 'slices', 'pre-sliced', 'chop', 'chopped', 'chop up', 'peel the', 'peel it', 'peel them', 'peel for me', 'peeled', 'diced', 'open it for me', 'open it up for me', 'crack open', 'crack it open', 'fillet'],
    enNot: ['slice of pizza', 'slice of cake', 'peeling off', 'paint peeling', 'is peeling', 'are peeling', 'started peeling', 'nails peel', 'cut the price', 'cut the cost'],
  },
  // How ripe produce is: ready to eat today, or still hard.
  ripeness: {
    zh: ['成熟', '熟了', '熟透', '没熟', '不熟', '太生', '太硬', '还很硬', '硬邦邦', '即食', '催熟', '放几天再吃', '软了'],
    en: ['ripe', 'ripen', 'ripened', 'ripeness', 'unripe', 'underripe', 'under-ripe', 'rock hard', 'rock-hard', 'still hard', 'too hard', 'still green', 'ready to eat', 'ready-to-eat', 'eat today', 'eat tonight', 'good in a few days', 'ready in a few days', 'soft enough'],
  },
  // How it was grown: organic, no pesticides.
  organic: {
    zh: ['有机', '农药', '无公害', '绿色食品', '转基因', '化肥', '打药'],
    zhNot: ['有机会', '没有机', '有机器', '有机型', '有机场', '有机构'],
    // Porter stems "organic" as "organ", the stem of "organise": only phrases that cannot be the verb.
    en: ['organic fruit', 'organic produce', 'organic food', 'organic vegetables', 'organic veg', 'organic meat', 'organic milk', 'organic eggs', 'certified organic', 'fruit organic', 'produce organic', 'food organic', 'vegetables organic', 'it organic', 'they organic', 'everything organic', 'sell organic', 'pesticide', 'pesticides', 'pesticide-free', 'no chemicals', 'chemical-free', 'sprayed', 'unsprayed', 'grown without', 'naturally grown', 'non-gmo', 'gmo', 'free-range', 'free range'],
  },
  bakery: {
    zh: ['面包', '出炉', '现烤', '刚出炉', '烘焙', '糕点', '点心', '甜点', '甜品', '蛋挞', '可颂', '吐司', '欧包', '月饼', '粽子'],
    zhNot: ['面包车'],
    en: ['bread', 'bakery', 'baked', 'freshly baked', 'out of the oven', 'pastry', 'pastries', 'croissant', 'croissants', 'dessert', 'desserts', 'sourdough', 'baguette', 'mooncake', 'mooncakes'],
  },
  cake: {
    zh: ['蛋糕', '生日蛋糕', '定制蛋糕', '裱花', '翻糖', '奶油蛋糕', '慕斯', '寸的蛋糕', '六寸', '八寸', '十寸', '6寸', '8寸', '10寸', '切蛋糕'],
    en: ['cake', 'cakes', 'birthday cake', 'wedding cake', 'cake order', 'cupcake', 'cupcakes', 'inch cake', 'message on the cake', 'cut the cake', 'cake cutting'],
  },
  custom_order: {
    zh: ['定制', '订做', '订制', '私人定制', '特别定制', '按要求做', '照着图片做', '专门做'],
    en: ['custom cake', 'custom order', 'custom-made', 'custom made', 'customised', 'customized', 'personalised', 'personalized', 'made to order', 'special order', 'bespoke'],
  },

  // ── Dietary needs ──
  diet: {
    zh: ['香菜', '不放葱', '不要葱', '葱姜蒜', '不吃蒜', '不吃葱', '少油', '少盐', '少糖', '无糖', '低糖', '不放味精', '味精', '清淡点', '不要放', '别放'],
    en: ['no msg', 'msg', 'less oil', 'less salt', 'low salt', 'low sodium', 'low sugar', 'sugar-free', 'no sugar', 'no coriander', 'no cilantro', 'coriander', 'cilantro', 'no onion', 'no garlic', 'leave out', 'keto', 'low carb'],
  },
  vegetarian: {
    zh: ['吃斋', '斋菜', '斋饭', '荤油', '猪油', '肉汤', '鸡汤底', '高汤', '五辛', '不吃荤', '纯素食'],
    en: ['meat stock', 'chicken stock', 'animal fat', 'lard', 'no egg', 'egg or dairy', 'plant based', 'meat-free dishes'],
  },
  allergy: {
    zh: ['交叉污染', '交叉接触', '过敏源', '小麦', '无麸', '含麸', '鸡蛋过敏', '牛奶过敏', '大豆'],
    en: ['cross-contact', 'cross contact', 'cross-contamination', 'cross contamination', 'tree nut', 'tree nuts', 'allergen chart', 'allergen menu', 'wheat', 'epipen', 'anaphylaxis'],
  },
  spice: {
    zh: ['麻辣', '香辣', '辣椒', '加辣', '少放辣', '不要辣', '吃不了辣', '不能吃辣', '怕辣', '辣不辣', '辣椒图标', '重辣', '变态辣'],
    en: ['pepper', 'peppers', 'chilli icon', 'chili icon', 'chili pepper', 'less spicy', 'too spicy', 'extra spicy', 'milder', 'tone down', 'handle heat', 'less heat', 'heat level', 'sichuan', 'szechuan', 'numbing'],
  },

  // ── Drinks and bringing your own ──
  alcohol: {
    zh: ['酒水', '白酒', '红酒', '啤酒', '葡萄酒', '洋酒', '香槟', '黄酒', '米酒', '清酒', '威士忌', '鸡尾酒', '茅台', '五粮液', '二锅头', '喝酒', '酒单'],
    en: ['wine', 'wines', 'beer', 'beers', 'spirits', 'liquor', 'alcohol', 'alcoholic', 'champagne', 'baijiu', 'sake', 'whisky', 'whiskey', 'cocktail', 'cocktails', 'wine list'],
  },
  corkage: {
    zh: ['带几瓶', '带瓶', '自带白酒', '自带啤酒', '带自己的酒', '醒酒', '醒酒器'],
    en: ['bring a bottle', 'our own bottle', 'my own bottle', 'own bottle', 'outside alcohol', 'outside drinks', 'bring our own', 'bring my own', 'bring in wine', 'decanter'],
  },
  own_food: {
    zh: ['自带食物', '自带吃的', '带吃的', '外带食物', '自己带菜', '带零食', '外面的食物', '带蛋糕', '叫外卖', '叫…外卖', '点…外卖进', '麦当劳', '肯德基', '必胜客', '汉堡王'],
    en: ['outside food', 'bring food', 'bring our own food', 'bring my own food', 'bring snacks', 'own food', 'bring a cake', 'bring our own cake', 'bring in a cake', 'bring in food'],
  },

  // ── Takeaway, leftovers, delivery ──
  takeaway: {
    zh: ['外送', '打包外带', '带走吃', '外卖单', '外卖订单', '自取', '到店自取', '电话点', '电话下单', '提前点好'],
    en: ['order ahead', 'order in advance for pickup', 'phone order', 'order by phone', 'deliver to my hotel', 'deliver to hotels'],
  },
  leftovers: {
    zh: ['打包', '打包盒', '餐盒', '饭盒', '吃不完', '没吃完', '没喝完', '喝不完', '吃剩', '剩菜', '剩下的菜', '带回家', '兜走'],
    en: ['leftover', 'leftovers', 'doggy bag', 'box up', 'box it up', 'take the rest', 'take home the rest', 'take it home', 'to-go box', 'takeaway box', 'container', 'containers', "couldn't finish", "can't finish", 'did not finish'],
  },
  packaging_fee: {
    zh: ['打包费', '餐盒费', '包装费', '打包盒收', '餐盒收', '盒子钱', '餐具费'],
    en: ['packaging fee', 'box fee', 'container fee', 'container charge', 'packaging charge', 'charge for the box', 'charge for boxes', 'tableware fee', 'tableware charge', 'cutlery fee'],
  },
  // Apps in general, not by name: a question about one app (Meituan's own membership) must stay its topic
  // (foreign-domains.ts), not become the topic of an entry that names another.
  delivery_app: {
    zh: ['外卖平台', '外卖软件', '外卖app', '点外卖的平台', '平台上点', '平台下单', '平台点的'],
    en: ['delivery app', 'delivery apps', 'delivery platform', 'food app', 'food apps', 'through the app', 'order through an app'],
  },
  delivery_area: {
    zh: ['配送范围', '送餐范围', '送多远', '能送到', '送得到', '送不送', '能不能送', '几公里', '外送范围', '起送', '起送价'],
    en: ['delivery area', 'delivery radius', 'deliver to', 'do you deliver', 'deliver near', 'how far do you deliver', 'minimum order'],
  },

  // ── Banquets and parties ──
  banquet: {
    zh: ['宴席', '宴会', '酒席', '摆酒', '办酒', '摆桌', '几桌', '多少桌', '十几桌', '桌酒', '婚宴', '寿宴', '大寿', '做寿', '祝寿', '满月酒', '百日宴', '周岁宴', '生日宴', '升学宴', '谢师宴', '答谢宴', '年夜饭', '团年饭', '年会', '家宴', '结婚', '办婚礼', '喜宴', '餐标', '每桌'],
    en: ['banquet', 'banquets', 'banquet hall', 'wedding banquet', 'wedding reception', 'wedding dinner', 'birthday party', 'birthday dinner', 'company dinner', 'team dinner', 'farewell dinner', 'welcome dinner', 'gala dinner', 'annual dinner', 'christmas party', 'office party', 'reunion dinner', 'host a dinner', 'host an event', 'per table', 'whole hall', 'book the whole', 'exclusive use', 'buyout'],
    // a marriage certificate is a document, no wedding feast
    zhNot: ['结婚证', '离婚证'],
  },
  group: {
    zh: ['一大家子', '家庭聚会', '公司聚餐', '部门聚餐', '团建', '聚餐', '一帮人', '十几个人', '二十个人', '三十个人', '几十个人'],
    en: ['delegation', 'team of', 'our team', 'our group', 'big group', 'large group', 'group dinner', 'set menu for', 'a group of'],
  },
  private_dining: {
    zh: ['单间', '独立房间', '单独的房间', '单独房间', '安静的房间', '包厢费'],
    en: ['private room', 'private rooms', 'room to ourselves', 'separate area', 'secluded', 'privacy for', 'quiet room for'],
  },
  celebration: {
    zh: ['过生日', '生日', '庆祝', '长寿面', '寿星'],
    en: ['birthday', 'birthdays', 'celebrate a birthday', 'celebrating'],
  },

  // ── Money: stored value, vouchers, charges ──
  stored_value: {
    zh: ['储值', '充值', '充钱', '预存', '余额', '储值卡', '充值卡', '充一千', '充两千', '充三千', '充五千', '充五百', '充多少送', '充值送', '充送', '卡里的钱', '卡里余额'],
    en: ['top up', 'top-up', 'topup', 'stored value', 'stored-value', 'prepaid card', 'prepaid balance', 'load money', 'balance on my card', 'card balance', 'money on my card'],
  },
  group_buy: {
    zh: ['团购', '团购券', '团购套餐', '代金券', '套餐券', '美团券', '点评券', '抖音券', '抖音团购', '核销', '验券', '买的券', '团购价'],
    en: ['group-buy', 'group buy', 'groupon', 'deal voucher', 'meal voucher', 'voucher from', 'bought a voucher', 'bought on dianping', 'bought on meituan', 'app voucher'],
  },
  // A group-buy voucher from an app is not a bulk order.
  bulk: {
    zh: [],
    en: [],
    zhNot: ['团购券', '团购套餐', '团购价', '抖音团购', '美团团购', '点评团购', '买的团购'],
  },
  service_charge: {
    zh: ['茶水费', '茶位', '餐具费', '消毒餐具', '服务员小费', '给小费'],
    en: ['tea fee', 'tea charge', 'tableware', 'tip the waiter', 'tip the staff', 'leave a tip', 'surcharge', 'hidden charges', 'extra charges'],
  },
  payment: {
    zh: ['AA制', 'aa制', '各付各的', '钱包', '买单', '埋单', '收银台', '扫码付'],
    en: ['settle the bill', 'pay the bill', 'the bill', 'at the cashier', 'cashier'],
  },
  invoice: {
    zh: ['小票', '结账单', '水单', '开票二维码'],
    en: ['fapiao', 'itemised bill', 'itemized bill', 'itemised receipt', 'itemized receipt'],
  },

  // ── Hours of an eatery ──
  hours: {
    zh: ['午市', '晚市', '早市', '饭点', '最后点单', '点单截止', '还能点', '下午茶时间', '午餐时间', '晚餐时间', '还营业', '还开着', '还开门', '几点吃', '店休', '休息日'],
    en: ['lunch time', 'lunchtime', 'dinner time', 'late lunch', 'late dinner', 'still serving', 'kitchen open', 'lunch service', 'dinner service', 'lunch hours', 'dinner hours', 'day off', 'closing day', 'serve food until'],
  },

  // Festivals an eatery closes or books up for, apart from `hours`: "when is Spring Festival this year?" asks the calendar.
  holiday: {
    zh: ['过年', '春节', '除夕', '大年初', '年三十', '中秋', '国庆', '元旦', '五一假期', '端午', '圣诞', '情人节', '七夕', '节日期间', '过节'],
    en: ['chinese new year', 'lunar new year', 'spring festival', "new year's eve", "new year's day", 'christmas', 'christmas eve', 'christmas day', 'boxing day', 'easter', 'thanksgiving', "valentine's day", 'valentines', 'mid-autumn', 'national day', 'festive season'],
  },

  // ── Practicalities ──
  parking: {
    zh: ['开车到', '车停哪', '车停在', '停哪里', '免停车费', '停车免费', '车位紧张'],
    en: ['where to park', 'free parking', 'park nearby', 'parking validation', 'validate parking', 'validate my parking'],
  },
  children: {
    zh: ['儿童套餐', '儿童菜单', '小孩吃的', '儿童座椅', '宝宝餐椅', '餐椅', '儿童餐具', '带孩子', '带宝宝', '挑食', '推车'],
    en: ['baby seat', 'baby chair', 'infant seat', 'booster', 'with a baby', 'with our baby', 'bring a baby', 'bring our baby', 'bring the baby', 'picky', 'fussy', 'picky eater', 'fussy eater', 'little ones', 'buggy', 'child-friendly', 'family-friendly', 'kid-friendly'],
  },
  // A place to change a baby is a facility of its own, not children's menus, seats or rules: as `children` it made
  // a children's play venue's entry on its rules or on extra children answer it (126 dev sets: 2 off-topic
  // questions handed off, none lost).
  baby_changing: {
    zh: ['母婴室', '尿布台', '换尿布', '尿布', '尿不湿'],
    en: ['baby changing', 'changing table', 'changing tables', 'changing station', 'nappy', 'nappies', 'diaper', 'diapers'],
  },
  pet: {
    zh: ['带狗进', '带宠物进', '宠物友好', '狗能进', '猫能进', '牵狗'],
    en: ['bring my dog', 'bring a dog', 'bring our dog', 'bring the dog', 'bring my pet', 'bring pets', 'bring our pet', 'dog-friendly', 'dogs allowed', 'pets allowed'],
  },
  smoking: {
    zh: ['能抽烟', '可以抽烟', '吸烟室', '抽烟区', '室内抽烟'],
    en: ['smoking allowed', 'smoking section', 'smoke inside', 'smoke indoors', 'allowed to smoke', 'can i smoke'],
  },
  phone_charging: {
    zh: ['充电宝', '借充电宝', '充电器', '充电线', '给手机充电', '手机充电', '插座'],
    en: ['power bank', 'phone charger', 'charge my phone', 'charging cable', 'plug socket', 'power socket', 'power outlet', 'phone is dead', 'phone died'],
  },
  noise: {
    zh: ['环境安静', '安静吗', '吵不吵', '适合谈事', '谈生意', '适合约会'],
    en: ['quiet enough', 'business lunch', 'business dinner', 'romantic', 'date night', 'noisy inside'],
  },
};
