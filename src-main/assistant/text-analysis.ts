// Text → what the ranker compares: content units (the query's meaning-bearing pieces), exact-match keys
// and lexicon concepts, each concept remembering which units it explains.
//
// Units are Chinese characters (Chinese words are too unevenly segmented to count on) and stemmed English
// words, minus stopwords. A unit is matched exactly by a shared Chinese bigram or English stem, by a shared
// lexicon concept or a derivational relative of the word (word-families.ts), more weakly by a shared thesaurus
// group (thesaurus.ts), by a Chinese word one text writes split or shortened (SPLIT_GAP: 白蚂蚁 ~ 白蚁), or by the
// same lone Chinese character.
import { hasCjk, tokenize } from '../search/tokenize.ts';
import { matchesOf } from '../shared/regex-matches.ts';
import {
  CONCEPT_FORMS,
  DETERMINERS,
  FOREIGN_FORMS,
  formsToTry,
  GAP_CHARS,
  GAP_WORDS,
  MERCHANDISE_FORMS,
  preparedThesaurus,
  type ChineseForm,
  type EnglishExclusion,
  type EnglishForm,
  type LexiconLookups,
} from './analysis-tables.ts';
import { assistantRequestSpan } from './assistant-requests.ts';
import { ATTRIBUTE_CONCEPTS } from './concept-lexicon.ts';
import { daySpans, ENGLISH_CARDINALS, numberFacts } from './number-facts.ts';
import { expandChatWords, wordStem } from './english-forms.ts';
import { CHINESE_GENERIC_CHARS, CHINESE_STOP_CHARS, ENGLISH_GENERIC, ENGLISH_OFFER_VERBS, ENGLISH_STOPWORDS, GENERIC_WEIGHT } from './stopwords.ts';
import { englishStems, expandContractions, fold } from './text-folding.ts';
import { relativesOf } from './word-families.ts';

export { isLexiconStem, isLexiconWord } from './analysis-tables.ts';

export interface AnalyzedText {
  /** Content units in reading order: `c:<han char>` or `w:<stem>`. */
  units: string[];
  /** Exact-match keys: Chinese bigrams `b:xy` and English stems `w:stem`. */
  keys: Set<string>;
  /** Lone Han characters, for weak character overlap. */
  chars: Set<string>;
  /** Concept id → indexes into `units` that its matched words cover. */
  concepts: Map<string, number[]>;
  /** Topic words of a domain a shop does not serve (foreign-domains.ts): domain → indexes into `units`. */
  foreign: Map<string, number[]>;
  /**
   * The same per form: `domain:form` (the lexicon's form, English as stems) → the units it covers. Which word of
   * the domain it is: one the knowledge base uses itself is no sign of another domain (confidence-signals.ts).
   */
  foreignForms: Map<string, number[]>;
  /** Names of goods (merchandise.ts): category → indexes into `units`. A detail of the question, not its point. */
  goods: Map<string, number[]>;
  /**
   * Indexes into `units` that count as everyday words where they stand: a measure word after a number (两张, 三双, 89块:
   * how many, not what about), an English number, the particle of a phrasal verb (PARTICLE_WORD).
   */
  everyday: number[];
  /**
   * Indexes into `units` of English words that describe rather than name a topic (a number, a colour, a pronoun
   * such as "everything"): everyday words when no entry of the knowledge base uses them (retriever.ts).
   */
  details: number[];
  /** For each unit, the exact keys that would cover it (its bigrams, or its stem). */
  unitKeys: string[][];
  /** For each unit, the concepts whose matched words include it. */
  unitConcepts: string[][];
  /** Thesaurus groups (thesaurus.ts) → indexes into `units`: weaker synonyms than `concepts`. */
  synonyms: Map<string, number[]>;
  /** For each unit, the thesaurus groups whose matched words include it. */
  unitSynonyms: string[][];
  /** For each unit, the exact keys of its word's derivational relatives (word-families.ts): "pricey" → `w:price`. Shared: read only. */
  unitRelatives: (readonly string[])[];
  /**
   * `k:xz` for two Han characters of a run with one or two other content characters between them (SPLIT_GAP):
   * a word the text writes split or long (白蚂蚁, 专用发票), which another may write whole or short (白蚁, 专票).
   */
  splitPairs: Set<string>;
  /**
   * For each unit, the keys that match it as one word written whole in one text and split or shortened in the
   * other (SPLIT_GAP): `k:` of its bigrams (电子票 met in 电子发票, 专票 in 专用发票), `b:` of the pairs it makes
   * across the characters between (白蚂蚁 met in 白蚁).
   */
  unitSplit: string[][];
  /**
   * Indexes into `units` of the Han characters of a short question (LONE_WORD_MAX_UNITS) that stand between no
   * other content characters, and are no everyday character: one-character words, the question's point (要票咋弄,
   * 看一下要钱不, 充2000送多少). An entry that has the character only inside a longer word (发票, 收费) still
   * matches it for more than a chance character (MATCH_CREDIT.loneWord).
   */
  lone: number[];
  /**
   * Indexes into `units` of the clauses that ask (askedSpans): what the customer wants to know, as opposed to the
   * story told before or after it (who, when, why). Empty when no clause asks ("the glass arrived broken"), and for
   * anything but a customer's message (`dates: true`).
   */
  asked: number[];
  /** Indexes into `units` of each clause (clauseSpans), for a customer's message (`dates: true`); empty otherwise. */
  clauses: number[][];
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Han units up to which a question is short enough for a lone character to be its point (`lone`). In longer
 * questions a lone character was as often a detail the entry has in another sense (那个款 met 付款; 78 dev sets,
 * 7 units: gain 3 lose 0; 9: gain 5 lose 2; any length: gain 12 lose 7).
 */
const LONE_WORD_MAX_UNITS = 7;

/**
 * How many content characters may stand between two characters of one word written split in one text and whole in
 * the other. A compound is shortened by dropping a morpheme inside it (电子发票 → 电子票, 专用发票 → 专票) and
 * lengthened by a modifier inside it (白蚁 → 白蚂蚁), and a verb and its object say in two characters what a longer
 * phrase says in four (选框 ~ 选好镜框); a bigram of the one is then a pair of the other a character or two apart,
 * matched at MATCH_CREDIT.split. Not across a function character (的, 了, 个, CHINESE_STOP_CHARS): 买的东西 is no
 * word 买东. All 86 sets (diff.py): one character apart gained 8 questions and lost 1, one or two 10 and 1; across
 * any character, 14 and 5.
 */
const SPLIT_GAP = 2;

/** True when the characters strictly between `from` and `to` of a run are all content characters (SPLIT_GAP). */
function splitsWord(chars: readonly string[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) if (CHINESE_STOP_CHARS.has(chars[at])) return false;
  return true;
}

/** Shared by every English word: none is split (SPLIT_GAP). */
const NO_SPLIT: string[] = [];

/** Particles of English phrasal verbs, which may stand apart from their verb ("send it back", "pick the order up"). */
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'in', 'over', 'away', 'down']);
/** How many words may separate a phrasal verb from its particle. */
const PARTICLE_GAP = 2;

