// Customer wording of small businesses of any kind, as lexicon concepts (see concept-lexicon.ts).
// Situations: what goes wrong or presses at any business that takes the customer's things or comes to them, told
// as it happened rather than named: a sweater that came back smaller (damage), a shirt that is not in the bag
// (a lost item), an interview on Friday (a rush), a child with eczema (a sensitivity), a driver who came while
// nobody was home (a missed visit), a price that may go up on the day (charges beyond the quote), a job that ran
// two hours over (overtime), money in a jeans pocket (things left inside), glasses that pinch (the fit), a repair
// that failed again (the business's own earlier work), a worker to wait for at home (when they arrive, who lets
// them in).
// A rental's or a delivery's situations too: goods broken or spoiled before they were used (`on_arrival`), keeping a
// thing longer (`extension`), buying the one rented (second_hand) and what is sent when something ran out
// (`substitute`); plans that fell through are in lexicon-visits.ts, a friend collecting (`on_behalf`) in lexicon-general.ts.
// Every id here but `overtime`, `on_arrival`, `extension` and `substitute` already has forms elsewhere (damage and
// wrong_item in concept-lexicon.ts, lost and no_show in lexicon-services.ts, lost_property in lexicon-hospitality.ts,
// work_approval in lexicon-repairs.ts,
// sensitivity and allergy in lexicon-care.ts, ...): this file only adds the wordings of the situation.
// Look-alikes are kept out: a lost password is no lost item (`lost` only adds what happens to a thing), a lunch
// break or "take a break" is no breakage, credit "left in my account" is no item left behind, "run over" by a car
// is no overrun, a parcel that "arrived damaged" keeps only the shop's damage words.
import type { Concept } from './concept-lexicon.ts';

/** "only 3 of the 4 mugs": part of what was sent is missing. */
const COUNTS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** What the customer's things come back in ("wasn't in the bag": the contraction alone covers no word). */
/** The customer's own door ("bring everything to my apartment"). */
const PLACES_EN = ['my flat', 'my apartment', 'my home', 'my house', 'my office', 'my hotel', 'my place', 'my door', 'my dorm', 'my building'];

const CONTAINERS = ['bag', 'box', 'parcel', 'package', 'order', 'delivery'];

/** A deadline is a day ("by Friday", 周五要穿), not the business's hours on that day. */
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the weekend', 'tomorrow'];
const WEEKDAYS_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日', '周末', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期天', '明天', '后天'];

/** A thing that no longer works some time after it was bought ("won't heat up anymore"). */
const FAILS = ['work', 'works', 'working', 'turn on', 'switch on', 'heat up', 'heat', 'charge', 'start', 'power on', 'close', 'lock'];

/** A result that gave out soon after the job or the purchase: a failed repair, a perm that dropped, a guarantee case. */
const SOON_AFTER_ZH = ['才一个礼拜…就', '才一个星期…就', '才一周…就', '才几天…就', '没几天…就', '才两天…就', '才三天…就', '才一个月…就', '没过几天…就', '没两天…就'];
const SOON_AFTER_EN = ['after only a week', 'after just a week', 'after only a few days', 'after just a few days', 'after only a month', 'after just a month', 'lasted only', 'only a week later', 'just a week later'];

