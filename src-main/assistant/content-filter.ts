// Words and patterns that must never reach a customer in a generated draft: prices the FAQ does not state,
// competitor names, profanity. A draft that trips the filter is replaced by a hand-off; the reason is logged.

export interface ContentFilterSettings {
  /** Case-insensitive words or phrases (competitor names, profanity). */
  blockedWords: string[];
  /** Regular expressions (JavaScript syntax, matched case-insensitively). */
  blockedPatterns: string[];
  /** Block any amount of money that does not appear in the cited FAQ answers. */
  blockUnlistedPrices: boolean;
}

export const DEFAULT_CONTENT_FILTER: ContentFilterSettings = {
  blockedWords: [
    // Competitors of a typical small shop (edit in Settings).
    'Amazon', 'AliExpress', 'Temu', 'Shein', 'eBay', '淘宝', '天猫', '京东', '拼多多',
    // Profanity.
    'fuck', 'shit', 'bitch', 'asshole', 'bastard', 'damn', '傻逼', '他妈的', '妈的', '操你', '滚蛋', '白痴', '混蛋',
  ],
  blockedPatterns: [],
  blockUnlistedPrices: true,
};

export interface FilterVerdict {
  allowed: boolean;
  /** Why the draft was blocked, for the log and the review queue. */
  reason?: string;
}

/** Amounts of money: ¥99, 99元, $4, 4 dollars, €10, 10 USD, RMB 20… */
const MONEY =
  /(?:[$¥￥€£]|\b(?:usd|rmb|cny|eur|gbp)\s*)\s*\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*\s*(?:元|块钱|块|美元|欧元|英镑|\b(?:dollars?|euros?|pounds?|usd|rmb|cny|eur|gbp)\b)/giu;

const ASCII_WORD = /^[\p{Script=Latin}\d\s'-]+$/u;

/** The bare number of an amount ("¥ 1,099.00" → "1099"), so the same price written differently still matches. */
function amountValue(money: string): string {
  const digits = money.match(/\d+(?:[.,]\d+)*/)?.[0] ?? '';
  const plain = digits.replace(/,(?=\d{3}\b)/g, '').replace(',', '.');
  return String(Number(plain));
}

export function checkDraft(draft: string, citedAnswers: readonly string[], settings: ContentFilterSettings): FilterVerdict {
  const lower = draft.toLowerCase();
  for (const word of settings.blockedWords) {
    const needle = word.trim().toLowerCase();
    if (!needle) continue;
    // Latin words match whole words only ("class" must not trip on "ass"); Chinese has no word boundaries.
    const found = ASCII_WORD.test(needle)
      ? new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(needle)}(?![\\p{L}\\d])`, 'u').test(lower)
      : lower.includes(needle);
    if (found) return { allowed: false, reason: `blocked word "${word}"` };
  }
  for (const pattern of settings.blockedPatterns) {
    const regex = safeRegExp(pattern);
    if (regex?.test(draft)) return { allowed: false, reason: `blocked pattern /${pattern}/` };
  }
  if (settings.blockUnlistedPrices) {
    const listed = new Set(citedAnswers.flatMap((answer) => [...answer.matchAll(MONEY)].map((m) => amountValue(m[0]))));
    for (const [money] of draft.matchAll(MONEY)) {
      if (!listed.has(amountValue(money))) return { allowed: false, reason: `price "${money.trim()}" is not in the FAQ` };
    }
  }
  return { allowed: true };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that does not compile is skipped (settings validation rejects it before it is saved). */
function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'iu');
  } catch {
    return null;
  }
}

/** Throws a readable message for the first pattern that is not a valid regular expression. */
export function invalidPattern(patterns: readonly string[]): string | null {
  for (const pattern of patterns) if (!safeRegExp(pattern)) return pattern;
  return null;
}