/** Shared by every unit without relatives (most of them): an index of 10,000 entries holds one array, not 100,000. */
const NO_RELATIVES: readonly string[] = [];
const relativeKeysByStem = new Map<string, readonly string[]>();

/** Exact keys of the derivational relatives of the word `stem` comes from (word-families.ts). */
function relativeKeys(stem: string): readonly string[] {
  const relatives = relativesOf(stem);
  if (relatives.length === 0) return NO_RELATIVES;
  let keys = relativeKeysByStem.get(stem);
  if (!keys) relativeKeysByStem.set(stem, (keys = relatives.map((relative) => `w:${relative}`)));
  return keys;
}

interface EnglishWord {
  stem: string;
  /** Index into units, or -1 for a stopword (it can still be part of a lexicon phrase). */
  unit: number;
}

/**
 * `thesaurus: false` leaves out thesaurus groups (`synonyms`): cheaper for long texts. `dates: true` reads a
 * customer's message: a day named beside a booking, a return or a parcel is its date, not the business's hours
 * (`daysOfEvents`). Entries keep every day's `hours`: "周末需要预约吗？" asks about the weekend's opening as much as
 * about booking, and stripped there it no longer met the day a customer names.
 */
export function analyze(text: string, options: { thesaurus?: boolean; dates?: boolean } = {}): AnalyzedText {
  const folded = fold(expandChatWords(expandContractions(text)));
  const result = emptyAnalysis();
  const thesaurus = options.thesaurus === false ? null : preparedThesaurus();
  // Callbacks are written inline, not named: the dev runner (tsx) wraps each named function made per call in a
  // naming helper, and analyze() runs 60,000 times while an index of 10,000 entries is built.

  // Chinese: every non-stop Han character is a unit; bigrams inside a Han run are the exact keys.
  const unitAtOffset = new Map<number, number>();
  const hasHan = hasCjk(folded);
  if (hasHan) {
    const { scaffolding, everyday, everydayWords, echoes } = chineseSentenceForms(folded);
    for (const match of matchesOf(folded, HAN_RUN)) {
      const chars = Array.from(match[0]);
      let offset = match.index;
      // The bigram a character makes with the one before it, made once for both characters.
      let before = '';
      for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        const bigrams: string[] = [];
        if (i > 0) bigrams.push(before);
        if (i + 1 < chars.length) bigrams.push((before = `b:${char}${chars[i + 1]}`));
        for (const bigram of bigrams) result.keys.add(bigram);
        result.chars.add(char);
        const split = bigrams.map((bigram) => `k:${bigram.slice(2)}`);
        for (let apart = 2; apart <= SPLIT_GAP + 1; apart++) {
          if (i + apart < chars.length && splitsWord(chars, i, i + apart)) {
            result.splitPairs.add(`k:${char}${chars[i + apart]}`);
            split.push(`b:${char}${chars[i + apart]}`);
          }
          if (i - apart >= 0 && splitsWord(chars, i - apart, i)) split.push(`b:${chars[i - apart]}${char}`);
        }
        if (!CHINESE_STOP_CHARS.has(char) && !scaffolding.has(offset)) {
          if (everyday.has(offset)) result.everyday.push(result.units.length);
          unitAtOffset.set(offset, result.units.length);
          result.units.push(`c:${char}`);
          result.unitKeys.push(bigrams);
          result.unitSplit.push(split);
          result.unitRelatives.push(NO_RELATIVES);
        }
        offset += char.length;
      }
    }
    if (result.units.length <= LONE_WORD_MAX_UNITS) {
      for (const [offset, unit] of unitAtOffset) {
        if (!unitAtOffset.has(offset - 1) && !unitAtOffset.has(offset + 1) && unitSpecificity(result.units[unit]) >= 1) result.lone.push(unit);
      }
    }
    // 收不收旧衣服 asks 收旧衣服: the verb kept also has the bigram its dropped repeat forms with what follows.
    for (const [verb, repeat] of echoes) {
      const unit = unitAtOffset.get(verb);
      const next = folded[repeat + 1];
      if (unit !== undefined && next && /\p{Script=Han}/u.test(next)) result.unitKeys[unit].push(`b:${folded[repeat]}${next}`);
    }
    const heads = chineseHeads(folded);
    matchChinese(CONCEPT_FORMS, folded, heads, unitAtOffset, (concept, unitIndexes) => addCovered(result.concepts, concept, unitIndexes));
    // An everyday word the lexicon reads as part of a topic (几个朋友: a group's size) keeps its weight.
    const inConcept = new Set([...result.concepts.values()].flat());
    for (const offset of everydayWords) {
      const unit = unitAtOffset.get(offset);
      if (unit !== undefined && !inConcept.has(unit) && !result.everyday.includes(unit)) result.everyday.push(unit);
    }
    matchChinese(FOREIGN_FORMS, folded, heads, unitAtOffset, (domain, unitIndexes, form) => addForeign(result, domain, unitIndexes, form));
    matchChinese(MERCHANDISE_FORMS, folded, heads, unitAtOffset, (category, unitIndexes) => addCovered(result.goods, category, unitIndexes));
    if (thesaurus) matchChinese(thesaurus, folded, heads, unitAtOffset, (group, unitIndexes) => addCovered(result.synonyms, group, unitIndexes));
  }

  // Everything else (English, numbers, Latin words inside Chinese text): stemmed words.
  const words: EnglishWord[] = [];
  const numbers: number[] = [];
  const colours: number[] = [];
  const particles: number[] = [];
  const tokens = tokenize(folded.replace(HAN_RUN, ' ')).filter((token) => token.kind === 'word');
  const stopped = tokens.map((token, i) => ENGLISH_STOPWORDS.has(token.surface) || (i > 0 && isAddressee(token.surface, tokens[i - 1].surface)));
  const stems = tokens.map((token) => wordStem(token.surface, token.text));
  // The concept lexicon's phrases, found once: which stopwords carry a phrase (wordsOfStopwordPhrases) and the concepts.
  const conceptMatches: { concept: string; at: number[] }[] = [];
  const present = new Set(stems);
  matchEnglish(CONCEPT_FORMS, stems, present, (concept, at) => void conceptMatches.push({ concept, at }));
  const promoted = wordsOfStopwordPhrases(conceptMatches, stems, stopped);
  for (const [i, token] of tokens.entries()) {
    const stem = stems[i];
    const key = `w:${stem}`;
    result.keys.add(key);
    const isStop = stopped[i] && !promoted.has(i);
    words.push({ stem, unit: isStop ? -1 : result.units.length });
    if (!isStop) {
      if (PRONOUN_FORM.test(token.surface)) result.details.push(result.units.length);
      else if (isEnglishNumber(token.surface, hasHan)) numbers.push(result.units.length);
      else if (COLOUR_WORD.test(token.surface)) colours.push(result.units.length);
      else if (PARTICLE_WORD.test(token.surface)) particles.push(result.units.length);
      result.units.push(key);
      result.unitKeys.push([key]);
      result.unitSplit.push(NO_SPLIT);
      result.unitRelatives.push(relativeKeys(stem));
    }
  }
  for (const { concept, at } of conceptMatches) addCovered(result.concepts, concept, unitsOfWords(words, at));
  for (const { concepts, units } of numberFactUnits(folded, unitAtOffset, words)) for (const concept of concepts) addCovered(result.concepts, concept, units);
  if (options.dates) {
    daysOfEvents(result, spanUnits(folded, daySpans(folded), unitAtOffset, words));
    result.asked = spanUnits(folded, askedSpans(folded), unitAtOffset, words).flat().sort((a, b) => a - b);
    result.clauses = spanUnits(folded, clauseSpans(folded), unitAtOffset, words);
    const request = assistantRequestSpan(folded);
    if (request) addForeign(result, 'assistant_requests', spanUnits(folded, [request], unitAtOffset, words)[0], 'whole message');
  }
  matchEnglish(FOREIGN_FORMS, stems, present, (domain, at, form) => addForeign(result, domain, unitsOfWords(words, at), form));
  matchEnglish(MERCHANDISE_FORMS, stems, present, (category, at) => addCovered(result.goods, category, unitsOfWords(words, at)));
  if (thesaurus) matchEnglish(thesaurus, stems, present, (group, at) => addCovered(result.synonyms, group, unitsOfWords(words, at)));
  result.unitConcepts = byUnit(result.units, result.concepts);
  result.unitSynonyms = byUnit(result.units, result.synonyms);
  // A number is everyday wherever it stands (as Chinese numerals are: nearly every KB says "3" or "10" somewhere),
  // unless it states a fact ("25 colleagues", "200 rmb"), whose concept it carries at full weight.
  for (const unit of numbers) if (result.unitConcepts[unit].length === 0) result.everyday.push(unit);
  for (const unit of colours) if (result.unitConcepts[unit].length === 0) result.details.push(unit);
  result.everyday.push(...particles);
  return result;
}