export const SITUATION_CONCEPTS: Record<string, Concept> = {
  // ── Damage done while the business had it ──
  // An injury is damage only as the service caused it (剪伤, 烫伤): a cat that got hurt somewhere is no claim.
  damage: {
    zh: ['缩水了', '缩了水', '洗缩水', '洗小了', '洗缩了', '缩小了', '小了一圈', '变小了', '褪色', '掉色', '串色', '开线', '脱线', '开胶', '变形了', '多了个洞', '多了一个洞', '多了个口子', '洗坏', '洗破', '弄坏', '搬坏', '碰坏', '刮坏', '划坏', '之前没有的', '原来没有的', '本来没有的', '以前没有的', '破了个洞', '多了个小洞', '多了一个小洞', '烂了个洞', '剪伤', '弄伤', '擦伤', '划伤', '烫伤', '小口子', '烧出', '烫出', '烧坏', '烫坏', '烧了个洞', '烫了个洞', '弄了个洞', '弄出个洞', '弄出几个', '戳了个洞', '撕了个洞', '磨出个洞', '烧了几个洞'],
    en: ['shrunk', 'shrank', 'has shrunk', 'came back smaller', 'came back damaged', 'came back ruined', 'colour ran', 'color ran', 'dye ran', 'a tear in', 'tear in the', 'tear in my', 'frayed', 'came apart', 'coming apart', 'falling apart', "wasn't there before", 'was not there before', "weren't there before", 'were not there before', 'something breaks', 'anything breaks', 'if it breaks', 'gets broken', 'got broken', 'get broken', 'gets damaged', 'compensation', 'compensate', 'compensated', 'payout', 'pay for the damage', 'nicked', 'rotten', 'rotting', 'gone rotten', 'mouldy', 'moldy', 'mould', 'mold', 'bruised', 'bruises', 'mushy', 'spoiled', 'spoilt', 'gone off', 'went off', 'gone bad', 'went bad', 'going bad', 'overripe', 'squashed', 'stale', 'wilted', 'soggy', 'busted', 'already broken', 'already busted', 'already damaged', 'broken already', 'burnt', 'burned a hole', 'burn mark', 'burn marks', 'scorched', 'scorch mark', 'melted'],
    // How to keep a thing from shrinking is care advice, not a claim (shrank, shrunk and shrinking share one stem).
    enNot: ['without it shrinking', 'without shrinking', 'stop it shrinking', 'stop it from shrinking', 'keep it from shrinking', 'prevent shrinking', 'avoid shrinking', "won't shrink", "doesn't shrink", 'does not shrink', 'not shrink', 'will it shrink', 'does it shrink'],
  },
  // Opening the parcel is receiving it: "拆开箱子发现杯子碎了" is about what arrived.
  delivery: {
    zh: ['打开箱子', '拆开箱子', '打开包裹', '拆开包裹', '打开快递', '拆开快递', '拆开发现', '打开发现', '拆开一看', '打开一看'],
    en: ['opened the box', 'opened the package', 'opened the parcel', 'when i opened', 'unboxed', 'unboxing',
      // brought to the customer's door
      ...['bring', 'post', 'send', 'sent', 'ship', 'drop'].flatMap((verb) => [PLACES_EN.map((place) => `${verb}…to ${place}`), PLACES_EN.map((place) => `${verb}…off at ${place}`)].flat()),
      // to where the customer is ("can you send stuff here?", "get it shipped over here")
      ...['post', 'send', 'sent', 'ship', 'mail', 'deliver'].map((verb) => `${verb}…here`), 'bring…to me', 'post…to me', 'ship…to me', 'bring it over', 'dropped off at', 'delivered at', 'at…sharp', 'delivery slot', 'delivery window'],
  },
  // ── A thing the business lost: it is missing, not forgotten ──
  lost: {
    zh: ['搞丢', '搞没了', '弄没了', '丢件', '丢了一件', '丢了一条', '找不着了'],
    en: ['went missing', 'goes missing', 'gone missing', 'go missing', 'you lose', 'you lost', 'lost one of', 'lose one of'],
  },
  wrong_item: {
    zh: ['少了一条', '少了一双', '少了一个', '少一件', '少一条', '少件', '件数不对', '数量不对', '没送回来', '没还回来', '没拿回来', '没有送回来'],
    en: ["weren't in", 'were not in', "wasn't in", 'wasnt in', 'werent in', 'not in there', 'not in the bag', 'fewer than i', 'one less', 'one piece short', 'an item short', ...COUNTS.map((count) => `only ${count} of`), ...CONTAINERS.flatMap((container) => [`wasn't in the ${container}`, `weren't in the ${container}`, `wasnt in the ${container}`, `werent in the ${container}`, `not in the ${container}`])],
    // Stock left is no item missing: "only 2 of them left".
    enNot: [...COUNTS.flatMap((count) => [`only ${count} of them left`, `only ${count} of these left`, `only ${count} of those left`]), "wasn't in stock", "weren't in stock", 'was not in stock', 'were not in stock', 'wasnt in stock'],
  },
  // ── In a hurry: a date to meet, paying for speed ──
  turnaround: {
    zh: ['赶得上', '赶得及', '能赶上', '赶不赶得上', '来得及', '来不来得及', '来不及', '赶得过来', '赶不上', '急着穿', '急着用', '着急用', '着急穿', '等着穿', '等着用', '快一点的', '快一些的', '能快点', '能不能快点', '能不能快一点', '加快', '早点拿到', '早点拿', '提前拿', '尽快拿', '几天完成', '几天能完成', '多久完成', '多久能完成', '什么时候完成', '什么时候能完成', ...WEEKDAYS_ZH.flatMap((day) => [`${day}前`, `${day}之前`, `${day}要穿`, `${day}要用`])],
    en: ['get it faster', 'get it quicker', 'get it sooner', 'get them faster', 'get them sooner', 'done faster', 'done quicker', 'done sooner', 'back sooner', 'back faster', 'hurry', 'in time for', 'ready in time', 'ready on time', 'be ready for', 'be ready by', 'ready before', 'need it back for', 'make it in time', 'will it be ready', 'will they be ready', ...WEEKDAYS_EN.flatMap((day) => [`by ${day}`, `by next ${day}`, `before ${day}`, `need it ${day}`, `need them ${day}`]), 'rush it', 'rush', 'rushed', 'rush service', 'in a rush', 'expedite', 'expedited', 'asap', 'as soon as possible', 'get…faster', 'get…quicker', 'get…sooner', 'by next week', 'by the end of the week', 'need them by', 'need it by'],
    enNot: ['rush hour', 'rush-hour'],
  },
  // ── Skin that reacts: scent-free, gentle products ──
  sensitivity: {
    zh: ['无香', '无香味', '没有香味', '不要香味', '不加香', '不含香精', '香精', '香味太', '刺激性', '湿疹', '皮肤不好', '皮肤娇嫩', '皮肤容易'],
    en: ['fragrance', 'fragrance-free', 'unscented', 'scent-free', 'scented', 'perfume', 'perfumed', 'perfume-free', 'harsh chemicals', 'eczema', 'delicate skin', 'skin is sensitive'],
  },
  allergy: {
    zh: ['起疹子', '起红疹', '一穿就痒', '皮肤痒'],
    en: ['hypoallergenic', 'rashes', 'break out in', 'breaks out in', 'broke out in'],
  },
  // ── Nobody home when the business comes ──
  no_show: {
    zh: ['不在家', '家里没人', '没人在家', '没在家', '人不在家', '我不在的时候', '没人开门', '敲门没人', '家中无人', '家里无人', '无人在家', '白跑一趟', '白跑了一趟', '白来一趟', '白跑', '空跑一趟', '忘了在家等', '没人应门', '错过了取件', '错过取件', '错过了送货', '错过送货', '错过了配送', '放门卫', '放保安', '交给门卫', '交给保安', '放在门口', '放门口'],
    en: ['not home', 'not be home', "won't be home", "wasn't home", "won't be in", 'not at home', 'nobody home', 'no one home', 'nobody was home', 'no one was home', 'nobody answers', 'nobody answered', 'no one answers', 'no one answered', 'while i was out', "while i'm out", 'while i am out', 'when i was out', "if i'm out", 'if i am out', "if i'm not in", "if i'm not there", 'if i am not there', "if i'm not around", "if nobody's in", "if no one's in", "nobody's home", "no one's home", "no one's in", 'on the doorstep', 'leave them outside', 'if nobody is in', 'if no one is in', 'at work all day', 'out all day', 'missed the driver', 'missed the courier', 'missed the delivery', 'missed my delivery', 'missed the pickup', 'missed my pickup', 'missed pickup', 'missed delivery', 'leave it at the door', 'leave it outside', 'with the guard', 'with security', 'with my neighbour', 'with the neighbour', 'with a neighbour', 'with my neighbor', 'with the doorman', 'with the concierge'],
  },
  // ── Charges beyond the price agreed ──
  work_approval: {
    zh: ['临时加钱', '临时加价', '现场加价', '加价', '现场再要钱', '再要钱', '多要钱', '坐地起价', '说好的价', '说好价格', '先说好价', '修到一半加钱', '要多给', '额外要钱', '最终价格', '最后的价格'],
    en: ['price go up', 'price goes up', 'price will go up', 'price change', 'price changes', 'final price', 'charge more on the day', 'extra on the day', 'charges on the day', 'charge me more', 'more than quoted', 'more than the quote', 'more than you quoted', 'stick to the quote', 'what you quote', 'tell me upfront', 'no surprises'],
    // An add-on offer at a shop is no surcharge.
    zhNot: ['加价购', '加价换购', '加价购买'],
  },
  // ── A job that takes longer than booked ──
  overtime: {
    zh: ['超时', '超出时间', '超过时间', '超出的时间', '多出来的时间', '多干了', '延时', '加时', '超出部分', '超出的部分', '晚还', '迟还', '还晚了', '逾期', '超期', '晚一天还', '晚两天还', '晚几天还', '延迟归还', '没按时还', '超时还', '过了还的时间', '才还', '续一小时', '续个钟', '续一个钟', '加钟', '多玩半小时', '多留', '多待', '多呆', '晚点走', '多玩一会', '多玩会', '再多玩', '续时'],
    en: ['overtime', 'ran over', 'runs over', 'run over time', 'went over time', 'goes over time', 'overrun', 'overran', 'extra time', 'extra hour', 'extra hours', 'additional hour', 'additional hours', 'takes longer', 'took longer', 'take longer', 'longer than expected', 'longer than planned', 'longer than booked', 'per extra hour', 'each extra hour'],
    // Run over by a car is no overrun.
    enNot: ['run over by a car', 'ran over by a car', 'got run over', 'was run over', 'been run over', 'ran over my', 'run over my'],
    // 刚才还 is "just now"
    zhNot: ['刚才还', '方才还'],
  },
  // ── Things left inside what the customer handed over ──
  lost_property: {
    zh: ['口袋里', '兜里', '裤兜', '衣兜', '口袋', '忘了掏', '没掏', '没拿出来', '忘了拿出来', '忘记拿出来', '客人忘', '忘了东西'],
    en: ['in my pocket', 'in my pockets', 'in the pocket', 'in the pockets', 'in a pocket', 'pockets', 'pocket', 'left it in', 'left them in', 'left something in', 'cash in my', 'money in my', 'keys in my', 'airpods in my', 'earbuds in my', 'forgot something', 'guests forget', 'people forget', 'customers forget', 'things left in', 'anything left in', 'stuff left in'],
    // Money in an account or on a card is a balance.
    enNot: ['money in my account', 'money in my bank', 'money in my wallet', 'money in my card', 'cash in my account', 'money in my balance'],
  },
  // ── Things nobody came back for ──
  unclaimed: {
    zh: ['不拿会', '不取会', '一直不拿', '一直不取', '不拿的话', '不来拿', '不来取'],
    en: ['forgot about my', 'forgot about a', 'forgot about the', 'never picked it up', 'never came for'],
  },
  // ── Declining once the price is known ──
  estimate: {
    zh: ['嫌贵', '不修了', '不修的话', '不想修了', '不做了收费'],
    en: ['decide not to', 'not to go ahead', 'not go ahead', "don't go ahead", 'still owe', 'owe you anything'],
  },
  // ── The fit: what pinches, slides, hangs loose ──
  size: {
    zh: ['夹头', '夹耳朵', '勒耳朵', '压鼻子', '往下滑', '老往下掉', '松了'],
    en: ['pinch', 'pinches', 'pinching', 'digs in', 'dig in', 'digging in', 'sliding down', 'slides down', 'slipping down', 'slips down', 'keeps slipping', 'keep slipping'],
  },
  // ── The business's own earlier work failing ──
  warranty: {
    zh: ['你们换的', '你们修的', '你们装的', '你们给换的', '你们给修的', '上次修的', '上次换的', '又坏了', '又出问题', '同样的问题', '同样的毛病', '老毛病', '又犯了', '又亮了', '又响了', '又漏了', '没摔过', '没有摔过', '没进过水', ...SOON_AFTER_ZH],
    // Stems lose the tense ("you fixed" is "can you fix"), so the earlier job is named with when it was done.
    en: ['you put in last', 'you fitted last', 'you repaired last', 'you fixed last', 'you replaced last', 'you installed last', 'you did last', 'that you put in', 'since you fixed', 'since you repaired', 'since you replaced', 'since you put in', 'since the repair', 'after the repair', 'broken again', 'broke again', 'failed again', 'dying again', 'same problem', 'same fault', 'same issue', 'problem is back', 'problem came back', 'happening again', 'is on again', 'came on again', 'comes on again', 'lit up again', ...SOON_AFTER_EN, ...FAILS.flatMap((fails) => [`${fails} anymore`, `${fails} any more`]), "haven't dropped it", 'have not dropped it', "didn't drop it", 'never dropped it'],
  },
  // ── Not happy with the result: whose mistake ──
  redo: {
    zh: ['你们的责任', '谁的责任', '算谁的', '是你们的问题', '配错了', '做错了', ...SOON_AFTER_ZH],
    en: ['your fault', 'your mistake', 'is that on you', 'on your end', 'you got it wrong', 'you made a mistake', "doesn't feel right", "don't feel right", "doesn't look right", "don't look right", ...SOON_AFTER_EN],
  },
  // ── Prices that drop after buying ──
  price_protection: {
    zh: ['就打折了', '又打折了', '就降价了', '又降价了', '就便宜了', '又便宜了', '就搞活动', '又搞活动', '补给我', '能补吗', '找你们补', '补偿差价'],
    en: ['day after i bought', 'week after i bought', 'right after i bought', 'just after i bought', 'less than i paid', 'less than what i paid', 'cheaper than i paid', 'cheaper than what i paid'],
  },

  // ── Keeping a rented or booked thing longer ──
  extension: {
    zh: ['续租', '多租几天', '多租', '加几天', '多用几天', '再租几天', '续借', '多借几天', '晚几天还', '晚点还'],
    en: ['extend', 'extension', 'extending', 'keep it longer', 'keep them longer', 'keep it for longer', 'keep the gear', 'keep…for longer', 'more days', 'extra days', 'extra day', 'few more days', 'add…days', 'add…more days', 'tack on', 'tack…onto', 'tack…on', 'longer than i booked', 'longer than we booked', 'longer than booked'],
  },
  // ── Buying what the business used or rented out ──
  second_hand: {
    zh: ['二手', '旧的卖', '处理旧', '清仓', '退役的'],
    en: ['ex-rental', 'ex-display', 'ex-demo', 'old stock', 'old equipment', 'old gear', 'sell off', 'clear out old', 'buy the one i rented', 'buy the one we rented', 'keep it and pay', 'keep it and buy', 'buy it off you', 'used gear', 'used equipment', 'used ones', 'used rental'],
  },
  // ── Goods the business has run out of: what it sends instead ──
  substitute: {
    zh: ['替代品', '用别的代替', '换成别的', '拿别的代替', '别的替代'],
    en: ['substitute', 'substitutes', 'substitution', 'substitutions', 'swap…for something', 'replace…with something', 'something else instead', 'something similar instead', 'similar item instead', "don't swap", "don't replace", 'replacement item', 'swap anything', 'replace anything', 'replace items'],
  },
  // ── Damaged or broken before the customer used it ──
  on_arrival: {
    zh: ['拆开就', '打开就', '一打开就', '拆开发现', '打开发现', '收到就是坏', '收到就坏', '到手就坏', '拿到就坏', '本来就坏', '本来就是坏', '不是我弄的', '不是我们弄的', '不是我弄坏'],
    en: ['when we opened', 'when i opened', 'when i open', 'when we open', 'when we unpacked', 'when i unpacked', 'when i unpack', 'when we unpack', 'unpacking', 'out of the box', 'on arrival', 'already broken', 'already busted', 'already damaged', 'broken already', 'was like that when', 'came like that', 'not our fault', 'not my fault', 'arrived broken', 'arrived damaged', 'came broken', 'came damaged', 'when it arrived', 'when they arrived', 'when it came', 'when we got it', 'when i got it'],
  },
};

