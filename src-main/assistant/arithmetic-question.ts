// A message that is only a sum to work out ("what's 17 times 23", "12*12=?", "3加5等于多少", "2的10次方是多少"): a
// request to the assistant itself, which no business's FAQ answers (foreign-domains.ts, assistant_tasks). The
// lexicon's forms ('乘以', 'divided by', '加…等于') catch a sum inside a longer message; these catch the bare ones,
// whose numbers a FAQ's prices and times match ("what's 2+2" was answered from an entry that says "2 adults").
// Only a whole message: numbers with "x", "-" or "/" between them inside a question are sizes, ranges and dates
// ("a 2 x 3 m unit", "3-5 days", "open 24/7?").
import { ENGLISH_CARDINALS } from './number-facts.ts';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?%?|[零一二两三四五六七八九十百千万]+|\b(?:one|${ENGLISH_CARDINALS.join('|')}|hundred)\b)`;
const OPERATOR = String.raw`(?:[-+−×x*/÷^]|plus|minus|times|multiplied by|divided by|over|加上?|减去?|乘以?|除以)`;
const EXPRESSION = new RegExp(
  [
    String.raw`${NUMBER}(?:\s*${OPERATOR}\s*${NUMBER})+`,
    String.raw`${NUMBER}\s*的\s*${NUMBER}\s*次方`,
    String.raw`${NUMBER}\s*的?(?:平方|立方)根?`,
    String.raw`(?:(?:square|cube) root of|根号)\s*${NUMBER}`,
    String.raw`${NUMBER}\s*(?:squared|cubed)`,
    String.raw`${NUMBER}%?\s*of\s*${NUMBER}`,
  ].join('|'),
  'u',
);

/** Words around a sum that ask for its result, and nothing else. */
const ASKING = new RegExp(
  [
    String.raw`\b(?:what(?:'s|s| is)|how much(?:'s| is)?|calculate|compute|work out|solve|tell me|please|pls|can you|could you|quick(?:ly)?|equals?|equal to|is|question|the answer|answer|result|hey|hi|so)\b`,
    '等于|是|多少|几|得|结果|算一下|算算|帮我算|帮忙算|请问|请|你知道|知道|呢|吗|啊|呀|=',
  ].join('|'),
  'gu',
);

/** The [start, end) offsets of the sum when the folded message (text-folding.ts fold) is only a sum to work out. */
export function arithmeticSpan(folded: string): { start: number; end: number } | null {
  const match = EXPRESSION.exec(folded);
  if (!match) return null;
  const rest = folded.slice(0, match.index) + ' ' + folded.slice(match.index + match[0].length);
  return /[\p{L}\p{N}]/u.test(rest.replace(ASKING, ' ')) ? null : { start: match.index, end: match.index + match[0].length };
}