/**
 * A lexicon phrase made only of stopwords ("can't make it", "come and get") would mark a concept on no unit, and
 * so count for nothing: its longest word is read as a word after all (the first of equal length), to carry it.
 * Not one that only asks for an attribute ("when will", "how much"): a question made of those has no topic.
 */
function wordsOfStopwordPhrases(matches: readonly { concept: string; at: number[] }[], stems: readonly string[], stopped: readonly boolean[]): Set<number> {
  const promoted = new Set<number>();
  if (!stopped.some(Boolean)) return promoted;
  for (const { concept, at: matched } of matches) {
    if (ATTRIBUTE_CONCEPTS.has(concept) || !matched.every((at) => stopped[at])) continue;
    promoted.add(matched.reduce((best, at) => (stems[at].length > stems[best].length ? at : best)));
  }
  return promoted;
}

/** Adds the units a match covers to the group's list in `into`, each once, in the order met (negative: none). */
function addCovered(into: Map<string, number[]>, group: string, unitIndexes: readonly number[]): void {
  let covered = into.get(group);
  if (!covered) into.set(group, (covered = []));
  for (const index of unitIndexes) if (index >= 0 && !covered.includes(index)) covered.push(index);
}

/** A foreign-domain form matched: its domain and `domain:form` (AnalyzedText.foreign, foreignForms). */
function addForeign(result: AnalyzedText, domain: string, unitIndexes: readonly number[], form: string): void {
  addCovered(result.foreign, domain, unitIndexes);
  addCovered(result.foreignForms, `${domain}:${form}`, unitIndexes);
}

/** The units of the words at `at` (-1 for a stopword). */
const unitsOfWords = (words: readonly EnglishWord[], at: readonly number[]): number[] => at.map((index) => words[index].unit);

/** The domain of a `domain:form` key of AnalyzedText.foreignForms. */
export const domainOfForm = (form: string): string => form.slice(0, form.indexOf(':'));

