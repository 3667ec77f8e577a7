// Reads a misspelt English word ("pasword", "recieve", "cancle") as the word the customer meant, so it can
// match the knowledge base instead of counting as a word no entry explains.
//
// Only a word nobody spells that way is read as another: one no dictionary knows (the knowledge base's own
// words, the concept lexicons, WordNet, the stopwords) and that is one edit away (a letter left out, added,
// changed, or two neighbours swapped: Damerau–Levenshtein distance 1) from exactly one word of the knowledge
// base, or, when none, from exactly one word of the concept lexicons. The knowledge base's words come first:
// the customer is asking this business, and its FAQ is what the question should meet ("shiping" is
// "shipping" in a shop's FAQ, though "shaping" is one edit away too). Two candidates leave the word as it is:
// a wrong reading is worse than none. Short words, words with digits, capitals inside or a capital initial
// within a sentence (codes, brands, names: "SKU", "iPhone", "Zara") and parts of e-mail addresses, links and
// hyphenated words are left alone.
import { porterStem } from '../search/porter-stemmer.ts';
import { ENGLISH_STOPWORDS } from './stopwords.ts';

export const SPELLING = {
  /** Shorter words are left alone: one edit from a short word reaches too many others ("bag", "bad", "bat"). */
  minLength: 5,
  /**
   * Shortest abbreviation read as a word of the knowledge base (abbreviationOf): three letters are a code or
   * a name as often ("rmb", "usd", "hsk"). The word must be at least `abbreviationGap` letters longer.
   */
  abbreviationMinLength: 4,
  abbreviationGap: 2,
} as const;

export interface SpellingVocabulary {
  /** True when the word (its Porter stem, and as typed in lower case) is spelled as some dictionary spells it. */
  knows(stem: string, word: string): boolean;
  /**
   * Words (as spelled, lower case) a misspelling may be read as, most trusted first: the first set with any
   * word one edit away decides. Spellings, not stems: stemming each of the ~400 edits of a word would cost
   * milliseconds.
   */
  tiers: readonly ((word: string) => boolean)[];
  /** The knowledge base's own words (as spelled, lower case), which an abbreviation may stand for (abbreviationOf). */
  words?: () => Iterable<string>;
}

const NOT_LOWER_LETTER = /[^a-z]+/;
const NON_ASCII = /[^\x00-\x7f]/;

