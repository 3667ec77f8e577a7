// What a number says, in a question as in an FAQ entry: "there are 6 of us" is a group's size, "I'm 17" an age,
// "6km away" how far, "at 6pm" a time of day, "around 200 rmb" an amount of money. Each such number carries
// the lexicon concept the entries about it use (group, age, delivery_area, hours, price…), so the number is
// explained by those entries instead of counting against every entry as a word none of them shares. A bare
// number carries nothing: "order 10234", "手机号少打了一位" or "iphone 13" are no facts of any kind, and a
// number is never a topic on its own (tried before: bare numbers pulled questions to wrong entries).
// This reads facts where they stand in any text; answer-facts.ts asks statesMoney (below the table) whether a whole
// answer names an amount of money, and so states a price.

import { matchesOf } from '../shared/regex-matches.ts';

/** One kind of fact: the concepts it carries and the patterns that state it (on NFKC-folded, lower-case text). */
interface NumberFact {
  concepts: readonly string[];
  patterns: readonly RegExp[];
}

/** A number in digits or (for Chinese) in characters. */
const ZH_NUMBER = '(?:\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千万几半]+)';
/** English number words both here and in text-analysis.ts (where they are details of a question). */
export const ENGLISH_CARDINALS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty'];
const EN_NUMBER_WORD = `(?:${[...ENGLISH_CARDINALS, 'thirteen', 'fourteen', 'sixteen', 'eighteen', 'a dozen', 'dozens'].join('|')})`;
/** Units of time a number of them is a length of time, not a count of something ("5 minutes", "3 days"). */
const NOT_AN_AGE = '(?!\\s*(?:%|[ap]\\.?m\\b|o.?clock|km|kg|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|nights?|people|of\\b|times|[:.,]\\d))';

/** Words after a number that measure (time, money, distance, weight) or count people: no things. */
const NOT_THINGS = '(?:degrees|seconds|minutes|mins|hours|hrs|days|weeks|months|years|nights|times|percent|pcs|kms|miles|meters|metres|kgs|kilos|kilograms|grams|pounds|lbs|dollars|bucks|euros|yuan|rmb|points|people|persons|guests|adults|kids|children|students|members|colleagues|employees|staff|friends|attendees|participants|pax|of us|years?-old)\\b';