/** The form of a `domain:form` key of AnalyzedText.foreignForms, as written (`信用卡…账单` for a split one). */
export const formOfKey = (key: string): string => key.slice(key.indexOf(':') + 1);

export function emptyAnalysis(): AnalyzedText {
  return { units: [], keys: new Set(), chars: new Set(), concepts: new Map(), foreign: new Map(), foreignForms: new Map(), goods: new Map(), everyday: [], details: [], unitKeys: [], unitConcepts: [], synonyms: new Map(), unitSynonyms: [], unitRelatives: [], splitPairs: new Set(), unitSplit: [], lone: [], asked: [], clauses: [] };
}

/** Where one clause ends: punctuation, a line break, or a space between Chinese characters ("能开发票吗 公司要报销"). */
export const CLAUSE_BREAK = /[,.!?;:，。！？；：、\n]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** Words that open a clause without being part of it ("so", "and", "ok", "hi"). */
const OPENERS = '(?:(?:so|and|but|also|then|ok|okay|hi|hello|hey|well|please|oh|sorry|btw|just|or)\\s+)*';
const AUXILIARY = "(?:can|could|may|might|will|would|shall|should|do|does|did|is|are|was|were|am|have|has|must|cant|cannot|wont|dont|doesnt|isnt|arent|didnt|couldnt|wouldnt)";
/**
 * An English question: a clause that opens with an auxiliary or a question word ("do bulk orders…", "how
 * long…"), or an auxiliary before its subject inside a clause ("when I renew can I borrow more"), where the
 * question starts.
 */
const ENGLISH_QUESTION_START = new RegExp(`^\\s*${OPENERS}(?:${AUXILIARY}|what|whats|when|where|which|who|whom|whose|why|how|any)\\b`, 'u');
const ENGLISH_INVERSION = new RegExp(`\\b${AUXILIARY}\\s+(?:i|we|you|u|ya|it|they|he|she|there|my|our|your|his|her|their|someone|somebody|anyone|anybody)\\b`, 'gu');
/** A clause that opens with a question word before its subject tells when or where, it does not ask: "when I renew, …". */
const SUBORDINATE_START = new RegExp(`^\\s*${OPENERS}(?:when|where|whenever|wherever)\\s+(?:i|we|you|u|it|they|he|she|my|our|the|a|an|this|that)\\b`, 'u');
/**
 * A Chinese question: a question particle or word, a verb asked X不X / X没X (能不能, 有没有, 收不收), or a 不 / 没 / 没有
 * tag closing the clause after a verb (会收费不, 有邮箱没, 还能退不: NEGATION_TAG), not after an adverb that makes it a
 * real negation (我也不, 还没). 102 sets: gain 1 lose 0.
 */
const CHINESE_QUESTION = /[吗呢么嘛]|什么|怎么|怎样|多少|多久|多长|几|哪|谁|为什么|是否|(\p{Script=Han})[不没]\1|可以|能|(?<=\p{Script=Han})(?<![还也都并从绝不没就])(?:没有|不|没)[啊呀啦]?\s*$/u;

/** The [start, end) offsets of the clauses of folded text (CLAUSE_BREAK), and whether a question mark closes each. */
function clauseSpans(folded: string): { start: number; end: number; question: boolean }[] {
  const clauses: { start: number; end: number; question: boolean }[] = [];
  let start = 0;
  const close = (end: number, mark: string) => {
    if (/[\p{L}\p{N}]/u.test(folded.slice(start, end))) clauses.push({ start, end, question: /[?？]/u.test(mark) });
  };
  for (const match of matchesOf(folded, CLAUSE_BREAK)) {
    close(match.index, match[0]);
    start = match.index + match[0].length;
  }
  close(folded.length, '');
  return clauses;
}

/** A word that points back at what was said before: "is that a problem", "can you do that". */
const BACK_POINTER = /\b(?:that|this)\b/u;
/** Words up to which a clause with a back pointer asks only of the clause before it ("how long does that usually take"). */
const POINTER_CLAUSE_MAX_WORDS = 6;

/**
 * True when an English asked clause carries no topic of its own: a short clause pointing back ("is that a problem",
 * "would that work", "is that on you"). "It" names a thing, not what was said ("can it still stay with you", "will it
 * be ready" ask their own clause), and a bare word may be the point ("…, yunnan?"). 94 sets: gain 1 lose 0 (with "it"
 * and bare words: gain 1 lose 3; "it" / "them" only as an object: lose 2 more, "how do I factory reset it" and "can
 * your team come get it" ask their verb; up to 9 words: lose 1, "can we book somewhere at the hotel for that").
 */
function pointsBack(clause: string): boolean {
  if (/\p{Script=Han}/u.test(clause)) return false;
  const words = clause.match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length <= POINTER_CLAUSE_MAX_WORDS && BACK_POINTER.test(clause);
}

/**
 * The [start, end) offsets of the clauses that ask, in folded text: each clause with a question in it, from where its
 * English question starts (an inverted auxiliary: "after I skip a week, can I undo it" asks "can I undo it"; "when I
 * renew can I borrow more" asks "can I borrow more"). Every one, not only the last: "what brand are the child seats,
 * are they certified" asks both. None when no clause asks. A clause pointing back (pointsBack: "…, is that a
 * problem?") asks the clause before it instead, which may ask already ("can I bring my dog, is that ok?").
 */
function askedSpans(folded: string): { start: number; end: number }[] {
  const clauses = clauseSpans(folded);
  const spans: { start: number; end: number }[] = [];
  for (const [at, { start: from, end, question }] of clauses.entries()) {
    const clause = folded.slice(from, end);
    const inversions = matchesOf(clause, ENGLISH_INVERSION);
    let span: { start: number; end: number } | null = null;
    if (ENGLISH_QUESTION_START.test(clause) && !SUBORDINATE_START.test(clause)) span = { start: from, end };
    else if (inversions.length > 0) span = { start: from + inversions[inversions.length - 1].index, end };
    else if (question || CHINESE_QUESTION.test(clause)) span = { start: from, end };
    if (!span) continue;
    // A clause that asks of what was said before it ("…, is that a problem?", "…, allowed?") asks that clause.
    const before = at > 0 ? clauses[at - 1] : null;
    if (before && pointsBack(folded.slice(span.start, span.end))) {
      if (!spans.some((asked) => asked.end === before.end)) spans.push({ start: before.start, end: before.end });
    } else spans.push(span);
  }
  return spans;
}

