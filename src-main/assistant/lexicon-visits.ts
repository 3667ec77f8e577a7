// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Visits: the topics every business with premises has in its FAQ, whatever it sells: when it is open (asked as a
// time: "can I drop by around 7:30pm?", 晚上八点多过去还来得及吗), where it is and how to get there (which metro
// station, can't find the shop), parking for cars, bikes and e-bikes, paying (by brand: Amex, Alipay, a foreign
// card), walking in or booking first, running late, moving or cancelling, a rough price, how long it takes, how
// to reach someone, and staff who speak English.
// Every id here already has forms in another lexicon (hours and payment in concept-lexicon.ts, directions,
// transit and parking in lexicon-hospitality.ts, walk_in and late_arrival in lexicon-services.ts, ...): this file
// only adds the wordings customers use when they describe their situation instead of naming the topic. A time of
// day written with numbers is recognised in number-facts.ts and counts as `hours`.
// Look-alikes are kept out: the visa one applies for, cash back, 电瓶车 (an e-bike, not a car battery), a parking
// brake or 停车时 (when a car stops) in a garage, 在哪里 of a parcel (tracking).
import type { Concept } from './concept-lexicon.ts';

/** "where is your shop / clinic / …": a place customers come to, as the question names it. */
const PREMISES = ['shop', 'store', 'showroom', 'office', 'clinic', 'salon', 'school', 'restaurant', 'hotel', 'garage', 'workshop', 'studio', 'gym', 'centre', 'center', 'branch', 'place'];

/** Two-wheelers customers ride over and must leave somewhere. */
const TWO_WHEELERS_EN = ['bike', 'bicycle', 'e-bike', 'ebike', 'scooter', 'e-scooter', 'moped', 'motorbike', 'motorcycle'];
const TWO_WHEELERS_ZH = ['电瓶车', '电动车', '自行车', '单车', '摩托', '电驴'];