/** The distinct English words of `text` (lower case a–z) long enough to be read as a misspelling's word: a vocabulary for `tiers`. */
export function wordsOf(text: string): string[] {
  const folded = (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  const words = new Set<string>();
  for (const word of folded.split(NOT_LOWER_LETTER)) if (word.length >= SPELLING.minLength - 1) words.add(word);
  return [...words];
}

/**
 * English words WordNet (nouns, verbs, adjectives, adverbs) does not list and the stopwords leave out:
 * prepositions, conjunctions, pronouns, and contractions as typed without the apostrophe.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `although because without upon unless among amongst against toward towards onto since via during whereas whilst
  myself yourself yourselves himself herself itself ourselves themselves whenever whoever whichever whatever nor
  cannot ours theirs anybody everybody everything anyone everyone theyve weve youll theyll shes hadnt mustnt
  neednt hed theyd itll thatll youre youve`.split(/\s+/),
);

/** Latin words standing alone: not inside a code, an address, a link or a hyphenated or abbreviated word. */
const WORD = /(?<![\p{Script=Latin}\p{N}\p{M}'’@/._\\-])[A-Za-z]+(?![\p{Script=Latin}\p{N}\p{M}@/_\\-]|['’.]\p{L})/gu;
/** What may stand before a sentence's first word: the end of the sentence before, a space, a quote or bracket. */
const OPENING = /^\s*["'“‘(]?\s*$/u;
const AFTER_SENTENCE = /[.!?。！？\n]\s*["'“‘(]?\s*$/u;

/** True when the word at `offset` starts a sentence (a capital initial there is no sign of a name). */
const startsSentence = (text: string, offset: number) =>
  (offset <= 4 && OPENING.test(text.slice(0, offset))) || AFTER_SENTENCE.test(text.slice(Math.max(0, offset - 4), offset));

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every a–z string one edit from `word` (Damerau–Levenshtein distance 1, a swap of neighbours counting as one
 * edit) that keeps its first letter: people rarely mistype the letter a word starts with, and a word that
 * differs there is usually another word ("ebike" is no misspelt "bike").
 */
export function* editsOf(word: string): Generator<string> {
  for (let i = 1; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 1; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  for (let i = 1; i < word.length; i++) {
    for (const letter of LETTERS) if (letter !== word[i]) yield word.slice(0, i) + letter + word.slice(i + 1);
  }
  for (let i = 1; i <= word.length; i++) {
    for (const letter of LETTERS) yield word.slice(0, i) + letter + word.slice(i);
  }
}

/**
 * The word `word` (lower case a–z) should be read as, or null when it is spelled right, too short, or not one
 * edit from exactly one word of the first tier that has any.
 */
export function correctWord(word: string, vocabulary: SpellingVocabulary): string | null {
  if (word.length < SPELLING.abbreviationMinLength || FUNCTION_WORDS.has(word) || vocabulary.knows(porterStem(word), word)) return null;
  if (word.length < SPELLING.minLength) return abbreviationOf(word, vocabulary);
  for (const inTier of vocabulary.tiers) {
    // Distinct words of the tier one edit away (inflections of one word count once), each with the first spelling found.
    const found = new Map<string, string>();
    for (const edit of editsOf(word)) {
      // A plural or third person the vocabulary only has without its -s ("lmaps": the FAQ says "lamp") counts too.
      // Stopwords carry no topic: a word is never read as one ("threre" is not "there").
      const base = edit.endsWith('s') ? edit.slice(0, -1) : '';
      if (!(inTier(edit) && !ENGLISH_STOPWORDS.has(edit)) && !(base && inTier(base) && !ENGLISH_STOPWORDS.has(base))) continue;
      const stem = porterStem(edit);
      if (!found.has(stem)) found.set(stem, edit);
      if (found.size > 1) return null;
    }
    if (found.size === 1) return [...found.values()][0];
  }
  return abbreviationOf(word, vocabulary);
}

/**
 * The word of the knowledge base `word` abbreviates, or null when none or more than one: its beginning ("unsub"
 * for "unsubscribe", "physio" for "physiotherapy"), from SPELLING.minLength letters on, or its first and last
 * letters with some of those between ("acct" for "account", "qty" for "quantity"), as customers of any business
 * shorten long words. A shorter beginning ("spec", "cons") starts too many words. Forms of one word count once
 * ("avail": "available", "availability"). Only the knowledge base's words: an abbreviation is read as what this
 * business talks about, or not at all. Called only for a word no dictionary knows.
 */
export function abbreviationOf(word: string, vocabulary: SpellingVocabulary): string | null {
  if (!vocabulary.words || word.length < SPELLING.abbreviationMinLength) return null;
  const last = word[word.length - 1];
  const found = new Map<string, string>();
  for (const candidate of vocabulary.words()) {
    if (candidate.length < word.length + SPELLING.abbreviationGap || candidate[0] !== word[0] || ENGLISH_STOPWORDS.has(candidate)) continue;
    const beginning = word.length >= SPELLING.minLength && candidate.startsWith(word);
    if (!beginning && !(candidate.endsWith(last) && isSubsequence(word, candidate))) continue;
    const stem = porterStem(candidate);
    // The shortest spelling of each word: "available" before "availability".
    const known = found.get(stem);
    if (known === undefined || candidate.length < known.length) found.set(stem, candidate);
    if (found.size > 1) return null;
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** True when the letters of `short` appear in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (let i = 0; i < long.length && at < short.length; i++) if (long[i] === short[at]) at++;
  return at === short.length;
}

/** `text` with each misspelt English word replaced by the word it is read as (correctWord); everything else as it was. */
export function correctSpelling(text: string, vocabulary: SpellingVocabulary): string {
  return text.replace(WORD, (word: string, offset: number) => {
    if (/[A-Z]/.test(word.slice(1))) return word;
    if (/[A-Z]/.test(word[0]) && !startsSentence(text, offset)) return word;
    return correctWord(word.toLowerCase(), vocabulary) ?? word;
  });
}