/**
 * How a spoken Chinese question is built, as opposed to what it asks about (offsets into the folded text):
 * - `scaffolding`: characters that only make it a question: the repeated verb and 不/没 of 收不收, 能不能,
 *   行不行, 有没有; a 不 / 没(有) tag at the end of a clause (还能退不, 到了没); 干嘛 / 干啥 ("what for"),
 *   怎么回事 / 咋回事, the bare verb of 怎么弄 / 咋整 / 怎么算, and a closing 行 (TAG_QUESTION: …行不). Counted
 *   as units, they were the unexplained part of many everyday questions (a customer of any business asks so) and
 *   lowered their confidence. And the repeat of a character said twice (REDUPLICATION: 看看, 娃娃).
 * - `everyday`: a measure word right after a number or 这 / 那 / 每 (两张, 三双, 一百多块, 5台, 那张): a quantity
 *   is a detail.
 * - `echoes`: the offset of each verb asked X不X → the offset of its dropped repeat.
 */
function chineseSentenceForms(folded: string): { scaffolding: Set<number>; everyday: Set<number>; everydayWords: Set<number>; echoes: Map<number, number> } {
  const scaffolding = new Set<number>();
  const everyday = new Set<number>();
  const echoes = new Map<number, number>();
  for (const match of matchesOf(folded, A_NOT_A)) {
    scaffolding.add(match.index + 1).add(match.index + 2);
    echoes.set(match.index, match.index + 2);
  }
  for (const match of matchesOf(folded, NEGATION_TAG)) for (let at = match.index; at < match.index + match[0].length; at++) scaffolding.add(at);
  for (const match of matchesOf(folded, QUESTION_IDIOM)) {
    const dropped = match.slice(1).find(Boolean) ?? '';
    const at = match.index + match[0].lastIndexOf(dropped);
    for (let k = at; k < at + dropped.length; k++) scaffolding.add(k);
  }
  for (const match of matchesOf(folded, REDUPLICATION)) scaffolding.add(match.index + 1);
  for (const match of matchesOf(folded, TAG_QUESTION)) for (let at = match.index; at < match.index + match[0].length; at++) scaffolding.add(at);
  for (const match of matchesOf(folded, MEASURE_AFTER_NUMBER)) everyday.add(match.index + match[0].length - 1);
  for (const match of matchesOf(folded, PURPOSE_CLAUSE)) for (let at = match.index; at < match.index + match[0].length; at++) scaffolding.add(at);
  for (const match of matchesOf(folded, DIRECTION_COMPLEMENT)) for (let at = match.index; at < match.index + match[0].length; at++) scaffolding.add(at);
  const everydayWords = new Set<number>();
  for (const match of matchesOf(folded, EVERYDAY_WORD)) for (let at = match.index; at < match.index + match[0].length; at++) everydayWords.add(at);
  return { scaffolding, everyday, everydayWords, echoes };
}

/**
 * A character said twice (看看, 查查, 娃娃, 泡泡纸, 吱吱, 天天): one word, whose repeat softens a verb ("take a look") or
 * is how the word is said. Counted twice, it weighed as two topic words of which an entry that writes it once (看,
 * 纸, 宝宝椅 for 娃娃椅) explained half. The repeat is dropped; the bigram of the two stays the first's key.
 */
const REDUPLICATION = /(\p{Script=Han})\1/gu;

/**
 * 行 closing the question (…抵押周转下 行不, 送回去行不行, 这样行吗): "is that all right?", about what comes before;
 * not the 行 of a word (银行, 旅行, 运行, 可行).
 */
const TAG_QUESTION = /(?<![运银旅进步执流自发同出可人举盛施平])行(?=(?:不行|不|吗|么|没)?[吗呢啊呀啦嘛]?[\s,.!?;:，。！？；：、…~～]*$)/gu;

/** X不X / X没X: the second X and the negation (the first X is the verb asked about). */
const A_NOT_A = /(\p{Script=Han})[不没](?=\1)/gu;
/** A 不 / 没 / 没有 closing a clause after a verb, not after an adverb that makes it a real negation (还没, 也不). */
const NEGATION_TAG = /(?<=\p{Script=Han})(?<![还也都并从绝不没就])(?:没有|不|没)(?=[吗呢啊呀啦嘛]?(?:[\s,.!?;:，。！？；：、…~～]|$))/gu;
/** "What for", "what is going on", "how do I do / how is it counted": the group is the part that is dropped. */
const QUESTION_IDIOM = /(?:能|可以|用来|拿来)?(干嘛|干啥|干什么)|(?:怎么|咋|啥)(回事)|(?:怎么|咋|咋个|怎样)(弄|搞|整|算)(?=[的呢啊呀吗哦]|\P{Script=Han}|$)/gu;
/** A measure word after a number in digits or characters (with 多 / 来 / 余 after it: 一百多块, 十来张) or after 这 / 那 / 哪 / 每. */
const MEASURE_AFTER_NUMBER = /(?:\d+|[一二两三四五六七八九十百千万几]+|[这那哪每])[多来余]?[张双条只台副颗趟块套根片份袋包瓶盒本支辆间件盆顶棵株位桌箱杯碗盘斤串枚粒篇页封幅罐捆批]/gu;

/**
 * "…，我好请假" / "？我好安排晚饭": after the question, what the customer will do with the answer. It says why they
 * ask, not what about (请假 is no job question, 晚饭 no meal), so the clause is scaffolding. Only after a clause
 * break, and not 我好久 / 我好想 / 我好像 ("I've long", "I'd love to", "it seems").
 */
