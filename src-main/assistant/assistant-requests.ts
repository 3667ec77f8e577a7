// A message that is, as a whole, a request to the assistant itself and no customer's question: a sum to work out
// ("what's 17 times 23", "12*12=?", "3加5等于多少") or a unit to convert ("how many ounces in a pound"), the time or
// date now ("what time is it", 今天几号), who or what the assistant is (你叫什么名字, "what do you like"), small talk
// ("let's chat", 我好无聊) or a greeting ("good morning", 早上好). No business's FAQ answers
// them (foreign-domains.ts, assistant_requests), yet a FAQ's words matched theirs: "what time is it" scored 0.97 from a
// shop's opening hours and 现在几点了 was answered by all 55 FAQs of the evaluation sets, "what's 2+2" from an entry
// with "2 adults", "good morning" from morning opening times. The lexicon's forms ('乘以', 'tell me a joke') catch
// such requests inside longer messages; these catch the bare ones. Only a whole message: inside a question, the
// same words are about the business ("what time is it open till?", 几点了还营业吗, "a 2 x 3 m unit", "3-5 days").
import { ENGLISH_CARDINALS } from './number-facts.ts';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?%?|[零一二两三四五六七八九十百千万]+|\b(?:one|${ENGLISH_CARDINALS.join('|')}|hundred)\b)`;
const OPERATOR = String.raw`(?:[-+−×x*/÷^]|plus|minus|times|multiplied by|divided by|over|加上?|减去?|乘以?|除以)`;
const SUM = [
  String.raw`${NUMBER}(?:\s*${OPERATOR}\s*${NUMBER})+`,
  String.raw`${NUMBER}\s*的\s*${NUMBER}\s*次方`,
  String.raw`${NUMBER}\s*的?(?:平方|立方)根?`,
  String.raw`(?:(?:square|cube) root of|根号)\s*${NUMBER}`,
  String.raw`${NUMBER}\s*(?:squared|cubed)`,
  String.raw`${NUMBER}%?\s*of\s*${NUMBER}`,
];
const CLOCK = [
  String.raw`\bwhat(?:'s| is)? (?:the )?time(?: is it)?(?: (?:in|at) [a-z]+(?: [a-z]+)?)?\b`,
  String.raw`\bwhat(?:'s| is)? (?:the |today's )?date\b`,
  String.raw`\bwhat (?:day|month|year) is (?:it|today)\b`,
  '现在几点钟?|几点了|今天是?(?:几月)?几号|今天是?(?:星期|礼拜|周)几|今天是?什么日子|今天(?:的)?日期|现在是?几月|今年是?哪一?年',
];
const ABOUT_THE_ASSISTANT = [
  String.raw`\b(?:who|what) are you\b`,
  String.raw`\bwhat(?:'s| is) your name\b`,
  String.raw`\bhow old are you\b`,
  String.raw`\bwhat do you like(?: to do)?\b`,
  String.raw`\bdo you like me\b`,
  String.raw`\bhow are you(?: doing)?\b`,
  String.raw`\bwhere are you from\b`,
  String.raw`\b(?:let's|let us) (?:chat|talk)\b|\b(?:chat|talk) (?:with|to) me\b|\bi(?:'m| am) bored\b|\btell me something(?: interesting| fun)?\b`,
  String.raw`\bwhat(?:'s| is) (?:in )?the news\b`,
  // What a phone's assistant is asked: "call my mom", "remind me to call mom", "set a timer for 10 minutes".
  String.raw`\b(?:call|text|ring|phone) (?:my )?(?:mom|mum|mother|dad|father|wife|husband|boyfriend|girlfriend|friend|boss)\b`,
  String.raw`\bremind me to\b[^?]*|\bset (?:an? )?(?:alarm|timer|reminder)\b[^?]*`,
  '你是谁|你叫什么(?:名字)?|你是什么|你几岁了?|你多大了?|你喜欢什么|你好吗|你从哪里来|你是哪里人|陪我聊聊?天?|聊聊天|我?好无聊|有什么新闻',
];
/** A unit conversion: "convert 10 miles to km", "how many ounces in a pound". */
const UNIT = String.raw`(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|ft|inch(?:es)?|cm|centimet(?:re|er)s?|pounds?|lbs?|kg|kilos?|kilograms?|grams?|g|ounces?|oz|litres?|liters?|gallons?|pints?|cups?|fahrenheit|celsius|degrees)`;
const CONVERSION = [
  String.raw`\bconvert\s+(?:${NUMBER}\s*)?${UNIT}\s+(?:to|into)\s+${UNIT}\b`,
  String.raw`\bhow many\s+${UNIT}\s+(?:are\s+)?in\s+(?:an?|one|${NUMBER})\s+${UNIT}\b`,
  String.raw`${NUMBER}\s*${UNIT}\s+(?:to|in|into)\s+${UNIT}\b`,
];
const GREETING = [
  String.raw`\b(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|night)|thanks|thank you|cheers|bye|goodbye|see you)\b`,
  '你好|您好|早上好|早安|上午好|中午好|下午好|晚上好|晚安|谢谢|多谢|感谢|再见|拜拜',
];
const REQUEST = new RegExp([...SUM, ...CONVERSION, ...CLOCK, ...ABOUT_THE_ASSISTANT, ...GREETING].join('|'), 'gu');

/** Words around such a request that add nothing to it: asking for the answer, politeness, "now", "today". */
const FILLER = new RegExp(
  [
    String.raw`\b(?:what(?:'s|s| is)|how much(?:'s| is)?|calculate|compute|work out|solve|tell me|please|pls|can you|could you|the|quick(?:ly)?|question|equals?|equal to|is|it|the answer|answer|result|hey|hi|hello|so|um|now|right now|today|there|again|very much|a lot|all|everyone)\b`,
    '等于|是|多少|几|得|结果|算一下|算算|帮我算|帮忙算|请问|请|你知道|知道|现在|今天|你|您|大家|呢|吗|吧|啊|呀|了|哦|哈|嘛|=',
  ].join('|'),
  'gu',
);

/**
 * The [start, end) offsets of the requests ("hi! what's your name?": from the first to the last) when the folded
 * message (text-folding.ts fold) is only such requests.
 */
export function assistantRequestSpan(folded: string): { start: number; end: number } | null {
  const matches = [...folded.matchAll(REQUEST)];
  if (matches.length === 0) return null;
  const rest = folded.replace(REQUEST, ' ').replace(FILLER, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return null;
  const last = matches[matches.length - 1];
  return { start: matches[0].index, end: last.index + last[0].length };
}