/**
 * A worker coming to the customer's home (cleaning, pest control, repairs, deliveries of any business): when they turn
 * up, whether the customer must be in, who lets them in. Apart from SITUATION_CONCEPTS because `delivery` and
 * `no_show` already have forms there; an id in two records adds forms to one concept (concept-lexicon.ts).
 */
export const HOME_VISIT_CONCEPTS: Record<string, Concept> = {
  // Waiting for a visit: which part of the day, a call when the worker sets off ("let me know when he's on the way").
  delivery: {
    zh: ['几点上门', '什么时候上门', '上门前打电话', '到之前打电话', '出发了告诉我', '在家等一天', '等一整天'],
    en: ['on the way', 'on his way', 'on her way', 'on their way', 'on your way', 'heads up before', 'heads-up before', 'call before he', 'call before she', 'call before they', 'call before you', 'call me before', 'text me before', 'ring me before', 'let me know before', 'waiting around', 'wait around', 'wait in all day', 'stay in all day', 'stay home all day', 'wait at home', 'waiting at home', 'wait all day', 'waiting all day', 'arrival window', 'time window', 'what time will he', 'what time will she', 'what time will they', 'what time will your', 'when will he come', 'when will they come', 'when will he arrive', 'when will they arrive'],
    // The customer's own trip ("on the way out", "on my way over") or a place passed ("on the way to the airport").
    enNot: ['on the way out', 'on the way home', 'on the way back', 'on the way in', 'on the way to', 'on the way there', 'on my way', 'on our way'],
  },
  // Nobody home, or someone else there: whether the customer must be in, who may open the door.
  no_show: {
    zh: ['需要在家', '要在家吗', '必须在家', '本人在场', '需要在场', '要在场吗', '必须在场', '本人在家', '帮忙开门', '给你们开门', '物业开门', '钥匙放'],
    en: ['need to be home', 'have to be home', 'need to be there', 'have to be there', 'need to be present', 'have to be present', 'must be present', 'must be home', 'be home during', 'be there during', 'be present during', 'be in during', 'someone to be home', 'anyone to be home', 'someone at home', 'anyone at home', 'owner…present', 'owner…be there', 'owner…be home', 'let your…in', 'let the technician in', 'let the worker in', 'let the cleaner in', 'let the guy in', 'let you in', 'let you guys in', 'open the door for', 'day off work', 'take the day off', 'take the whole day off', 'whole day off', 'time off work', 'take time off', 'keys with the', 'key with the', 'leave you the key', 'leave you the keys'],
  },
};
