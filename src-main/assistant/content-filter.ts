// Words and patterns that must never reach a customer in a generated draft: prices the FAQ does not state,
// competitor names, profanity. A draft that trips the filter is replaced by a hand-off; the reason is logged.
// The filter runs in the process that serves the app (Electron's main process, or `concierge serve`), once per
// streamed token: a pattern that backtracks for minutes would freeze the app and the web server. Patterns are
// checked when they are saved (regex-safety.ts), one by one and as a list (MAX_PATTERNS_COST); one stored before
// that check is matched as literal text.
import { COST_UNIT_MS, patternCost, patternRisk, type PatternRisk } from './regex-safety.ts';

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

/**
 * Drafts are at most 512 tokens (maxNewTokens), a couple of thousand characters; a longer one is a model writing
 * runs of filler. The filter scans no more than this, so even a slow pattern has a bounded input, and a longer
 * draft is blocked rather than passed unchecked.
 */
export const FILTER_SCAN_MAX = 4_000;

export function checkDraft(draft: string, citedAnswers: readonly string[], settings: ContentFilterSettings): FilterVerdict {
  if (draft.length > FILTER_SCAN_MAX) return { allowed: false, reason: `draft longer than ${FILTER_SCAN_MAX} characters` };
  const lower = draft.toLowerCase();
  const word = blockedWordsMatcher(settings.blockedWords)(lower);
  if (word !== null) return { allowed: false, reason: `blocked word "${word}"` };
  for (const pattern of settings.blockedPatterns) {
    const blocked = blockedPattern(pattern);
    if (blocked?.regex.test(draft)) return { allowed: false, reason: `blocked pattern /${pattern}/${blocked.asText ? ' (as text)' : ''}` };
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

/** A blocked word as the filter looks for it in the lower-cased draft. */
const blockedNeedle = (word: string) => word.trim().toLowerCase();
/** Latin words match whole words only: "class" must not trip on "ass". */
const wholeWord = (needles: string) => `(?<![\\p{L}\\d])(?:${needles})(?![\\p{L}\\d])`;

/** The first of `words` (in their order) that lower-cased `lower` contains, or null. */
function firstBlockedWord(lower: string, words: readonly string[]): string | null {
  for (const word of words) {
    const needle = blockedNeedle(word);
    if (!needle) continue;
    // Chinese has no word boundaries: a Chinese word counts wherever it is written.
    const found = ASCII_WORD.test(needle) ? new RegExp(wholeWord(escapeRegExp(needle)), 'u').test(lower) : lower.includes(needle);
    if (found) return word;
  }
  return null;
}

/**
 * The blocked words as one regular expression, built once per list: the filter runs on every streamed token, and
 * 2,000 words each scanned on its own took 3.6 ms a check. A draft none of them is in (nearly every one) is
 * scanned once; one that has some is scanned word by word to name the first in the list, as before.
 */
const wordMatchers = new WeakMap<readonly string[], (lower: string) => string | null>();

function blockedWordsMatcher(words: readonly string[]): (lower: string) => string | null {
  let matcher = wordMatchers.get(words);
  if (matcher) return matcher;
  const needles = words.map(blockedNeedle).filter(Boolean);
  const alternation = (list: string[]) => list.map(escapeRegExp).join('|');
  const latin = needles.filter((needle) => ASCII_WORD.test(needle));
  const other = needles.filter((needle) => !ASCII_WORD.test(needle));
  const any = [latin.length ? wholeWord(alternation(latin)) : null, other.length ? alternation(other) : null].filter(Boolean);
  const scan = any.length ? new RegExp(any.join('|'), 'u') : null;
  matcher = (lower) => (scan?.test(lower) ? firstBlockedWord(lower, words) : null);
  wordMatchers.set(words, matcher);
  return matcher;
}

/** A pattern that does not compile is skipped (settings validation rejects it before it is saved). */
function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'iu');
  } catch {
    return null;
  }
}

/** The first pattern that is not a valid regular expression, or null. */
export function invalidPattern(patterns: readonly string[]): string | null {
  for (const pattern of patterns) if (!safeRegExp(pattern)) return pattern;
  return null;
}

/** The first valid pattern that could backtrack catastrophically, with the rule it breaks, or null. */
export function unsafePattern(patterns: readonly string[]): { pattern: string; risk: PatternRisk } | null {
  for (const pattern of patterns) {
    const risk = safeRegExp(pattern) && patternRisk(pattern);
    if (risk) return { pattern, risk };
  }
  return null;
}

/**
 * The most the blocked patterns may cost together, in patternCost()'s units (each about COST_UNIT_MS for one check of
 * the longest draft, written to almost match): each pattern passes on its own up to 4 units (0.2 s), and 200 of them
 * could take 40 s a check, on every streamed token. 16 units (about 0.8 s) hold four of the costliest, or sixteen
 * like `\d+ to \d+`; patterns that start with a word (`call\s+\d+`) or end in their repeat (`https?://\S+`) cost a
 * 256th of a unit, so 200 of them fit.
 */
const MAX_PATTERNS_COST = 16;

/** The estimated seconds of one check of the longest draft against `patterns`, and the costliest of them. */
export function patternsCost(patterns: readonly string[]): { seconds: number; costliest: string | null } {
  let total = 0;
  let costliest: { pattern: string; cost: number } | null = null;
  for (const pattern of patterns) {
    const blocked = blockedPattern(pattern);
    // One that does not compile is never run; one matched as text costs what a word does.
    const cost = blocked && !blocked.asText ? patternCost(pattern) : 0;
    total += cost;
    if (cost > (costliest?.cost ?? 0)) costliest = { pattern, cost };
  }
  return { seconds: (total * COST_UNIT_MS) / 1000, costliest: costliest?.pattern ?? null };
}

/** MAX_PATTERNS_COST in the seconds patternsCost() says. */
export const MAX_PATTERNS_SECONDS = (MAX_PATTERNS_COST * COST_UNIT_MS) / 1000;

/**
 * Stored patterns that today's check refuses (saved before it existed, or edited into the database): they are
 * matched as literal text, case-insensitively, so they still block what they spell and cannot stall anything.
 * Settings lists them so they can be rewritten.
 */
export function patternsAsText(patterns: readonly string[]): string[] {
  return patterns.filter((pattern) => blockedPattern(pattern)?.asText);
}

interface BlockedPattern {
  regex: RegExp;
  asText: boolean;
}

// Compiled once per pattern: the filter runs on every streamed token.
const compiled = new Map<string, BlockedPattern | null>();

function blockedPattern(pattern: string): BlockedPattern | null {
  if (compiled.has(pattern)) return compiled.get(pattern)!;
  const regex = safeRegExp(pattern);
  const blocked = regex && (patternRisk(pattern) ? { regex: new RegExp(escapeRegExp(pattern), 'iu'), asText: true } : { regex, asText: false });
  if (compiled.size >= 1_000) compiled.clear();
  compiled.set(pattern, blocked);
  return blocked;
}
