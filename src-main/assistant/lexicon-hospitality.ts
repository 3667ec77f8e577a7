// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Stays and meals: hotels, guesthouses, B&Bs, restaurants, cafés. Written from how guests ask about a stay,
// a meal and a place's amenities in general, not from any one FAQ. Everyday words are left out or kept inside
// longer forms ('free' stands in plastic-free, 'bar' in progress bar), single characters (床, 烟, 狗, 吵, 辣) are
// guarded by zhNot, and English forms were checked for stems that meet shop words ('fitness' stems to "fit",
// 'suite' to "suit", 'mobility' to "mobil" as in mobile, 'accessible' to "access"), so a question about
// something else does not pick up a hospitality concept. 'room' and 房间 are kept: they let a Chinese question
// find an English entry, and being in many entries they weigh little as evidence.
import type { Concept } from './concept-lexicon.ts';

export const HOSPITALITY_CONCEPTS: Record<string, Concept> = {
  // ── The stay ──
  check_in: {
    zh: ['入住', '办入住', '办理入住', '登记入住', '住进', '进房', '进屋', '拿房', '开房', '到店入住', '入住时间', '几点住', '能住进去', '到酒店', '抵达', '到达酒店'],
    en: ['check in', 'check-in', 'checkin', 'checking in', 'checked in', 'get into the room', 'get into my room', 'get our room', 'room ready', 'get the keys', 'arrive', 'arrival', 'arriving', 'arrival time'],
  },
  check_out: {
    zh: ['退房', '离店', '结账离店', '退房时间', '还房卡', '交钥匙', '结完账', '退完房', '退了房', '房间腾出来', '把房腾出来', '腾房', '腾出房间'],
    en: ['check out', 'check-out', 'checking out', 'checked out', 'leave the room', 'vacate', 'departure', 'leave the hotel', 'leaving the hotel', 'hand in the key', 'hand back the key'],
  },
  // "Early" and "late" combine with checking in and out (提前入住, late check-out) and with meals.
  early: {
    zhNot: ['吃早点', '早点铺', '早点摊'],
    zh: ['提前', '早到', '早点到', '早一点', '提早', '一大早', '早早', '先进房', '先入住', '先进去', '马上入住', '一到就', '早点'],
    en: ['early', 'earlier', 'before check-in', 'ahead of check-in', 'as soon as we arrive', 'as soon as i arrive'],
  },
  late: {
    zh: ['延迟', '推迟', '延时', '延后', '晚点', '晚一点', '晚一些', '往后推', '多留', '多住几个小时', '多待', '留到', '再待', '晚走', '晚退', '续住', '延住'],
    en: ['late', 'later', 'extend my stay', 'extend our stay', 'extend check-out', 'extend checkout', 'stay longer', 'keep the room', 'hold the room', 'push back', 'a few more hours', 'extra hours'],
    zhNot: ['晚点名'],
  },
  guest_room: {
    zh: ['房间', '客房', '屋里', '屋子', '房里', '房内', '室内', '卧室', '住的房'],
    en: ['room', 'rooms', 'guest room', 'hotel room', 'bedroom', 'in-room', 'in room'],
    zhNot: ['会议室'],
  },
  occupancy: {
    zh: ['几个人住', '住几个人', '能住几个', '最多住', '入住人数', '加人', '多一个人', '三个人住', '四个人住', '一家三口', '一家四口', '睡得下', '装得下', '能装下', '坐得下', '容纳', '容得下', '最多能来', '能来多少人', '能来几个'],
    en: ['occupancy', 'how many people', 'how many guests', 'extra person', 'extra guest', 'maximum guests', 'sleep up to', 'three of us', 'four of us', 'family of'],
  },
  long_stay: {
    zh: ['长住', '长租', '月租', '包月', '住一个月', '住一周', '连住', '多住几天', '周租'],
    en: ['long stay', 'long-term stay', 'extended stay', 'monthly rate', 'weekly rate', 'stay for a month', 'stay a month', 'several weeks', 'long-stay'],
  },
  room_type: {
    zh: ['房型', '大床房', '双床房', '标间', '标准间', '单人间', '双人间', '三人间', '套房', '套间', '家庭房', '亲子房', '豪华间', '豪华房', '行政房', '景观房', '房间类型', '什么房', '房间多大', '最大的房', '大一点的房', '宽敞', '几平米', '平方米', '面积', '户型'],
    en: ['room type', 'types of room', 'kind of room', 'kinds of room', 'standard room', 'double room', 'twin room', 'single room', 'triple room', 'family suite', 'junior suite', 'family room', 'deluxe', 'superior room', 'executive room', 'how big', 'biggest room', 'largest room', 'bigger room', 'larger room', 'spacious', 'square metres', 'square meters', 'room size', 'sleep four', 'sleeps four', 'connecting rooms', 'adjoining rooms'],
  },
  bed: {
    zh: ['床', '床铺', '大床', '双床', '单人床', '双人床', '床型', '床位', '睡几个人', '挤一张'],
    en: ['bed', 'beds', 'twin', 'twin beds', 'double bed', 'single bed', 'king bed', 'queen bed', 'king-size', 'queen-size', 'king size', 'queen size', 'bunk', 'sofa bed'],
    zhNot: ['起床', '赖床', '床单', '床品', '临床', '河床', '床头柜'],
  },
  extra_bed: {
    zh: ['加床', '加一张床', '加张床', '加个床', '多一张床', '婴儿床', '儿童床', '小床', '折叠床', '行军床', '加铺'],
    en: ['extra bed', 'additional bed', 'rollaway', 'roll-away', 'cot', 'crib', 'baby cot', 'travel cot', 'camp bed', 'fold-out bed', 'folding bed', 'spare bed'],
  },
  view: {
    zh: ['景观', '湖景', '海景', '江景', '山景', '园景', '河景', '城景', '景色', '风景', '窗外', '窗景', '朝向', '视野', '观景', '看得到', '看得见', '能看到', '阳台'],
    en: ['view', 'views', 'lake view', 'sea view', 'ocean view', 'river view', 'city view', 'garden view', 'overlook', 'overlooking', 'scenery', 'balcony', 'window view', 'from the window'],
    zhNot: ['看得到货'],
  },
  room_amenity: {
    zh: ['电热水壶', '烧水壶', '热水壶', '水壶', '冰箱', '小冰箱', '迷你吧', '空调', '暖气', '吹风机', '电吹风', '电视', '热水', '咖啡机', '熨斗', '拖鞋', '衣柜', '独立卫浴', '卫生间', '浴缸'],
    en: ['kettle', 'fridge', 'refrigerator', 'minibar', 'mini-bar', 'mini bar', 'air conditioning', 'air-conditioning', 'aircon', 'hair dryer', 'hairdryer', 'hair-dryer', 'tv', 'television', 'hot water', 'coffee machine', 'coffee maker', 'tea and coffee', 'bathtub', 'bath tub', 'ensuite', 'private bathroom', 'wardrobe', 'slippers'],
  },
  linen: {
    zh: ['毛巾', '浴巾', '面巾', '床单', '被套', '枕套', '床品', '被子', '枕头', '毯子', '布草', '浴袍', '换床单', '换毛巾', '换被套'],
    en: ['towel', 'towels', 'bath towel', 'sheets', 'bed sheets', 'linen', 'bed linen', 'pillow', 'pillows', 'blanket', 'blankets', 'duvet', 'bathrobe', 'robe', 'fresh towels', 'clean towels', 'change the sheets'],
  },
  toiletries: {
    zh: ['洗漱用品', '洗漱', '牙刷', '牙膏', '洗发水', '沐浴露', '护发素', '香皂', '一次性用品', '剃须刀', '梳子'],
    en: ['toiletries', 'toothbrush', 'toothpaste', 'shampoo', 'shower gel', 'body wash', 'soap', 'razor', 'amenity kit'],
  },
  housekeeping: {
    zh: ['打扫', '清扫', '保洁', '整理房间', '收拾房间', '做卫生', '搞卫生', '客房清洁', '清洁房间', '房间清洁', '铺床', '整理床', '请勿打扰', '客房服务员', '阿姨打扫', '打扫卫生'],
    en: ['housekeeping', 'clean the room', 'clean my room', 'cleaned', 'cleaning', 'tidy', 'tidied', 'tidy up', 'make up the room', 'make up my room', 'make the bed', 'made up', 'maid', 'maid service', 'cleaner', 'do not disturb', 'turndown', 'turn-down'],
  },
  laundry: {
    zh: ['洗衣', '洗衣服', '洗衣房', '洗衣机', '烘干', '烘干机', '干洗', '熨烫', '熨衣服', '送洗', '洗衣服务', '洗衣袋', '脏衣服', '衣服洗', '洗衣物', '洗一下衣服', '机洗', '手洗', '水洗', '熨'],
    en: ['laundry', 'washing', 'wash my clothes', 'wash clothes', 'washing machine', 'washer', 'dryer', 'tumble dryer', 'dry cleaning', 'dry-cleaning', 'dry clean', 'dry-clean', 'ironing', 'iron my', 'launderette', 'laundrette', 'clothes washed', 'dirty clothes'],
  },
  safe: {
    zh: ['保险箱', '保险柜', '保管箱', '贵重物品', '贵重', '首饰', '珠宝', '锁起来', '锁好', '寄存贵重', '存放贵重'],
    // Safe as an adjective: "is it safe to send my passport scan", "safe for kids".
    enNot: ['safe to send', 'safe sending', 'safe to share', 'safe to upload', 'safe to email', 'safe for kids', 'safe for children', 'safe for pets', 'safe for my', 'safe around'],
    en: ['safe', 'in-room safe', 'room safe', 'safe deposit', 'safety deposit', 'deposit box', 'valuables', 'valuable', 'jewellery', 'jewelry', 'lock up', 'lock away', 'safekeeping', 'safe keeping', 'keep my passport', 'leave my passport'],
    zhNot: ['保险公司', '保险费'],
  },
  luggage: {
    zh: ['行李', '行李箱', '箱子', '大箱子', '拉杆箱', '旅行箱', '背包', '存包', '放包', '寄存', '寄放', '暂存', '存行李', '放行李', '行李寄存'],
    en: ['luggage', 'baggage', 'bags', 'suitcase', 'suitcases', 'backpack', 'left luggage', 'luggage storage', 'store my bags', 'store our bags', 'store my luggage', 'leave my bags', 'leave our bags', 'leave my luggage', 'drop off my bags', 'drop our bags', 'hold my bags', 'hold our bags', 'keep my bags', 'keep our bags'],
    // cardboard and empty boxes (a move), a parcel's box opened or its contents, are no traveller's cases
    zhNot: ['行李额', '纸箱子', '空箱子', '装箱子', '打包箱子', '打开箱子', '拆开箱子', '开箱子', '箱子里'],
    // A bag of clothes, a bin bag, a phone carried in one's bag: bags that are not luggage to keep or carry.
    enNot: ['bag of', 'bags of', 'in the bag', 'in my bag', 'in a bag', 'laundry bag', 'laundry bags', 'plastic bag', 'plastic bags', 'paper bag', 'bin bag', 'bin bags', 'garbage bag', 'shopping bag', 'carrier bag', 'sleeping bag', 'sleeping bags', 'tea bag', 'tea bags', 'bean bag', 'punching bag', 'rubbish bag', 'trash bag'],
  },
  key_card: {
    zh: ['房卡', '门卡', '钥匙', '房间钥匙', '开不了门', '门打不开', '进不了房间', '锁在门外'],
    en: ['key card', 'keycard', 'room key', 'room card', 'door key', 'locked out of my room', "door won't open", 'key sleeve'],
  },
  visitor: {
    zh: ['访客', '来访', '探访', '朋友来', '来找我', '来看我', '上楼找我', '外来人员', '非住客', '留宿', '带朋友', '带人回', '会客', '探望', '来房间', '到房间来', '来房里'],
    en: ['visitor', 'visitors', 'visit me', 'visiting me', 'friends over', 'friend over', 'have someone over', 'come up to my room', 'come to my room', 'overnight guest', 'curfew', 'non-guest', 'non-guests', 'not staying at the hotel', "aren't staying", 'not staying here'],
  },
  noise: {
    zh: ['噪音', '吵', '吵闹', '安静', '隔音', '太吵', '声音大', '很吵', '嘈杂', '扰民', '安静时间'],
    en: ['noise', 'noisy', 'quiet', 'loud', 'too loud', 'soundproof', 'soundproofing', 'quiet hours', 'quiet room', 'disturbing', 'party next door'],
    zhNot: ['吵架'],
  },
  smoking: {
    zh: ['吸烟', '抽烟', '禁烟', '烟民', '电子烟', '吸烟区', '无烟', '烟味', '香烟', '烟', '点烟', '抽根烟', '烟雾报警'],
    en: ['smoke', 'smoking', 'smoker', 'smokers', 'cigarette', 'cigarettes', 'cigar', 'vape', 'vaping', 'e-cigarette', 'e-cig', 'non-smoking', 'smoke-free', 'smoking area', 'smoking room'],
    zhNot: ['烟花', '烟火', '烟台', '烟囱'],
  },
  documents: {
    zh: ['身份证', '证件', '护照', '驾照', '驾驶证', '户口本', '实名', '实名登记', '有效证件', '登记', '外籍', '外国人', '外国客人', '境外', '港澳台', '回乡证', '台胞证', '身份信息', '刷身份证', '人脸识别'],
    en: ['identification', 'what id', 'which id', 'form of id', 'type of id', 'kind of id', 'id to check in', 'photo id', 'valid id', 'show id', 'show my id', 'bring id', 'bring my id', 'need id', 'student id', 'identity card', 'id card', 'passport', 'guest registration', 'register at reception', 'register as a guest', 'registered as a guest', 'foreign guest', 'foreign guests', 'foreign national', 'travel documents', 'identity documents', 'proof of identity'],
    // Obtaining a document is another matter than showing it at check-in.
    zhNot: ['登记车牌', '办护照', '办理护照', '护照办理', '申请护照', '补办护照', '办身份证', '补办身份证', '身份证办理', '考驾照', '办驾照', '学驾照', '驾照考试', '驾照怎么考', '驾照到期', '驾照换证', '驾照扣分'],
  },
  security_deposit: {
    zh: ['押金', '预授权', '保证金', '压金', '冻结押金', '退押金', '押金退'],
    en: ['deposit', 'security deposit', 'damage deposit', 'pre-authorisation', 'pre-authorization', 'preauthorisation', 'preauthorization', 'pre-auth', 'hold on my card', 'incidentals', 'incidental'],
  },
  reception: {
    zh: ['前台', '总台', '服务台', '大堂', '接待处', '礼宾'],
    en: ['reception', 'front desk', 'reception desk', 'lobby', 'concierge desk', 'the desk'],
  },
  room_change: {
    zh: ['换房', '换房间', '换个房间', '换一间', '升级房间', '升房', '房型升级', '换到别的房'],
    en: ['change rooms', 'change my room', 'move rooms', 'switch rooms', 'another room', 'different room', 'room upgrade', 'upgrade my room', 'upgrade our room'],
  },
  wake_up_call: {
    zh: ['叫醒', '叫早', '叫醒服务', '早上叫'],
    en: ['wake-up call', 'wake up call', 'wakeup call', 'morning call', 'alarm call'],
  },
  booking_platform: {
    zh: ['携程', '飞猪', '去哪儿', '同程', '艺龙', '第三方平台', '平台订的', '平台预订', '官网订', '官网预订', '直订', '旅行社'],
    en: ['booking.com', 'expedia', 'agoda', 'trip.com', 'hotels.com', 'third-party site', 'third party site', 'booking site', 'booking platform', 'travel agent', 'travel agency', 'book direct', 'book directly'],
  },
  room_rate: {
    zh: ['房费', '房价', '房钱', '一晚', '每晚', '住一晚', '一晚上', '一夜', '住一天'],
    en: ['room rate', 'nightly rate', 'per night', 'a night', 'each night', 'the rate', 'best available rate', 'room price', 'room charge'],
  },
  group: {
    zh: ['团队', '团体', '多间', '几间房', '好几间', '多订几间', '订几间', '间房', '婚宴', '婚礼', '会议团', '旅游团', '一大群', '一群人', '一行人', '同学聚会', '聚会'],
    en: ['group', 'groups', 'group booking', 'multiple rooms', 'several rooms', 'many rooms', 'block of rooms', 'room block', 'wedding', 'wedding party', 'reunion', 'party of', 'large party', 'lots of rooms'],
  },

  // ── Meals ──
  breakfast: {
    zh: ['早餐', '早饭', '自助早餐', '含早', '带早', '双早', '单早', '无早', '不含早', '早茶', '早上吃', '吃早点'],
    en: ['breakfast', 'brekkie', 'morning meal', 'buffet breakfast', 'morning buffet', 'continental breakfast', 'breakfast included', 'bed and breakfast'],
  },
  dining: {
    zh: ['餐厅', '吃饭', '用餐', '就餐', '午餐', '午饭', '晚餐', '晚饭', '夜宵', '宵夜', '点餐', '点菜', '菜单', '餐饮', '饭菜', '吃点东西', '吃的', '饿了', '肚子饿', '堂食', '自助餐', '开饭', '中餐厅', '西餐厅', '中餐', '西餐'],
    en: ['restaurant', 'dining', 'dine', 'dinner', 'lunch', 'supper', 'food', 'food menu', 'set menu', 'on the menu', 'hungry', 'starving', 'snack', 'snacks', 'something to eat', 'eat in', 'eat out', 'hot meal', 'evening meal', 'get a meal', 'have a meal', 'order a meal', 'meal times', 'mealtimes', 'buffet', 'cafe', 'café', 'bistro'],
    zhNot: ['吃的药', '好吃的', '菜单栏'],
  },
  coffee: {
    zh: ['咖啡', '拿铁', '美式', '卡布奇诺', '浓缩咖啡', '手冲', '奶茶', '果汁', '饮料', '饮品', '茶饮', '奶昔', '热饮', '冷饮', '咖啡厅', '咖啡馆'],
    en: ['coffee', 'espresso', 'latte', 'cappuccino', 'americano', 'flat white', 'tea', 'juice', 'smoothie', 'smoothies', 'milkshake', 'drinks', 'hot drinks', 'cold drinks', 'beverages'],
    zhNot: ['美式英语'],
  },
  room_service: {
    zh: ['送餐', '送餐服务', '客房送餐', '送到房间', '送到房里', '送上楼', '房间点餐', '在房间吃', '在房里吃', '叫餐', '点餐到房间'],
    en: ['room service', 'in-room dining', 'order food to my room', 'food to my room', 'food delivered to my room', 'eat in my room', 'eat in the room', 'meal in my room', 'bring food up'],
  },
  // Diets apart: a vegetarian asking is not answered by the allergy entry, nor the other way round.
  diet: {
    zh: ['忌口', '饮食要求', '饮食禁忌', '特殊饮食', '饮食习惯', '不能吃', '不吃'],
    en: ['dietary', 'dietary requirements', 'dietary needs', 'special diet', 'diet', "can't eat", 'cannot eat', "don't eat"],
  },
  vegetarian: {
    zh: ['素食', '吃素', '素菜', '纯素', '全素', '素食者', '蛋奶素', '不吃肉', '素的'],
    en: ['vegetarian', 'vegetarians', 'vegan', 'vegans', 'plant-based', 'meat-free', 'meatless', 'veggie', 'no meat'],
    zhNot: ['素质', '因素', '元素', '维生素'],
  },
  allergy: {
    zh: ['过敏', '过敏原', '无麸质', '麸质', '坚果', '花生', '乳糖不耐', '乳糖', '海鲜过敏', '芝麻', '贝类', '不耐受'],
    en: ['allergy', 'allergies', 'allergic', 'allergen', 'allergens', 'gluten', 'gluten-free', 'coeliac', 'celiac', 'nut', 'nuts', 'nut-free', 'peanut', 'peanuts', 'lactose', 'dairy-free', 'dairy free', 'intolerance', 'intolerant', 'shellfish', 'sesame'],
  },
  halal: {
    zh: ['清真', '不吃猪肉', '穆斯林', '回民'],
    en: ['halal', 'kosher', 'no pork', 'muslim'],
  },
  takeaway: {
    zh: ['外卖', '外带', '打包带走', '带走', '打包回去', '送外卖', '点外卖'],
    en: ['takeaway', 'take-away', 'take away', 'takeout', 'take-out', 'carry out', 'carry-out', 'food delivery', 'deliver food'],
  },
  corkage: {
    zh: ['开瓶费', '自带酒水', '自带酒', '带酒', '自带红酒', '开瓶'],
    en: ['corkage', 'byo', 'byob', 'own wine', 'bring wine', 'bring our own wine', 'bring my own wine', 'bring our own drinks', 'own alcohol'],
  },
  private_dining: {
    zh: ['包间', '包厢', '雅间', '包房', '私人包间', '独立包间'],
    en: ['private room', 'private dining', 'private dining room', 'private area', 'separate room'],
  },

  service_charge: {
    zh: ['服务费', '小费', '茶位费', '餐位费', '包间费', '最低消费', '低消'],
    en: ['service charge', 'service fee', 'tip', 'tips', 'tipping', 'gratuity', 'cover charge', 'minimum spend'],
  },
  spice: {
    zh: ['辣', '微辣', '中辣', '特辣', '不辣', '免辣', '少辣', '辣度', '口味', '清淡', '重口味'],
    en: ['spicy', 'spice', 'spice level', 'mild', 'not spicy', 'chilli', 'chili', 'bland'],
    zhNot: ['辣妹'],
  },

  // ── Amenities and practicalities ──
  wifi: {
    zh: ['无线网', '无线网络', '网络', '上网', '网速', '多少兆', '几兆', '带宽', '热点', '连网', '联网', '网络密码', '无线密码'],
    en: ['wifi', 'wi-fi', 'wi fi', 'wireless', 'internet', 'get online', 'go online', 'network', 'network name', 'ssid', 'internet access', 'connection speed'],
    zhNot: ['网络支付', '网络购物', '网络平台'],
    // Meeting people is no connection: 'networking' stems to network.
    enNot: ['networking event', 'networking events', 'networking evening', 'networking evenings', 'networking night', 'networking nights', 'networking breakfast', 'networking lunch', 'networking session', 'networking sessions'],
  },
  parking: {
    zh: ['停车', '停车场', '车位', '停车位', '地库', '地下车库', '车库', '泊车', '代客泊车', '停车费', '停哪', '车停', '停放', '方便停', '好停车', '停得下', '自驾', '开车来', '开车过来', '开车去', '车子', '私家车', '放车'],
    en: ['parking', 'park', 'car park', 'parking lot', 'garage', 'parking space', 'parking spot', 'valet', 'car', 'cars', 'by car', 'come by car', 'drive here', 'drive there', 'driving there', 'self-drive'],
  },
  ev_charging: {
    zh: ['充电桩', '充电站', '电动车充电', '新能源车', '电车充电', '给车充电'],
    en: ['ev charging', 'ev charger', 'charging point', 'charging station', 'electric car', 'electric vehicle', 'charge my car', 'car charger'],
  },
  pet: {
    zh: ['宠物', '狗', '猫', '狗狗', '猫咪', '小狗', '小猫', '带狗', '带猫', '毛孩子', '导盲犬', '犬', '柯基', '泰迪', '金毛', '哈士奇', '柴犬', '比熊', '布偶猫', '英短', '橘猫'],
    en: ['pet', 'pets', 'dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'pet-friendly', 'pet friendly', 'guide dog', 'assistance dog', 'service animal', 'animal', 'animals'],
    zhNot: ['热狗', '猫眼', '熊猫', '单身狗'],
  },
  children: {
    zh: ['小孩', '孩子', '儿童', '宝宝', '婴儿', '小朋友', '娃', '幼儿', '未成年', '儿童餐', '宝宝椅', '儿童椅', '高脚椅', '婴儿车', '亲子'],
    en: ['child', 'children', 'kid', 'kids', 'infant', 'infants', 'toddler', 'high chair', 'highchair', 'booster seat', "children's menu", 'kids menu', 'pram', 'stroller', 'under 12'],
    zhNot: ['娃娃'],
  },
  accessibility: {
    zh: ['无障碍', '轮椅', '残疾', '残障', '行动不便', '腿脚不便', '腿脚不好', '坡道', '扶手', '拐杖', '助行', '导盲', '视障', '听障', '不能爬楼'],
    en: ['wheelchair', 'wheelchair accessible', 'disabled guest', 'disabled guests', 'disabled access', 'disabled people', 'disabled person', 'disabled room', 'limited mobility', 'reduced mobility', 'step-free', 'step free', 'ramp', 'grab bar', 'grab bars', 'grab rail', 'roll-in shower', 'walk-in shower', 'walking stick', 'mobility scooter', 'hearing impaired', 'visually impaired'],
  },
  lift: {
    zh: ['电梯', '升降梯', '楼梯', '爬楼', '走楼梯', '上楼', '下楼', '高楼层'],
    en: ['lift', 'elevator', 'stairs', 'staircase', 'upper floors', 'upstairs', 'downstairs'],
  },
  lost_property: {
    zh: ['落下', '落在', '忘拿', '忘带走', '忘在', '遗失', '丢失', '遗落', '遗忘', '失物', '失物招领', '拉下了', '落了东西', '东西忘', '丢了东西', '找不到了', '捡到', '东西落', '落东西', '东西丢在', '东西留在'],
    en: ['lost and found', 'lost property', 'left behind', 'left something', 'left my', 'leave behind', 'did anyone find', 'has anyone found', 'found item', 'found items', 'forgotten items', 'forgotten property'],
  },
  airport: {
    zh: ['机场', '航站楼', '航班', '飞机', '落地', '下飞机', '红眼航班', '接机口', '到达口'],
    en: ['airport', 'flight', 'flights', 'plane', 'land at', 'arrivals hall'],
  },
  shuttle: {
    zh: ['接送', '接机', '送机', '接站', '送站', '接送机', '派车', '来接', '专车', '班车', '穿梭巴士', '接驳', '送我去'],
    en: ['shuttle', 'shuttle bus', 'airport transfer', 'hotel transfer', 'transfer service', 'pick me up', 'pick us up', 'pickup service', 'pick-up service', 'send a car', 'send a driver', 'chauffeur', 'collect me', 'collect us', 'drop me off', 'drop us off', 'ride to the airport'],
  },
  // How to get here, and by what: an airport shuttle entry says how to get here, but not by metro or taxi.
  directions: {
    zh: ['怎么去', '怎么走', '怎么过去', '怎么到', '路线', '具体位置', '在什么位置', '多远', '步行', '导航', '距离', '走路', '走过去', '离地铁', '离车站'],
    en: ['directions', 'get to the hotel', 'get there', 'how far', 'walk from', 'location', 'located', 'route', 'walking distance', 'distance from', 'how close', 'far from', 'near the station'],
  },
  transit: {
    zh: ['地铁', '公交', '公交车', '巴士', '地铁站', '火车站', '高铁站', '出租车', '打车', '的士', '几号线', '哪个出口', '机场大巴', '机场快线', '轻轨', '码头'],
    en: ['metro', 'subway', 'underground', 'tube', 'bus', 'train', 'train station', 'railway station', 'station', 'taxi', 'cab', 'exit', 'public transport', 'public transit', 'airport bus', 'airport express', 'tram'],
  },
  meeting_room: {
    zh: ['会议室', '会场', '会议厅', '多功能厅', '宴会厅', '开会', '培训室', '投影仪', '投影', '活动场地', '办活动', '办会', '年会', '研讨会'],
    en: ['meeting room', 'meeting rooms', 'conference room', 'conference', 'boardroom', 'function room', 'event space', 'meeting space', 'venue', 'projector', 'workshop', 'seminar', 'hold a meeting', 'business meeting', 'hold an event', 'business event'],
  },
  fitness: {
    zh: ['健身房', '健身', '锻炼', '跑步机', '器械', '撸铁'],
    en: ['gym', 'gyms', 'fitness centre', 'fitness center', 'weight room'],
  },
  pool: {
    zh: ['游泳池', '泳池', '游泳', '泳道', '恒温池', '儿童池', '游个泳'],
    en: ['pool', 'swimming pool', 'swimming', 'swim', 'laps'],
  },
  bike: {
    zh: ['自行车', '单车', '脚踏车', '骑车', '骑行', '共享单车', '山地车', '头盔', '骑一圈'],
    en: ['bike', 'bikes', 'bicycle', 'bicycles', 'go cycling', 'e-bike', 'ride around', 'helmet'],
  },
  rental: {
    zh: ['租借', '租用', '出租', '借用', '借一下', '能借', '可以借', '借个', '借辆', '租一', '租个', '租辆', '可以租', '能租', '租金', '外借'],
    en: ['rent', 'rental', 'borrow', 'lend', 'for hire', 'hire a', 'hire the', 'hire out', 'bike hire', 'car hire', 'hire fee', 'hire charge'],
    zhNot: ['出租车', '房租', '租房'],
  },
  // Buying the thing rented, or keeping it (租满一年再买, 租着顺手想留下来, "rent to own").
  rent_to_own: {
    zh: ['先租后买', '租转买', '租转售', '以租代购', '租…再买', '租…买下', '租了…买', '租着…留下', '租的…留下', '租金…抵'],
    en: ['rent to own', 'rent-to-own', 'rent then buy', 'rent-then-buy', 'renting…buy', 'rented…buy', 'rent…count towards', 'rental…count towards', 'buy it outright', 'keep it for good', 'keep the one i', 'keep the instrument', 'buy the one i'],
  },

  tours: {
    zh: ['一日游', '旅游线路', '代订门票', '订门票', '景点门票', '导游', '游船', '观光', '包车游'],
    en: ['tour', 'tours', 'day trip', 'day trips', 'excursion', 'excursions', 'guided tour', 'sightseeing tour', 'tour desk'],
  },
  currency_exchange: {
    zh: ['换钱', '兑换外币', '外币兑换', '换汇', '换人民币', '换成人民币', '外币'],
    en: ['currency exchange', 'exchange money', 'change money', 'foreign currency', 'exchange currency', 'exchange dollars', 'exchange euros'],
  },
  spa: {
    zh: ['按摩', '水疗', '足疗', '足浴', '推拿'],
    en: ['spa', 'massage', 'massages', 'wellness', 'beauty treatment'],
  },
  printing: {
    zh: ['打印', '复印', '扫描', '打印机', '商务中心', '黑白打', '打几张', '打多少张', '免费打'],
    en: ['print', 'printing', 'printer', 'photocopy', 'photocopier', 'scan a document', 'business centre', 'business center'],
  },
  celebration: {
    zh: ['纪念日', '蜜月', '求婚', '庆生', '布置房间', '房间布置', '惊喜'],
    en: ['anniversary', 'honeymoon', 'proposal', 'celebrate', 'celebration', 'decorate the room', 'decorations', 'surprise'],
  },

  // ── Forms of shared concepts (concept-lexicon.ts, lexicon-services.ts) as guests say them ──
  waitlist: {
    zh: ['等位', '排队', '叫号', '排号', '要等位', '翻台'],
    en: ['wait for a table', 'queue', 'queueing', 'waiting time for a table', 'walk-in table'],
  },
  payment: {
    zh: ['买单', '埋单', '分开付', '各付各', '分单'],
    en: ['split the bill', 'pay separately', 'separate bills', 'pay at the table'],
  },
  booking: {
    zh: ['订房', '订了房', '预订房间', '房间预订', '订酒店', '订座', '订位', '订桌', '预订座位', '预约座位', '留位', '留个位'],
    en: ['book a room', 'room booking', 'room reservation', 'reserve a room', 'book a table', 'reserve a table', 'table reservation'],
  },
  cancel: {
    zh: ['不住了', '去不了', '来不了', '住不了', '行程有变', '行程取消'],
    en: ['cancel my booking', 'cancel my reservation', "can't make it", 'cannot make it', 'not coming', 'no longer coming', 'plans changed', 'change of plans'],
  },
  reschedule: {
    zh: ['改期', '改日期', '换日期', '改时间', '挪到', '往后挪', '延期', '换个日子', '改到'],
    en: ['change the dates', 'change my dates', 'change our dates', 'different dates', 'move my booking', 'move the booking', 'postpone', 'new dates'],
  },
  hours: {
    zh: ['供应时间', '几点供应', '开餐', '最晚几点', '最早几点', '几点结束', '几点收', '开放时间', '几点截止'],
    en: ['served until', 'last orders', 'last order', 'until when', 'what hours', 'kitchen close'],
  },
  price: {
    zh: ['算钱', '怎么算钱', '另外付', '另付', '收不收费', '要不要钱', '免不免费'],
    en: ['what does it cost', 'pay extra', 'is it free', 'free of charge', 'complimentary'],
  },
};