const PURPOSE_CLAUSE = /(?<=[\s,.!?;:，。！？；：])(?:我好|我也好|好让我|以便)(?![久想像多几难累饿烦怕爱喜开担奇好])[^\s,.!?;:，。！？；：]*/gu;

/**
 * 过去 after a verb (拿过去, 开车过去, 带孩子过去) only says the customer goes there, and 一下 after a verb (聊一下,
 * 看一下) softens a request: neither is what the question is about. Counted as units (过, 去, 一, 下), they were the
 * part of an everyday question no entry explains. 过去 as "the past" is a time word, no topic either; not 过去式.
 * 过来 stays: "你们能过来吗" asks for someone to come over, a service of its own.
 */
const DIRECTION_COMPLEMENT = /过去(?![式人])|(?<=\p{Script=Han})一下(?![子午单雨班])/gu;

/**
 * Everyday words, written with characters that alone may name a topic (今 / 明, 特, 估, 朋): when and who the
 * customer speaks of (今天, 去年, 最近, 朋友, 同事, 老公), how sure they are (大概, 估计, 一般, 特别, 突然), where
 * (那边, 这边). Any business's customers say them; they are details of a question, not its point.
 */
const EVERYDAY_WORD = new RegExp(
  [
    // When.
    '今天|明天|昨天|后天|前天|今晚|明晚|昨晚|今早|明早|今年|明年|去年|前年|最近|之前|以前|之后|以后|马上|刚才|刚刚|现在|平时|当时|一直|突然|已经|然后|到时候',
    // Who.
    '女朋友|男朋友|朋友|对象|同事|同学|老婆|老公|爸妈|爸爸|妈妈|家人|家里人|自己|别人|大家|我们家',
    // How sure, how much, how it feels.
    '大概|估计|一般|特别|比较|可能|应该|其实|真的|有点|一点|一些|好像|感觉|觉得|打算|顺便|顺手|开心|麻烦|谢谢',
    // What any business does ("你们提供…吗", as ENGLISH_OFFER_VERBS).
    '提供|供应',
    // Where.
    '那边|这边|那里|这里|哪里|哪儿',
  ].join('|'),
  'gu',
);

/** For each unit, the groups (concepts, synonyms) that cover it. */
function byUnit(units: readonly string[], groups: ReadonlyMap<string, number[]>): string[][] {
  const perUnit: string[][] = units.map(() => []);
  for (const [group, covered] of groups) for (const unit of covered) perUnit[unit].push(group);
  return perUnit;
}

/**
 * `unitIndexes` or word indexes `at`: what the match covers. `form`: the lexicon form matched (English as stems),
 * `…` between the parts of a form with a gap.
 */
type AddMatch = (concept: string, unitIndexes: number[], form: string) => void;

/** The keys a Chinese form is filed under at each offset of the text (PreparedLexicon.chinese): its character, and the two from there. */
interface ChineseHeads {
  one: string[];
  two: (string | undefined)[];
}

/** Made once per text for every lexicon it is matched against. */
function chineseHeads(folded: string): ChineseHeads {
  const one: string[] = [];
  const two: (string | undefined)[] = [];
  for (let at = 0; at < folded.length; at++) {
    one.push(folded[at]);
    two.push(at + 1 < folded.length ? folded.slice(at, at + 2) : undefined);
  }
  return { one, two };
}

/** Every form of `lexicon` in the folded text, with the Han units it covers (`unitAtOffset`: string offset → unit). */
function matchChinese(lexicon: LexiconLookups, folded: string, heads: ChineseHeads, unitAtOffset: ReadonlyMap<number, number>, add: AddMatch): void {
  for (let at = 0; at < folded.length; at++) {
    const single = lexicon.chinese.get(heads.one[at]);
    if (single) matchChineseAt(lexicon, folded, at, single, unitAtOffset, add);
    const pair = heads.two[at];
    const forms = pair === undefined ? undefined : lexicon.chinese.get(pair);
    if (forms) matchChineseAt(lexicon, folded, at, forms, unitAtOffset, add);
  }
}

/** The forms (filed under the text's characters at `at`) that the text has there. */
function matchChineseAt(lexicon: LexiconLookups, folded: string, at: number, forms: readonly ChineseForm[], unitAtOffset: ReadonlyMap<number, number>, add: AddMatch): void {
  for (const { concept, form, tail, key } of forms) {
    if (!folded.startsWith(form, at)) continue;
    const exclusions = lexicon.chineseExclusions.get(concept);
    if (isExcluded(folded, at, form.length, exclusions)) continue;
    const covered: number[] = [];
    unitsAtOffsets(unitAtOffset, at, form.length, covered);
    if (tail !== undefined) {
      const found = findTail(folded, at + form.length, tail);
      if (found < 0 || isExcluded(folded, found, tail.length, exclusions)) continue;
      unitsAtOffsets(unitAtOffset, found, tail.length, covered);
    }
    add(concept, covered, key);
  }
}

/** Pushes the units of the characters at [from, from + length) of the text. */
function unitsAtOffsets(unitAtOffset: ReadonlyMap<number, number>, from: number, length: number, into: number[]): void {
  for (let offset = from; offset < from + length; offset++) {
    const unit = unitAtOffset.get(offset);
    if (unit !== undefined) into.push(unit);
  }
}

/** Every phrase of `lexicon` among the words (their stems; `present`: as a set), with the indexes of the words it covers. */
function matchEnglish(lexicon: LexiconLookups, stems: readonly string[], present: ReadonlySet<string>, add: AddMatch): void {
  for (let start = 0; start < stems.length; start++) {
    const forms = lexicon.english.get(stems[start]);
    if (!forms) continue;
    const filed = lexicon.englishFiled.get(stems[start]);
    if (filed) for (const at of formsToTry(filed, present)) matchEnglishForm(lexicon, stems, present, start, forms[at], add);
    else for (const form of forms) matchEnglishForm(lexicon, stems, present, start, form, add);
  }
}