export const VISIT_CONCEPTS: Record<string, Concept> = {
  // ── When it is open ──
  hours: {
    // The customer's own working day (白天上班) says nothing about the business's hours.
    // 休息 and 放假 said of the business itself are its being closed ("中间能休息吗" at a class is a break).
    zhNot: ['下午好', '中午好', '白天上班', '我上班', '要上班', '上班族', '去上班', '在上班'],
    enNot: ['good morning', 'good afternoon', 'good evening'],
    zh: ['下午', '傍晚', '早上', '早晨', '午休', '下班后', '下班以后', '下了班', '下班过去', '下班过来', '下班赶', '周一', '周二', '周三', '周四', '周五', '星期一', '星期二', '星期三', '星期四', '星期五', '礼拜一', '礼拜二', '礼拜三', '礼拜四', '礼拜五', '礼拜六', '礼拜天', '礼拜日', '上班吗', '上班不', '开门不', '开门吗', '开着吗', '开不开', '营业吗', '营不营业', '休息吗', '休不休息', '放假吗', '放不放假', '关门了', '过去还来得及', '过来还来得及', '去还来得及', '赶过去', '赶过来', '几点前', '店里有人', '店里有没有人', '有人上班', '开不开门', '你们休息', '店里休息', '休不休息', '放不放假', '你们放假', '放假吗', '歇业'],
    en: ['in the morning', 'this morning', 'tomorrow morning', 'in the evening', 'this evening', 'tomorrow evening', 'afternoon', 'noon', 'midday', 'midnight', 'tuesday', 'wednesday', 'thursday', 'friday', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'mondays', 'weekdays', 'after work', 'after office hours', 'on my way home', 'are you open', 'you guys open', 'are you working', 'you guys working', 'open on', 'closed on', 'closed over', 'closed during', 'open during', 'open over', 'till when', 'how late are you', 'before you close', 'before closing', 'closing', 'opening', 'open tomorrow', 'open tonight', 'still be open', 'too late to come', 'too late to drop by', 'finish work', 'finished work', 'get off work', 'off work at', 'straight from work', 'straight after work'],
  },
  // ── Where it is and how to get there ──
  // "Are you closed for National Day?": 休息 and 放假 of the business are its hours; a public holiday meets a festival named.
  holiday: {
    zh: ['节假日', '法定节假日', '法定假日', '国庆节', '五一', '小长假'],
    en: ['public holiday', 'public holidays', 'bank holiday', 'bank holidays'],
  },
  directions: {
    zh: ['店在哪', '们在哪', '家在哪', '馆在哪', '所在哪', '校在哪', '厅在哪', '院在哪', '地址在哪', '位置在哪', '具体在哪', '在什么地方', '在哪个位置', '什么位置', '在哪条路', '在哪条街', '在哪个区', '在哪个商场', '你们的地址', '你们地址', '店的地址', '店地址', '门店地址', '商场几楼', '几楼', '哪栋楼', '哪个门', '入口在哪', '定位', '发个位置', '发下位置', '发一下位置', '共享位置', '找不到店', '找不到你们', '找不到门', '找不到入口', '没找到店', '没找到你们', '找不着', '导航搜不到', '导航没搜到', '地图上搜不到', '地图搜不到', '地图上找不到', '怎么找到你们', '怎么找到店', '怎么过来', '过来怎么走', '过去怎么走', '怎么来', '地标', '离你们近', '离你们最近', '最近的地铁', '最近的站', '哪个站近', '发个定位', '发定位', '发个位置', '发下定位', '共享位置'],
    en: [
      'where are you', 'where are you located', 'where abouts are you', 'whereabouts are you',
      // Asked in a chat: the location sent as a pin or a link.
      'send me the location', 'send the location', 'send your location', 'send me your location', 'share the location', 'share your location', 'send me the address', 'send the address', 'send me your address', 'drop a pin', 'send a pin', 'location pin', 'map link', 'link to the map', 'google maps link', 'pin on the map',
      ...PREMISES.flatMap((place) => [`where is your ${place}`, `where's your ${place}`, `where is the ${place}`, `find your ${place}`, `find the ${place}`, `get to your ${place}`]),
      'your address', 'address of your', 'where is your physical', 'find you', "can't find you", 'how do i find', 'how to find you', 'get to you', 'way to you', 'address in chinese', 'location in chinese', 'show the taxi driver', 'show the driver', 'for the taxi', 'landmark', 'which floor', 'what floor', 'which building', 'on the map', 'maps', 'google maps', 'navigation', 'send me a pin', 'drop a pin', 'your location', 'walk from the station', 'from the station', 'from the subway', 'from the metro',
      'street number', 'which street', 'what street', 'street are you on', 'road are you on', 'street are you in',
    ],
  },
  transit: {
    zh: ['坐地铁', '坐公交', '搭地铁', '乘地铁', '哪个站', '哪站', '几号口', '地铁口', '公交站', '站下', '下车', '换乘', '坐车过去', '坐车过来'],
    en: ['which stop', 'nearest bus stop', 'closest bus stop', 'which station', 'nearest station', 'closest station', 'metro stop', 'subway stop', 'bus route', 'metro line', 'subway line', 'get off', 'ride-hailing', 'light rail', 'ferry', 'by metro', 'by subway', 'by bus'],
  },
  // ── Parking: cars, bikes, e-bikes, scooters ──
  parking: {
    zh: ['车停哪', '车放哪', '停哪儿', '停在哪', '停哪里', '免费停车', '停车券', '停车抵扣', '抵停车', '停车减免', '停车优惠', '骑车过去', '骑车过来', '骑车来', '非机动车', ...TWO_WHEELERS_ZH.flatMap((ride) => [`骑${ride}`, `${ride}停`, `${ride}放`, `停${ride}`, `放${ride}`]), '开车过去', '开车去的话', '开过去的话', '停车方便'],
    en: ['where do i park', 'where can i park', 'where to park', 'park my car', 'park the car', ...TWO_WHEELERS_EN.flatMap((ride) => [`${ride} parking`, `park my ${ride}`, `leave my ${ride}`, `put my ${ride}`, `lock my ${ride}`, `bring my ${ride}`, `ride my ${ride}`]), 'bike rack', 'bike racks', 'lock up my bike', 'cycle there', 'street parking', 'parking meter', 'parking ticket', 'garage ticket', 'validate the garage', 'validate my ticket', 'validate the ticket', 'drive over', 'driving over', 'coming by car'],
    // A garage is asked about what happens when the car stops, and about the car's own parking aids.
    zhNot: ['停车时', '停车后', '停车的时候', '一停车', '停车就', '停车熄火'],
    enNot: ['parking brake', 'parking sensor', 'parking sensors', 'parking camera', 'parking light', 'parking lights', 'park assist', 'theme park', 'national park', 'amusement park', 'water park',
      // a park to walk a dog or skate in is no car park
      'dog park', 'dog parks', 'skate park', 'trampoline park', 'safari park', 'business park', 'industrial park', 'science park'],
  },
  bike: {
    zh: ['电瓶车', '电动自行车', '电单车', '小电驴', '电驴', '摩托车', '踏板车', '滑板车'],
    en: ['ebike', 'ebikes', 'e-scooter', 'escooter', 'scooter', 'scooters', 'moped', 'motorbike', 'motorcycle', 'electric bike', 'electric scooter'],
  },
  // 电瓶车 is an e-bike, not a car battery.
  battery: { zh: [], en: [], zhNot: ['电瓶车'] },
  // ── Paying ──
  payment: {
    zh: ['扫码', '扫码付', '扫微信', '扫支付宝', '微信支付', '微信付', '支付宝付', '银联', '外卡', '国外的卡', '国外信用卡', '境外卡', '境外信用卡', '外国信用卡', '刷外卡', '收现金', '付现', '手机支付', '移动支付', '转账', '对公转账', '公对公', '打款'],
    en: ['alipay', 'wechat pay', 'weixin pay', 'mobile payment', 'mobile pay', 'scan to pay', 'qr code', 'contactless', 'tap to pay', 'samsung pay', 'foreign card', 'foreign cards', 'foreign credit card', 'overseas card', 'international card', 'international credit card', 'card from', 'cash only', 'card only', 'card machine', 'accept cards', 'take cards', 'take card', 'credit cards', 'mobile wallet', 'settle up', 'pay the courier', 'hand the courier', 'local currency'],
    // The visa one applies for is no card; cash back is a refund.
    enNot: ['cash back', 'cashback', 'student visa', 'tourist visa', 'work visa', 'business visa', 'travel visa', 'entry visa', 'transit visa', 'visa application', 'visa extension', 'visa renewal', 'renew my visa', 'renew the visa', 'extend my visa', 'extend the visa', 'visa free', 'visa-free', 'visa on arrival', 'visa requirements', 'get a visa', 'need a visa', 'apply for a visa', 'visa support', 'visa letter', 'visa invitation'],
  },
  // A credit card is a way to pay, not money credited back; a debit card no amount debited after a failed payment.
  refund: { zh: [], en: [], enNot: ['credit card', 'credit cards'] },
  declined: { zh: [], en: [], enNot: ['debit card', 'debit cards'] },
  // ── Walking in or booking first ──
  walk_in: {
    zh: ['没约', '不约', '没有预约', '没提前约', '直接上门', '直接过来', '直接到店', '先来先', '先到先', '随到随', '随时来', '随时过去', '路过', '顺路过去', '顺便过去', '当天过去', '现在过去', '现在过来'],
    en: ['first come first served', 'first-come', 'first come', 'just drop in', 'just pop in', 'just stop by', 'just walk in', 'just come by', 'without calling', 'without calling first', 'without booking ahead', 'unannounced', 'walk up', 'come in today', 'show up or'],
  },
  // A walk-in question asks whether booking is needed: it meets the booking entry as well as a walk-in one.
  booking: {
    zh: ['没约', '不约', '没有约', '没提前约', '先到先', '先来先', '随到随', '约一下', '约个号', '挂号', '怎么约', '提前说一声', '先说一声', '先跟你们说', '先打个招呼', '要先联系', '要先约', '需要约', '要约吗', '需要预约吗', '预留', '占个位置', '约个位', '现在订', '现在预订', '现在约', '订还来得及', '约还来得及', '还能订', '还能约', '还订得到', '还约得到', '订得到吗', '约得到吗', '提前多久订', '提前多久约', '在哪下单', '在哪儿下单', '哪里下单', '去哪下单', '在哪里下单', '抢到位置', '抢到位子', '抢到位', '抢位置', '抢得到', '约得上', '订得上', '才能订到', '才能约到', '才能订上', '才能约上'],
    en: ['walk in', 'walk-in', 'walk-ins', 'just show up', 'just turn up', 'first come first served', 'first-come', 'without an appointment', 'without booking', 'no appointment', 'get a slot', 'get an appointment', 'reserve a slot', 'book a slot', 'grab a slot', 'book a time', 'schedule an', 'set up an appointment', 'make an appointment', 'need to book', 'need an appointment', 'call ahead', 'message before', 'call first', 'heads up', 'heads-up', 'schedule first', 'lock in', 'lock it in', 'put my name down', 'put our names down', 'put us down for', 'hold one for me', 'save one for me', 'hold it for me'],
  },
  // ── Running late, moving, cancelling ──
  late_arrival: {
    zh: ['晚个', '晚十分钟', '晚一会', '路上耽误', '赶不及', '会晚', '可能晚', '晚些到', '要晚', '得晚', '才到得了', '才能赶到', '才赶得到', '才赶得过去', '没能准点', '没能准时', '不能准时到', '没法准时到', '不能准点到', '没法准点', '赶不上准点', '不能按时到', '没能按时到', '准时到不了', '准点到不了', '卡着点', '卡点到', '踩点到', '掐着点', '坐过站', '坐过了站', '起晚了', '起来晚了', '睡过头', '睡过了头', '没赶上', '错过集合', '错过了集合', '错过出发', '错过了出发', '车开走了', '车已经开走'],
    en: ['min late', 'mins late', 'minutes late', 'min behind', 'mins behind', 'be late', 'late for my', 'held up', 'traffic', 'missed the bus', 'still see me', 'still take me'],
  },
  reschedule: {
    zh: ['改个时间', '改下时间', '改一下时间', '约到别的', '换到', '挪一下', '挪个时间', '推到', '调一下时间', '改个日子', '往后推', '挪到下', '改到下', '推到下', '挪到再', '改到再', '挪到别的', '改到别的', '挪到周', '改到周', '挪到明天', '改到明天', '往后延'],
    // Only with what is moved: "move my piano" is a removal firm's business, not a new time.
    en: ['move my appointment', 'move my booking', 'move my slot', 'move my reservation', 'move the appointment', 'move the booking', "move tomorrow's", 'change my slot', 'change the slot', 'switch my appointment', 'another slot', 'different slot', 'bring it forward', 'bring forward', 'rearrange', 'push…to next', 'push…to the following', 'push…to another', 'push…to a later', 'push it back', 'push…back a', 'bump…to next', 'bump…to the following', 'bump…to another', 'bump it', 'move…to next', 'move…to the following', 'move…to another', 'move…to a later', 'move it to', 'shift…to next', 'shift…to another', 'a later date', 'an earlier date', 'another weekend', 'different weekend', 'change the day', 'change the date', 'put it off', 'put off', 'hold off'],
  },
  cancel: {
    zh: ['不去了', '约不去了', '有事去不了', '去不成了', '来不了了', '不想去了', '不想来了', '不想做了', '不打算去了', '不打算来了', '去不了了', '拍不了了', '做不了了', '赶不过来了', '家里出了点事', '家里有事', '临时有事', '突然有事', '出了点事'],
    en: ["can't come", "won't be able to come", "won't be able to make it", 'not able to make it', 'unable to make it', "can't make my appointment", 'call it off', 'cancel my slot', 'plans fell through', 'fell through', 'fallen through', "can't go anymore", "can't go any more", 'cannot go anymore', "can't make it anymore", "won't be going", 'not going anymore', 'no longer going', 'no longer need', "don't need it anymore", 'plans changed', 'change of plans', 'change in plans', 'have to pull out', 'back out', 'pull out', 'pulling out', 'drop out', 'dropping out', 'bail on', 'bail out'],
    // A tooth pulled out is an extraction (lexicon-care.ts), no visit called off.
    enNot: ['pull…tooth', 'pull…teeth'],
  },
  // ── A rough price, how long it takes ──
  price: {
    zh: ['大概多少', '大概什么价', '什么价位', '大概要花', '要花多少', '大概花', '一般多少钱', '起步价', '起价', '几十块', '几百块', '收费标准', '价目表', '价格表', '价目', '预算'],
    zhNot: ['花多少时间', '花多长', '要花多少时间', '花多少天', '花几天', '花几个小时', '大概花多长', '大概花多少时间', '大概花多久', '大概要花多长', '大概要花多少时间', '大概要花多久'],
    en: ['roughly how much', 'how much roughly', 'price range', 'price list', 'rates', 'rate', 'rough idea of the cost', 'typical cost', 'average price', 'starting price', 'budget', 'expensive', 'affordable', 'per hour', 'per session', 'hourly rate', 'set me back', 'set us back', 'run me', 'run us', 'what would that run', 'what would it run', 'cost me', 'cost us', 'what would i pay', 'what would we pay', 'what are we looking at'],
  },
  duration: {
    zh: ['几个钟', '几个钟头', '花多长', '耗时', '需要多久', '一般多久', '大概多久', '一上午', '一下午', '多少时间', '周几能', '礼拜几能', '星期几能', '下周几', '哪天能'],
    en: ['how much time', 'time does it take', 'does it take', 'be done by', 'half an hour', 'an hour', 'all day'],
  },
  // ── Reaching someone ──
  contact: {
    zh: ['联系方式', '怎么联系', '微信号', '公众号', '发邮件', '电邮', '座机', '在线聊天', '私信', '留个电话'],
    en: ['wechat', 'wechat id', 'whatsapp', 'email you', 'phone number', 'phone line', 'call you', 'text you', 'sms', 'direct message', 'online chat', 'chat online', 'expect an answer', 'expect a reply', 'hear from you', 'answer my email', 'answer my message',
      // whom to write to about a problem
      'who do i write to', 'who should i write to', 'who do i email', 'who should i email', 'where do i send an email', 'where should i send an email', 'send you an email', 'the email for', 'email address for', 'which email', 'what email', 'help with an order', 'help with my order'],
  },
  language_support: {
    zh: ['英文好', '讲英文', '说英文', '会说英文', '英文沟通', '英语沟通', '中文不太好', '中文很差', '不太会中文', '只会英语', '只会说英语'],
    en: ['english-speaking staff', 'english speaker', 'english speakers', 'understand english', 'communicate in english', 'my chinese is', 'my mandarin is', "can't speak chinese", 'no chinese', 'little chinese', 'limited chinese', 'chinese is limited', 'understand me', 'communicate with', 'translator', 'translation app'],
  },
};
