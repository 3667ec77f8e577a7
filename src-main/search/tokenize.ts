// Text → search tokens, used for both the index and queries so the two always agree.
//
// Chinese has no spaces, and ICU's word segmentation is uneven (it splits 退货 into 退/货), so every run of
// CJK characters is indexed as overlapping character bigrams, which makes any two-character query match as
// a substring would; words of three or more characters from Intl.Segmenter are added on top, so an exact
// long word counts extra. Other scripts are split on non-letters, case-folded, stripped of Latin accents,
// and English words are Porter-stemmed ("refunds" and "refund" both become "refund").
import { matchesOf } from '../shared/regex-matches.ts';
import { porterStem } from './porter-stemmer.ts';

/** Bump when token output changes: indexes built by an older version are rebuilt at open. */
export const TOKENIZER_VERSION = 1;

/** Longer runs (hashes, base64, URLs without separators) are cut: nobody searches by their tail. */
const MAX_TOKEN_LENGTH = 64;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const SCRIPT_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+/gu;
const APOSTROPHE_IN_WORD = /(?<=\p{L})['’](?=\p{L})/gu;
const LATIN_MARKS = /(?<=\p{Script=Latin})\p{Mn}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const LOWER_LATIN_WORD = /^[a-z]+$/;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** ICU's dictionary segmentation slows down superlinearly on long runs: it gets bounded pieces. */
const SEGMENT_CHUNK = 256;

export type TokenKind =
  /** A stemmed or folded word of a space-separated script. */
  | 'word'
  /** Two adjacent CJK characters, or the lone character of a one-character CJK run. */
  | 'cjk-gram'
  /** A segmenter word of three or more CJK characters (extra evidence on top of its bigrams). */
  | 'cjk-word';

export interface Token {
  text: string;
  kind: TokenKind;
  /** The word before stemming, for `word` tokens (stopword checks look at it). */
  surface: string;
}

export interface TokenizeOptions {
  /** Add segmenter words of 3+ CJK characters (default true). Answers skip them: long, and weighted low. */
  cjkWords?: boolean;
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Case-folds and unifies width (ＡＢＣ１ → abc1) and drops apostrophes inside words (don't → dont). */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHE_IN_WORD, '');
}

/** Receives each token; returning false stops the scan (a query needs only its first terms). */
type Visit = (text: string, kind: TokenKind, surface: string) => boolean | void;

function scanCjk(run: string, words: boolean, visit: Visit): boolean {
  // Code points, not UTF-16 units: rare Han characters (extension B+) are surrogate pairs.
  const chars = /[\uD800-\uDFFF]/.test(run) ? Array.from(run) : run;
  if (chars.length === 1) return visit(run, 'cjk-gram', run) !== false;
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    if (visit(gram, 'cjk-gram', gram) === false) return false;
  }
  if (!words || chars.length < 3) return true;
  for (let start = 0; start < chars.length; start += SEGMENT_CHUNK) {
    const piece = typeof chars === 'string' ? chars.slice(start, start + SEGMENT_CHUNK) : chars.slice(start, start + SEGMENT_CHUNK).join('');
    for (const { segment } of segmenter.segment(piece)) {
      if (Array.from(segment).length >= 3 && visit(segment.slice(0, MAX_TOKEN_LENGTH), 'cjk-word', segment) === false) return false;
    }
  }
  return true;
}

/** Stems already computed: a KB repeats a small vocabulary, and stemming is the costly step for English. */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 100_000;

function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, (stemmed = porterStem(word)));
  }
  return stemmed;
}

function scanWord(run: string, visit: Visit): boolean {
  const folded = ASCII.test(run) ? run : run.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC');
  const text = LOWER_LATIN_WORD.test(folded) ? stem(folded) : folded;
  return visit(text.slice(0, MAX_TOKEN_LENGTH), 'word', folded) !== false;
}

/** Calls `visit` with each token of `text` in reading order (CJK bigrams of a run before its long words). */
export function scanTokens(text: string, visit: Visit, { cjkWords = true }: TokenizeOptions = {}): void {
  for (const [wordRun] of matchesOf(normalize(text), WORD_RUN)) {
    for (const [run] of matchesOf(wordRun, SCRIPT_RUN)) {
      const more = CJK.test(run) ? scanCjk(run, cjkWords, visit) : scanWord(run, visit);
      if (!more) return;
    }
  }
}

export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (token, kind, surface) => void tokens.push({ text: token, kind, surface }), options);
  return tokens;
}

/** The text stored in the full-text index: tokens joined by spaces, which FTS5's unicode61 splits back. */
export function indexText(text: string, options?: TokenizeOptions): string {
  let joined = '';
  scanTokens(text, (token) => void (joined += joined ? ' ' + token : token), options);
  return joined;
}