/** The form, if the words have it at `start`. */
function matchEnglishForm(lexicon: LexiconLookups, stems: readonly string[], present: ReadonlySet<string>, start: number, form: EnglishForm, add: AddMatch): void {
  const { concept, stems: phrase, tail, key, needs } = form;
  if (needs !== undefined && !hasAll(present, needs)) return;
  const head = matchPhrase(stems, start, phrase);
  const matched = head && tail ? withTail(stems, head, tail) : head;
  if (matched && !insideEnglishExclusion(stems, matched, lexicon.englishExclusions.get(concept))) add(concept, matched, key);
}

/** True when every one of `stems` is in `present`. */
function hasAll(present: ReadonlySet<string>, stems: readonly string[]): boolean {
  for (const stem of stems) if (!present.has(stem)) return false;
  return true;
}

/** Offset of `tail` within GAP_CHARS Han characters after `from` (no punctuation between), or -1. */
function findTail(text: string, from: number, tail: string): number {
  for (let at = from; at <= from + GAP_CHARS && at < text.length; at++) {
    if (text.startsWith(tail, at)) return at;
    if (!/\p{Script=Han}/u.test(text[at])) return -1;
  }
  return -1;
}

/** The head's word indexes with those of `tail` found within GAP_WORDS words after it, or null. */
function withTail(words: readonly string[], head: number[], tail: readonly string[]): number[] | null {
  const next = head[head.length - 1] + 1;
  for (let gap = 0; gap <= GAP_WORDS; gap++) {
    const found = matchPhrase(words, next + gap, tail);
    if (found) return [...head, ...found];
  }
  return null;
}

/**
 * True when a matched word lies inside a phrase that means something else ("visa" in "student visa", "park" of
 * "park nearby" in "dog parks nearby", "off" in "drop the dog off").
 */
function insideEnglishExclusion(words: readonly string[], matched: readonly number[], exclusions: readonly EnglishExclusion[] | undefined): boolean {
  if (!exclusions) return false;
  const last = matched[matched.length - 1];
  return exclusions.some(({ stems, tail }) => {
    for (let start = 0; start <= last; start++) {
      if (words[start] !== stems[0]) continue;
      const head = matchPhrase(words, start, stems);
      const span = head && tail ? withTail(words, head, tail) : head;
      if (span && matched.some((at) => span.includes(at))) return true;
    }
    return false;
  });
}

/**
 * Word indexes of lexicon phrase `stems` starting at `start`, or null: words in a row, a final particle up to
 * PARTICLE_GAP words later. A determiner inside the phrase matches any determiner of the text, and one the text
 * leaves out or adds is passed over ("cancel my order" in "cancel order", "track order" in "track my order").
 */
function matchPhrase(words: readonly string[], start: number, stems: readonly string[]): number[] | null {
  const matched: number[] = [];
  for (let k = 0, at = start; k < stems.length; k++, at++) {
    const inside = k > 0;
    if (inside && DETERMINERS.has(stems[k]) && k < stems.length - 1) {
      if (at < words.length && DETERMINERS.has(words[at])) continue;
      at--;
      continue;
    }
    if (inside && !DETERMINERS.has(stems[k]) && at < words.length && DETERMINERS.has(words[at]) && words[at] !== stems[k]) at++;
    const last = k === stems.length - 1 && k > 0;
    const reach = last && PARTICLES.has(stems[k]) ? PARTICLE_GAP : 0;
    let found = -1;
    for (let gap = 0; gap <= reach && found < 0; gap++) if (words[at + gap] === stems[k]) found = at + gap;
    if (found < 0) return null;
    matched.push(found);
    at = found;
  }
  return matched;
}

/**
 * The units of each fact a number states (number-facts.ts: a group's size, an age, a distance, a time of day, an
 * amount of money…): its Han characters (`unitAtOffset`) and its words, with the concepts the fact carries.
 */
function numberFactUnits(folded: string, unitAtOffset: ReadonlyMap<number, number>, words: readonly EnglishWord[]): { concepts: readonly string[]; units: number[] }[] {
  const facts = numberFacts(folded);
  if (facts.length === 0) return [];
  const units = spanUnits(folded, facts, unitAtOffset, words);
  return facts.map(({ concepts }, i) => ({ concepts, units: units[i] })).filter((fact) => fact.units.length > 0);
}

/** The units (Han characters and words) inside each [start, end) span of `folded`. */
function spanUnits(folded: string, spans: readonly { start: number; end: number }[], unitAtOffset: ReadonlyMap<number, number>, words: readonly EnglishWord[]): number[][] {
  if (spans.length === 0) return [];
  // Han runs blanked out character for character, so offsets stay those of `folded` and words come out as analyze() saw them.
  const plain = folded.replace(HAN_RUN, (run) => ' '.repeat(run.length));
  const wordCount = (text: string) => tokenize(text).filter((token) => token.kind === 'word').length;
  return spans.map(({ start, end }) => {
    const units: number[] = [];
    for (let offset = start; offset < end; offset++) {
      const unit = unitAtOffset.get(offset);
      if (unit !== undefined) units.push(unit);
    }
    const first = wordCount(plain.slice(0, start));
    const count = wordCount(plain.slice(start, end));
    for (let at = first; at < first + count && at < words.length; at++) if (words[at].unit >= 0) units.push(words[at].unit);
    return units;
  });
}

/** What happens on a day the customer names: a booking, a visit moved or cancelled, a return, a parcel, a job due. */
const DAY_EVENTS: ReadonlySet<string> = new Set(['booking', 'reschedule', 'cancel', 'no_show', 'late_arrival', 'late', 'walk_in', 'extension', 'turnaround', 'duration', 'dispatch', 'delivery', 'tracking', 'pickup', 'drop_off', 'refund', 'return', 'weather_closure', 'deposit', 'advance_notice', 'last_minute', 'availability', 'waitlist', 'make_up_class', 'absence', 'rental', 'check_in', 'check_out']);