const NUMBER_FACTS: Readonly<Record<string, NumberFact>> = {
  // How many people: a group (restaurants, hotels, activities), a class's size, a room's occupancy.
  people: {
    concepts: ['group'],
    patterns: [
      new RegExp(`\\b(?:\\d{1,4}|${EN_NUMBER_WORD})(?:\\+|\\s*[-–]\\s*\\d{1,4}| or (?:more|fewer|less|so)| to \\d{1,4})?\\s*(?:-\\s*)?(?:people|persons?|pax|guests|adults|kids|children|colleagues|coworkers|co-workers|employees|staff|students|friends|members|participants|attendees|of us|of them)\\b`, 'gu'),
      new RegExp(`\\b(?:party|group|team|family|table|club|class) (?:of|for) (?:about |around |up to |over )?(?:\\d{1,4}|${EN_NUMBER_WORD})\\b`, 'gu'),
      // 一个人 is "alone", 一位 a digit (少填了一位), 第三名 a rank: counts of one or ranks are no group.
      /(?<![第\d])(?:\d{1,4}|[两三四五六七八九十几]|[二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]百)[多来]?(?:个)?(?:人(?![民工家员气为性身生])|大人|小孩|孩子|朋友|同事|同学|学生|员工|位(?![置子数])|名(?![字称额片单]))/gu,
      /一家[二两三四五六七八九十\d]口|[二两三四五六七八九十\d]口(?:人|之家)/gu,
    ],
  },
  // How old someone is.
  age: {
    concepts: ['age'],
    patterns: [
      new RegExp(`\\b(?:i'?m|i am|(?:he|she)(?:'s| is)|(?:son|daughter|kid|child|boy|girl|baby|toddler|dad|father|mum|mom|mother|grandma|grandpa|granny|grandmother|grandfather|husband|wife|brother|sister|nephew|niece) is|turns?|turned|turning|aged?) (?:only |just |about |nearly |almost )?\\d{1,2}\\b${NOT_AN_AGE}`, 'gu'),
      // children spoken of together ("my twins are 5", "the kids are 7 and 9")
      new RegExp(`\\b(?:sons|daughters|kids|children|twins|boys|girls|grandchildren|grandkids) are (?:only |just |about |nearly |almost )?\\d{1,2}\\b${NOT_AN_AGE}`, 'gu'),
      /\b\d{1,2}[- ]?(?:years?|yrs?)[- ]?olds?\b|\b\d{1,2}\s?(?:yo|y\.o\.)(?!\w)/gu,
      /\b(?:under|over)[- ]?\d{1,2}s\b|\b(?:under|over|ages?) \d{1,2}\b(?!\s*(?:%|[ap]\.?m\b|km|kg|minutes?|mins?|hours?|days?|weeks?|months?|people|rmb|yuan|dollars?|euros?|pounds?|kilos?)|[:.,]\d)/gu,
      /(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:周)?岁(?:半)?|(?:未满|不满)\d{1,2}(?!\d)/gu,
      // an age said without 岁: 我都40多了, 我妈今年58了, 快50了 (two digits, then 了: 都3天了 is no age)
      /(?:今年|都|已经|快)(?:[1-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)[多来]?了/gu,
    ],
  },
  // How far: whether a delivery, a pickup or a home visit reaches someone.
  distance: {
    concepts: ['delivery_area'],
    patterns: [
      // "6km away", "离你们3公里": how far from the business, with the words that say so.
      /\b\d+(?:\.\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\b(?: (?:away|from (?:here|you|your)))?/gu,
      new RegExp(`(?:离(?:你们|你|店里|店|这里|这儿|这)?(?:大概|大约|差不多|有)?)?${ZH_NUMBER}[多来]?(?:公里|千米|里地|里路)`, 'gu'),
    ],
  },
  // A time of day ("7:30pm", "9 am", "20:00", "八点多", "6点半") asks when the business is open, as "几点" does.
  clock: {
    concepts: ['hours'],
    patterns: [
      /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|o'?clock\b)/gu,
      /(?<![\p{N}:.])\d{1,2}:\d{2}(?![\p{N}:])/gu,
      // Said the British way: "half seven" (7:30), "half past six", "quarter to eight", "ten past five" ("five to ten" is
      // as often a range of things as a time, so only a quarter comes "to" the hour).
      new RegExp(`\\b(?:half(?: past)?|quarter (?:past|to)|(?:five|ten|twenty|twenty-five) past) (?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b${NOT_AN_AGE}`, 'gu'),
      /(?<![\p{N}])\d{1,2}[点點](?:半|多|钟|整|过|\d{1,2}分?|[零一二三四五六七八九十]{1,3}分?)?/gu,
      // Written in characters, 两点 / 三点 are as often points (有两点要求) as hours: a time only with its minutes or
      // after a part of the day (下午三点) or before 前/后/到/左右…; 一点 is mostly "a little" (便宜一点).
      /(?<![这那第零一二两三四五六七八九十])(?!一[点點](?![半钟]))[零一二两三四五六七八九十]{1,3}[点點](?:半|多|钟|整|过|\d{1,2}分?|[零一二三四五六七八九十]{1,3}分?)/gu,
      /(?<=[午上晚早夜晨])[零一二两三四五六七八九十]{1,3}[点點]|(?<![这那第零一二两三四五六七八九十])(?!一[点點](?![半钟]))[零一二两三四五六七八九十]{1,3}[点點](?=[前后到左以之去来过开关])/gu,
    ],
  },
  // A day of the month ("the 14th", "3月5号"): when a booking or a visit is for.
  date: {
    concepts: ['booking'],
    patterns: [
      /\b(?:the )?\d{1,2}(?:st|nd|rd|th)\b(?! (?:floor|time|birthday|anniversary|century|grade|year))|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) \d{1,2}\b(?!\s*(?:[ap]\.?m\b|:))/gu,
      /\d{1,2}月\d{1,2}[日号]|(?<![\d\p{L}])\d{1,2}[号日](?![码楼线店门房间期])|(?<![\p{N}])[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]/gu,
    ],
  },
  // An amount of money: what something costs, a budget, a spending threshold (满200).
  money: {
    concepts: ['price'],
    patterns: [
      /[¥$€£]\s?\d[\d,]*(?:\.\d+)?/gu,
      /\b\d[\d,]*(?:\.\d+)?\s?(?:rmb|yuan|usd|dollars?|bucks|euros?|quid)\b/gu,
      new RegExp(`${ZH_NUMBER}[多来]?(?:块钱|元)|\\d[\\d,]*(?:\\.\\d+)?[多来]?块|(?<![未不])满\\d+`, 'gu'),
      // 一百块, 六十几块, 三十来块: tens and more of 块 are money (一块 is "together", 两块 as often two pieces).
      /[零一二两三四五六七八九几]*[十百千万][零一二两三四五六七八九十几]*[多来]?块(?![儿头])/gu,
    ],
  },
  // A number of points ("3000分", "500 points"): a loyalty balance, not a price (an exam mark is under a thousand).
  points: {
    concepts: ['points'],
    patterns: [/(?<![\d.])\d{3,}[多来]?(?:个)?(?:积)?分(?![钟期数之类店])|\b\d[\d,]*\s?(?:loyalty |reward |bonus )?points\b/gu],
  },
  // Many of one thing ("30 of the same chairs", "100 bedside lamps", 一百件, 上百个): a quantity a business quotes
  // for; a few things ("2 boxes", 两件) are only a detail.
  quantity: {
    concepts: ['bulk'],
    patterns: [
      new RegExp(`\\b(?:[2-9]\\d|[1-9]\\d{2,}|a hundred|hundreds of|several hundred)\\+?\\s+(?:of (?:the |these |those |your |our |them)?)?(?:same |identical |matching )?(?:(?!${NOT_THINGS})[a-z-]+ )?(?!${NOT_THINGS})[a-z-]*[a-rtv-z]s\\b`, 'gu'),
      /(?<![\d第])(?:[2-9]\d|\d{3,}|[二两三四五六七八九几]十|[一二两三四五六七八九几]?百|[一二两三四五六七八九几]?千|上百|上千|成百)[多来]?(?:件|张|把|台|套|份|箱|盒|条|双|只|本|支|瓶|袋|包|个(?![人月小钟星礼工半]))/gu,
    ],
  },
  // 满200减30: a spend-and-save offer is a coupon's.
  spend_offer: {
    concepts: ['coupon'],
    patterns: [/满\d+(?:元|块)?减\d+(?:元|块)?/gu],
  },
  // A weight (of a pet, a parcel, a load of washing): the lexicon's concept of weighing is pet_size.
  weight: {
    concepts: ['pet_size'],
    patterns: [
      /\b\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|kilograms?|lbs?)\b/gu,
      new RegExp(`${ZH_NUMBER}[多来]?(?:公斤|千克|斤)`, 'gu'),
    ],
  },
  // A size of clothes or shoes (a height or a weight is no size: "身高170体重65公斤，穿M还是L" asks for advice).
  size: {
    concepts: ['size'],
    patterns: [/\bsize \d{1,2}(?:\.5)?\b/gu, /\d{2}(?:\.5)?码/gu],
  },
};

