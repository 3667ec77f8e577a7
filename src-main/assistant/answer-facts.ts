// What kind of fact an answer states, read from its numbers: an amount of money states a price, a number of
// days or hours a duration. An answer that says "¥30 per kilo" or "3–5 个工作日" answers "how much?" or
// "多久？" without the words price or 多久, which only the question side uses. number-facts.ts reads such facts
// (and a group's size, an age, a distance…) where they stand, in questions and answers alike, and owns what an
// amount of money looks like: the test of a whole answer (statesMoney) is there too. And an English answer
// that quotes Chinese ("show the driver: 青荷里 杭州市曙光路188号") gives something in Chinese, which answers "can I
// have it written in Chinese?" (in_language, a request of its own: concept-lexicon.ts ASK_CONCEPTS).

import { statesMoney } from './number-facts.ts';

const DURATION =
  /\d\s?(?:[-–~到至]\s?\d+\s?)?(?:个)?(?:工作日|天|小时|分钟|周|星期|个月|(?:business |working )?days?\b|hours?\b|hrs?\b|minutes?\b|mins?\b|weeks?\b|months?\b)/i;

const HAN_RUN = /\p{Script=Han}{2,}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** True when the answer is written in a Latin script and quotes Chinese words in it. */
function quotesChinese(answer: string): boolean {
  const han = answer.match(HAN_RUN);
  if (!han) return false;
  return (answer.match(LATIN_LETTER)?.length ?? 0) > han.join('').length;
}

/** Attribute concepts (concept-lexicon.ts ATTRIBUTE_CONCEPTS) the answer states a value of, and `in_language` when it quotes Chinese. */
export function statedAttributes(answer: string): string[] {
  const stated: string[] = [];
  if (statesMoney(answer)) stated.push('price');
  if (DURATION.test(answer)) stated.push('duration');
  if (quotesChinese(answer)) stated.push('in_language');
  return stated;
}