/** Events on a day the customer picks (a booking, a visit moved or missed), not a day of the business's own work (周末发货吗). */
const CHOSEN_DAY_EVENTS: ReadonlySet<string> = new Set(['booking', 'reschedule', 'cancel', 'no_show', 'late_arrival', 'late', 'deposit', 'waitlist', 'make_up_class', 'absence', 'check_in', 'check_out', 'extension', 'last_minute']);

/**
 * A day is the business's hours (周六开门吗) only when nothing else happens on it: a day named beside a booking,
 * a return or a parcel ("约了周六下午…能挪到下周吗", "周末拍的你们周末也寄吗"), or two days (说好周日还, 周二才回来:
 * a span of the customer's time) are dates, and carry no `hours` (dev: 6 questions more answered from the right
 * entry, shop and rental questions that went to opening hours). A day the customer picks for a booking, a visit
 * moved or missed (CHOSEN_DAY_EVENTS: 挪到下周末行不行, 下周三的桌能定吗) is also an everyday word: the entry that writes the
 * same day (周末几点营业) does not answer it. 102 sets: gain 2 lose 0; with every DAY_EVENTS event 5 / 6 (周末发货吗
 * asks about the business's weekend).
 */
function daysOfEvents(result: AnalyzedText, days: readonly number[][]): void {
  if (days.length === 0) return;
  const dayUnits = new Set(days.flat());
  const eventful = days.length >= 2 || [...result.concepts].some(([concept, units]) => DAY_EVENTS.has(concept) && units.some((unit) => !dayUnits.has(unit)));
  if (!eventful) return;
  // Nor a class timetable (周末班) or anything else the lexicons read into a day: what happens on it is the topic.
  for (const [concept, units] of result.concepts) {
    if (DAY_EVENTS.has(concept) || !units.some((unit) => dayUnits.has(unit))) continue;
    const kept = units.filter((unit) => !dayUnits.has(unit));
    if (kept.length > 0) result.concepts.set(concept, kept);
    else result.concepts.delete(concept);
  }
  const chosen = [...result.concepts].filter(([concept]) => CHOSEN_DAY_EVENTS.has(concept));
  if (chosen.length === 0) return;
  const inEvent = new Set(chosen.flatMap(([, units]) => units));
  for (const unit of dayUnits) if (!inEvent.has(unit) && !result.everyday.includes(unit)) result.everyday.push(unit);
}

/** True when the match at [at, at + length) lies inside a word that means something else (密码 is not a size 码). */
function isExcluded(text: string, at: number, length: number, exclusions: string[] | undefined): boolean {
  if (!exclusions) return false;
  return exclusions.some((word) => {
    for (let start = Math.max(0, at + length - word.length); start <= at; start++) {
      if (text.startsWith(word, start)) return true;
    }
    return false;
  });
}

/**
 * Pronouns the stopwords do not list, by their form: "everything", "somewhere", "nobody", "themselves". Details,
 * not stopwords: an entry may say "collect it yourself" and should still match "fetch it myself". And the
 * "guys" / "folks" of "you guys", a way to say "you": a stopword ("do u guys go to …").
 */
const PRONOUN_FORM = /^(?:(?:every|some|any|no)(?:thing|one|body|where)|(?:my|your|him|her|it|our|them|one)(?:self|selves))$/u;
const ADDRESSEE = /^(?:you|u|ya|yall)$/u;
const ADDRESSEE_NOUN = /^(?:guys|guy|folks|peeps|people)$/u;

const isAddressee = (word: string, previous: string): boolean => ADDRESSEE.test(previous) && ADDRESSEE_NOUN.test(word);

/**
 * Words that describe the thing asked about rather than name the topic: a number ("3 of the 4 chairs", "30 of
 * them", "two weeks"; Chinese numerals always were everyday) and a colour ("a blue mug but I ordered a green
 * one"). Still matched, but they no longer cost a question a third of its share: a number counts as an everyday
 * word, a colour as one when no entry says it (`details`). One that a lexicon reads as a fact (a time, an age, a
 * group, number-facts.ts) keeps its weight.
 */
const NUMBER_WORD = new RegExp(`^(?:\\d+(?:st|nd|rd|th|s)?|${[...ENGLISH_CARDINALS, 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'couple'].join('|')})$`, 'u');
const COLOUR_WORD = /^(?:red|orange|yellow|green|blue|purple|pink|brown|black|white|grey|gray|beige|navy|violet|turquoise|silver|golden)$/u;

/**
 * The particles of phrasal verbs ("put down 20%", "freak me out", "threads hanging out", "call off my slot"): the verb
 * or the lexicon's phrase carries the meaning, and a lone particle no entry has cost the question a share of its
 * weight. Everyday where they stand, as numbers are; not in ENGLISH_GENERIC, whose words the thesaurus and word
 * families leave out ("out" still joins "outing"). Not "up", which "something came up" and "show up" (lexicon phrases
 * made of everyday words, weighed as a topic: retriever.ts, everydayPhrases) need at full weight. 102 sets: gain 6
 * lose 2 (blind14 gain 2 lose 0); with "up" gain 8 lose 8; only outside a lexicon phrase, gain 3 lose 1 (blind14 none).
 */
const PARTICLE_WORD = /^(?:out|off|down|away)$/u;

/** Digits in a Chinese question stay as they were: "128乘以36等于多少" is about the numbers. */
const isEnglishNumber = (word: string, inChinese: boolean): boolean => NUMBER_WORD.test(word) && !(inChinese && /^\d/.test(word));

// A stopword's other forms ("gone", "gave", "giving": canonicalStem joins them to go / give) are everyday words.
const genericUnits = new Set([
  ...[...CHINESE_GENERIC_CHARS].map((char) => `c:${char}`),
  ...[...ENGLISH_GENERIC, ...ENGLISH_OFFER_VERBS, ...ENGLISH_STOPWORDS].flatMap((word) => englishStems(word).map((stem) => `w:${stem}`)),
]);

/** How much a unit says about the topic on its own: everyday words count GENERIC_WEIGHT, others 1. */
export const unitSpecificity = (unit: string): number => (genericUnits.has(unit) ? GENERIC_WEIGHT : 1);