/**
 * An amount of money anywhere in a whole text (an FAQ answer, answer-facts.ts: it then states a price), as it is
 * written, in either case. Broader than the `money` fact, which says where an amount stands: also a number spaced
 * from its 元 or 块 ("80–150 元") and "pounds"; narrower in that amounts in Chinese numerals (一百块), 满200 and
 * bucks or quid are left to that fact. Both end in the answer's `price`: the fact through analyze(), this beside it
 * (of the 872 fixture answers, 4 have a price from this alone, all spaced "280 元"; the fact alone gives 6).
 */
const MONEY_IN_TEXT = /[¥￥$€£]\s?\d|\d\s?(?:元|块|rmb\b|yuan\b|usd\b|dollars?\b|pounds?\b|euros?\b)/i;

/** True when the text names an amount of money anywhere (see MONEY_IN_TEXT). */
export function statesMoney(text: string): boolean {
  return MONEY_IN_TEXT.test(text);
}

/**
 * A day named (周六, 下礼拜, 明儿, 这周六下午, "next Wednesday", "this Saturday", "tomorrow"): when something
 * happens. The lexicons read a weekday as the business's hours (周六开门吗), which it is only when nothing else
 * happens on it: "约了周六下午…挪到下周", "说好周日还…周二才回来" or "I'll drop it off Friday" name the day of the
 * customer's booking, return or parcel (text-analysis.ts, daysOfEvents: such a day carries no `hours`).
 */
const PART_OF_DAY_ZH = '(?:上午|下午|中午|早上|早晨|晚上|傍晚|夜里|一早|早|晚)?';
const DAY_PATTERNS: readonly RegExp[] = [
  // 一周一次 is "once a week", not a Monday.
  new RegExp(`(?:这个?|本|下个?|上个?|每个?)?(?:周|星期|礼拜)[一二三四五六日天1-7](?![次回趟])${PART_OF_DAY_ZH}|(?:这个?|本|下个?|上个?)?周末${PART_OF_DAY_ZH}|(?:大后天|后天|明天|明儿|明早|明晚|今天|今晚|昨天|前天)${PART_OF_DAY_ZH}|下(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天1-7])`, 'gu'),
  /\b(?:(?:this|next|last|on|coming|every)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b(?:\s+(?:morning|afternoon|evening|night))?|\b(?:this|next|the|last)\s+weekend\b|\b(?:the day after )?tomorrow\b(?:\s+(?:morning|afternoon|evening|night))?|\b(?:next|this) week\b/gu,
];

/** Where the text (folded, lower-case) names a day, as [start, end) offsets. */
export function daySpans(folded: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of DAY_PATTERNS) for (const match of matchesOf(folded, pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** A fact stated in the text: its concepts and where it stands ([start, end) offsets into the text). */
export interface NumberFactSpan {
  concepts: readonly string[];
  start: number;
  end: number;
}

/** A cheap first look: digits, Chinese numerals or an English number word ("six of us"). */
const MAY_STATE_A_NUMBER = new RegExp(`[\\d零一二两三四五六七八九十百千万几半]|\\b${EN_NUMBER_WORD}\\b`, 'u');

/** The facts a (folded, lower-case) text states with its numbers, in table order. */
export function numberFacts(folded: string): NumberFactSpan[] {
  if (!MAY_STATE_A_NUMBER.test(folded)) return [];
  const found: NumberFactSpan[] = [];
  for (const { concepts, patterns } of Object.values(NUMBER_FACTS)) {
    for (const pattern of patterns) {
      for (const match of matchesOf(folded, pattern)) found.push({ concepts, start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}
