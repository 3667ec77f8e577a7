// Ranks FAQ entries for a question and says how sure it is.
//
// Ranking combines, per entry: how much of the question it explains (exact words, lexicon concepts,
// shared Chinese characters; similar questions count as the question, the answer half), how much of its
// best question variant the query explains, whether it is in the customer's language, and a little of the
// FTS index's BM25 as a tie-breaker. The confidence uses only the first two (the match read from the
// question's side and from the entry's, see confidenceOf) and the margin over the runner-up: all are shares
// in [0, 1], so a confidence means the same in a 30-entry and a 10,000-entry KB, which raw BM25 does not.
//
// Re-ranking the top three by the fine-tuned model's likelihood of each entry's answer was measured (starter
// model, eval sets; README "Answering") and left out: it never raised P@1 and lowered it on some sets, and the
// grounded prompt the model is trained on costs seconds per candidate on a CPU.
import { tokenize } from '../search/tokenize.ts';
import type { Lang } from '../shared/api/faq.ts';
import { askedFacts, type FactKind } from './asked-facts.ts';
import { ASK_CONCEPTS, ATTRIBUTE_CONCEPTS } from './concept-lexicon.ts';
import { canonicalStem } from './english-forms.ts';
import { EntryTwins, TWINS, type Counterparts } from './entry-twins.ts';
import { isEnglishWord } from './english-words.ts';
import { OFFERED_DOMAINS, REQUEST_DOMAINS } from './foreign-domains.ts';
import { IndexWarmup } from './index-warmup.ts';
import { detectLang } from './language.ts';
import { tightness } from './match-score.ts';
import { ASKED_ACTION, AVAILABILITY, FOLLOW_UP, INTENT_ZH, intendsForeign, isTopicless, namesOwnThing, PRONOUN, PROPERTY, SLOT_END, SLOT_GENERIC, SLOT_POINTS_BACK, sumOf } from './question-shapes.ts';
import { FOREIGN, RANKING } from './ranking-constants.ts';
import { RetrievalIndex, type Candidates, type EntryProfile, type EntryStamp, type ExplainedWeight, type IndexableEntry } from './retrieval-index.ts';
import { correctSpelling, type SpellingVocabulary } from './spelling.ts';
import { ENGLISH_STOPWORDS, GENERIC_WEIGHT } from './stopwords.ts';
import { analyze, domainOfForm, emptyAnalysis, isLexiconStem, isLexiconWord, unitSpecificity, type AnalyzedText } from './text-analysis.ts';

export interface KnowledgeSource {
  /** Changes whenever any entry changes; the index re-syncs only then. */
  revision(): number;
  /** Id and last change of every enabled, live entry (cheap: read at each revision change). */
  stamps(): Iterable<EntryStamp>;
  /** Those entries in full (only new or changed ones are asked for). */
  load(ids: number[]): Iterable<IndexableEntry>;
  /** Optional BM25 ranking from the full-text index (id → higher-is-better score). */
  bm25?(question: string): Map<number, number>;
}

export interface RetrievalHit {
  id: number;
  ref: string | null;
  question: string;
  lang: Lang;
  /** This entry's own match in [0, 1] (shown as the source's score): the share of the question it explains as evidence. */
  score: number;
  /** The share of the question it explains for ranking (a lexicon concept counting as the word; see RetrievalIndex.explained). */
  coverage: number;
  /** Weight of the question's units it explains as evidence (for the confidence). */
  explained: number;
  tightness: number;
  /** Placed above where its words ranked it by the meaning re-rank (meaning-rerank.ts): its `score` can be lower than a later hit's. */
  byMeaning?: true;
}

export interface Retrieval {
  /** The customer's language, detected from the question. */
  lang: Lang;
  /** Best first, at most `limit`. */
  hits: RetrievalHit[];
  /** How sure the top hit answers the question, in [0, 1]; 0 when there is no hit. */
  confidence: number;
  /** True when earlier turns of the conversation were needed to understand the question. */
  usedContext: boolean;
  /** Why the confidence is what it is; null when there is no hit. */
  signals: ConfidenceSignals | null;
}

/** What the confidence of the top hit is computed from (all KB-size independent). */
export interface ConfidenceSignals {
  /** Weight of the question the top hit explains, over the weight that counts as all of it (capped at 1). */
  share: number;
  /** The same over the question's whole weight. */
  coverage: number;
  /** Best share of one of its question variants the question matches. */
  tightness: number;
  /** Rank lead over the runner-up that is not its twin in the other language (capped at 1). */
  margin: number;
  sameLanguage: boolean;
  /** The question's total unit weight. */
  total: number;
  /**
   * Weight of its units whose lexicon topic no entry has (counted in full, not as detail), and of an asked action
   * the top hit does not explain (RANKING.unexplainedAction).
   */
  unmet: number;
  /** Domains a shop does not serve that the question names and the top hit does not (foreign-domains.ts). */
  foreign: string[];
  /** Requests of their own (concept-lexicon.ts ASK_CONCEPTS) the question makes and the top hit does not answer. */
  asks: string[];
  /** Kinds of fact the question asks for (asked-facts.ts: a name, a place, a time of day…) that the top hit does not state. */
  unstated: FactKind[];
  /** A Chinese question's asked clause names a topic in a word none of whose characters the KB writes (RANKING.unwrittenAskedTopic). */
  unwritten: boolean;
  /**
   * The thing an English yes/no availability question asks for ("do you have X", "is there X", "can I bring X", "can X
   * have Y") names, in a content word, what the top entry has no trace of: 'unknown' when no entry of the knowledge
   * base has that word in any form, 'unexplained' when only other entries do (RANKING.unknownAskedThing).
   */
  askedThing: 'unknown' | 'unexplained' | null;
}

export interface RetrieveOptions {
  /** Earlier customer questions of the conversation, most recent last. */
  history?: readonly string[];
  limit?: number;
}

/** How the chat and `concierge eval` rank a question: the word ranker, then the meaning re-rank (meaning-rerank.ts). */
export type RankQuestion = (question: string, options?: RetrieveOptions) => Promise<Retrieval>;

/** Ranks closer than this are equal (sums of the same shares in another order). */
const RANK_TIE = 1e-9;

/** Longest question the ranker reads; the rest of a pasted essay adds cost, not meaning. */
export const MAX_QUESTION_CHARS = 2_000;

export class Retriever {
  private readonly index = new RetrievalIndex();
  private readonly warmup: IndexWarmup;
  private readonly twins = new EntryTwins((id) => this.counterparts(id));

  private readonly conceptWeight = (concept: string) => this.index.conceptWeight(concept);

  /**
   * Misspellings are read as the knowledge base's own words first, then the lexicons' (spelling.ts); a word any
   * of them, WordNet or the stopwords know is spelled right.
   */
  private readonly spelling: SpellingVocabulary = {
    knows: (stem, word) => this.index.hasStem(stem) || isLexiconStem(stem) || ENGLISH_STOPWORDS.has(word) || isEnglishWord(word),
    tiers: [(word) => this.index.hasWord(word), isLexiconWord],
    words: () => this.index.words(),
  };

  constructor(private readonly source: KnowledgeSource) {
    this.index.onEntryChange((id, names) => this.twins.changed(id, names));
    this.warmup = new IndexWarmup(this.index, source);
  }

  /**
   * Brings the index up to date without blocking the event loop (index-warmup.ts); `retrieve` after it
   * resolves finds it ready. `retrieve` alone still works: it finishes any sync left itself.
   */
  warm(): Promise<void> {
    return this.warmup.warm();
  }

  retrieve(question: string, options: RetrieveOptions = {}): Retrieval {
    this.warmup.syncNow();
    const text = correctSpelling(question.slice(0, MAX_QUESTION_CHARS), this.spelling);
    const limit = options.limit ?? 10;
    const lang = detectLang(text);
    const analysed = analyze(text, { dates: true });
    const topicless = isTopicless(analysed);
    // FTS5's BM25 of the question, read when first needed and once: a follow-up is ranked a second time in context.
    let bm25: Map<number, number> | undefined;
    const bm25Of = () => (bm25 ??= this.source.bm25?.(text) ?? new Map<number, number>());
    const ranked = this.rank(text, [{ text: analysed, weight: 1 }], lang, limit, bm25Of);
    // "How long?" names no topic: an entry that happens to contain "how long" is a guess, not an answer.
    const alone = topicless ? { ...ranked, confidence: round(ranked.confidence * RANKING.topiclessConfidence) } : ranked;
    const history = (options.history ?? []).slice(-RANKING.contextTurns);
    if (history.length === 0 || this.index.size === 0) return { ...alone, usedContext: false };
    // A question that points back ("that", "那") or names no topic ("how much?") takes its topic from the
    // previous turn, which then weighs as much as the question itself; otherwise earlier turns only help a
    // question too vague on its own that is still about the KB's topics. Anything else is judged on its own,
    // as in a new conversation.
    const ownThing = namesOwnThing(text);
    const pointsBack = topicless || FOLLOW_UP.test(text) || (!ownThing && PRONOUN.test(text));
    // Not one that asks for a thing its best entry does not explain (signals.askedThing): an earlier turn on that
    // entry's topic would lend it the topic, not the thing ("can I bring my parrot on the guided ride?" after "do you
    // run guided rides?"); nor one that names its own thing, which it is about.
    const elliptical = (alone.hits[0]?.score ?? 0) >= RANKING.ellipticalCoverage && !alone.signals?.askedThing && !ownThing;
    if (!(pointsBack || elliptical)) return { ...alone, usedContext: false };

    const latestWeight = pointsBack ? RANKING.pointedContextWeight : RANKING.contextWeight;
    const parts = history.map((turn, i) => ({
      text: analyze(correctSpelling(turn.slice(0, MAX_QUESTION_CHARS), this.spelling), { dates: true }),
      weight: latestWeight / 2 ** (history.length - 1 - i),
    }));
    const inContext = this.rank(text, [...parts, { text: analysed, weight: 1 }], lang, limit, bm25Of);
    const useContext = pointsBack ? inContext.confidence >= alone.confidence * 0.8 : inContext.confidence > alone.confidence + 0.1;
    return useContext ? { ...inContext, usedContext: true } : { ...alone, usedContext: false };
  }

  private rank(question: string, parts: { text: AnalyzedText; weight: number }[], lang: Lang, limit: number, bm25Of: () => Map<number, number>) {
    const query = mergeAnalyses(parts.map((part) => part.text));
    const { weights, total, everyday } = this.unitWeights(parts);
    const cap = RANKING.sufficientWeight[lang];
    const candidates = this.index.candidates(query, weights, this.conceptWeight, lang);
    if (candidates.ids.length === 0 || total === 0) return { lang, hits: [], confidence: 0, signals: null };

    let best = 0;
    for (const ranking of candidates.ranking) best = Math.max(best, ranking);
    // An entry stating the kind of fact asked (asked-facts.ts) ranks RANKING.statedFact higher: it may overtake from further below.
    const factsAsked = askedFacts(question);
    const askedTopic = this.askedTopicUnits(parts, query, weights, everyday, total, lang);
    const reach = RANKING.shortlistMargin + (factsAsked.length > 0 ? RANKING.statedFact : 0) + (askedTopic ? RANKING.askedClause[lang] : 0);
    const shortlist = shortlistOf(candidates, (ranking) => (best - ranking) / total <= reach, RANKING.shortlistMax);
    const bm25 = bm25Of();
    const bestBm25 = Math.max(0, ...bm25.values());

    const scored = shortlist.flatMap(([id, weight]) => {
      const profile = this.index.profiles.get(id);
      if (!profile) return [];
      const hit = toHit(profile, weight, total, tightness(query, profile.variants));
      const rank =
        hit.coverage +
        RANKING.tightness * hit.tightness +
        (profile.lang === lang ? RANKING.sameLanguage : 0) +
        (bestBm25 > 0 ? (RANKING.bm25 * (bm25.get(id) ?? 0)) / bestBm25 : 0);
      const lift = askedTopic ? (RANKING.askedClause[lang] * sumOf(weights, (i) => askedTopic.has(i) && this.explainsUnit(query, profile, i))) / sumOf(weights, (i) => askedTopic.has(i)) : 0;
      return [{ hit, rank, lift }];
    });
    if (factsAsked.length > 0) this.rankStatedFacts(scored, factsAsked, lang);
    // Equal ranks go to the customer's language: an entry in the other language that shares only a concept is credited
    // as its translation (MATCH_CREDIT.translated), exactly the language bonus above one in theirs that shares the same.
    const inTheirs = (item: { hit: RetrievalHit }) => (item.hit.lang === lang ? 1 : 0);
    const byRank = (a: { hit: RetrievalHit; rank: number }, b: { hit: RetrievalHit; rank: number }) =>
      Math.abs(b.rank - a.rank) > RANK_TIE ? b.rank - a.rank : inTheirs(b) - inTheirs(a) || b.rank - a.rank || a.hit.id - b.hit.id;
    scored.sort(byRank);
    const margin = this.marginOverRival(scored);
    // The asked clauses' lift reorders; the margin read above is the match's without it (RANKING.askedClause).
    if (askedTopic) {
      for (const item of scored) item.rank += item.lift;
      scored.sort(byRank);
    }
    const top = scored[0]?.hit;
    const topProfile = top && this.index.profiles.get(top.id);
    // Which of the question's units the top entry has, as a word or a concept: what each signal below reads.
    const explains = topProfile ? query.units.map((_, i) => this.explainsUnit(query, topProfile, i)) : [];
    // When most of the question is a topic the lexicons recognise ("can I bring my dog inside?") and no entry has,
    // it is the question's point, not detail to overlook (sufficientWeight): it counts against the share in full.
    // Less than half is often a lexicon reading a detail in another business's sense ("join video calls"). So is an
    // action the question asks that the entry does not explain ("can I shower after dry needling?").
    // In the clause that asks (AnalyzedText.asked: "…, can I have it in gold thread?"), such a topic counts in full
    // however little of the question it is: it is what the customer wants to know, not the story around it.
    const unmetTopics = topProfile ? this.unmetTopicUnits(query, explains) : [];
    // The question is the last part of the query, after earlier turns: its asked clauses are those read.
    const own = query.units.length - parts[parts.length - 1].text.units.length;
    const asked = new Set(parts[parts.length - 1].text.asked.map((unit) => own + unit));
    const unmetWeight = sumOf(weights, (i) => unmetTopics[i]);
    const askedUnmet = sumOf(weights, (i) => unmetTopics[i] && asked.has(i));
    const unmet = (unmetWeight * 2 > total ? unmetWeight : askedUnmet) + (topProfile ? this.unexplainedActionWeight(question, parts, query, weights, explains) : 0);
    // Everyday words the top entry does not explain ("去年", "东西", "a blue jumper") are set aside in part below the cap,
    // and so is the story told around a question whose asked clause the entry explains (unexplainedStory); not for
    // an entry in the other language, which has none of the question's words and would set all of them aside.
    const sameLanguage = topProfile?.lang === lang;
    const detail = sameLanguage ? RANKING.everydayDetail[lang] * this.unexplainedEveryday(query, weights, everyday, explains) : 0;
    const intent = lang === 'zh' && INTENT_ZH.test(question);
    const story = sameLanguage ? this.unexplainedStory(query, weights, everyday, explains, { own, asked, unmetTopics, intent }) : 0;
    const sufficient = Math.min(total - detail - story, cap) + RANKING.beyondSufficient * Math.max(0, total - story - cap);
    const signals: ConfidenceSignals | null = top && topProfile
      ? {
          share: Math.min(1, top.explained / Math.max(sufficient, top.explained + unmet)),
          coverage: top.score,
          tightness: top.tightness,
          margin: Math.min(margin, 1),
          sameLanguage: top.lang === lang,
          total,
          unmet,
          foreign: this.unexplainedForeign(query, topProfile, explains, this.foreignStory(query, lang, question, everyday, explains, { own, asked })),
          asks: this.unansweredAsks(query, topProfile),
          unstated: factsAsked.filter((kind) => !this.index.entryHas(topProfile.id, `?${kind}`)),
          unwritten: lang === 'zh' && this.unwrittenAskedTopic(query, unmetTopics, asked),
          // Only a question read alone: in context, the words of earlier turns come first in the query, and a question
          // with an unexplained asked thing takes context only when it points back (retrieve).
          askedThing: lang === 'en' && parts.length === 1 ? this.unmetAskedThing(question, query, everyday, explains) : null,
        }
      : null;
    const confidence = signals
      ? confidenceOf(signals.share, signals.tightness, margin) *
        (signals.foreign.length ? RANKING.foreignTopic : 1) *
        (signals.asks.length ? RANKING.unansweredAsk : 1) *
        (signals.unstated.length ? RANKING.unstatedFact : 1) *
        (signals.unwritten ? RANKING.unwrittenAskedTopic : 1) *
        (signals.askedThing ? (signals.askedThing === 'unknown' ? RANKING.unknownAskedThing : RANKING.unexplainedAskedThing) : 1) *
        (!signals.sameLanguage && signals.tightness === 0 ? RANKING.translatedAnswerOnly : 1)
      : 0;
    // The confidence is the best match's; its twin in the customer's language only changes which of the two answers.
    const hits = this.inCustomersLanguage(scored.map((item) => item.hit), lang);
    return { lang, hits: hits.slice(0, limit), confidence: round(confidence), signals };
  }

  /**
   * The topic units (not everyday words) of the asked clauses of a long question that tells more than it asks
   * (RANKING.askedClause); null when there are none, or the question is short or all asked.
   */
  private askedTopicUnits(parts: { text: AnalyzedText }[], query: AnalyzedText, weights: readonly number[], everyday: readonly boolean[], total: number, lang: Lang): Set<number> | null {
    const own = parts[parts.length - 1].text;
    if (own.asked.length === own.units.length || total <= RANKING.askedClauseFrom[lang] * RANKING.sufficientWeight[lang]) return null;
    const start = query.units.length - own.units.length;
    const units = new Set(own.asked.map((unit) => start + unit).filter((unit) => !everyday[unit] && weights[unit] > 0));
    return units.size > 0 ? units : null;
  }

  /**
   * The top hit's rank lead over the next entry that is not its twin in the other language (entry-twins.ts): a
   * bilingual FAQ answers one topic twice, and the twin ranking close behind says nothing about which topic the
   * question is about.
   */
  private marginOverRival(scored: readonly { hit: RetrievalHit; rank: number }[]): number {
    const [top, ...rest] = scored;
    if (!top) return Infinity;
    const rival = rest.find(({ hit }) => hit.lang === top.hit.lang || !this.twins.areTwins(top.hit.id, hit.id));
    return rival ? top.rank - rival.rank : Infinity;
  }

  /**
   * Adds RANKING.statedFact to the rank of the entries that state every kind of fact the question asks for
   * (asked-facts.ts). An entry in the other language only when its questions ask for it too, or when it already
   * ranks above every entry in the customer's language: its answer may state a place or a name about another topic
   * ("Where can I buy a kitten around here?" for a pet shop's Chinese entry on the supplies it sells and delivers),
   * and the bonus is not to lift it over them; one that leads keeps its lead ("Where can I leave my bag?" for a gym's
   * Chinese locker entry, over its English crèche entry that says "book at reception").
   */
  private rankStatedFacts(scored: { hit: RetrievalHit; rank: number }[], asked: readonly FactKind[], lang: Lang): void {
    const has = (id: number, prefix: string) => asked.every((kind) => this.index.entryHas(id, `${prefix}${kind}`));
    const ownBest = Math.max(-Infinity, ...scored.filter((item) => item.hit.lang === lang).map((item) => item.rank));
    for (const item of scored) {
      const lifted = item.hit.lang === lang ? has(item.hit.id, '?') : has(item.hit.id, '?asked:') || (item.rank >= ownBest && has(item.hit.id, '?'));
      if (lifted) item.rank += RANKING.statedFact;
    }
  }

  /**
   * Weight the question's asked action (ASKED_ACTION) counts against the top entry: RANKING.unexplainedAction times its
   * own when the entry does not explain it, 0 when it does, or when it is an everyday verb ("can I use…", "do you
   * offer…") or one a lexicon reads as a topic (the topic rules above judge those: "can I lift in jeans" at a gym).
   */
  private unexplainedActionWeight(question: string, parts: { text: AnalyzedText }[], query: AnalyzedText, weights: readonly number[], explains: readonly boolean[]): number {
    const word = ASKED_ACTION.exec(question)?.[1];
    const stem = word && tokenize(word)[0]?.text;
    if (!stem) return 0;
    // The question is the last part; earlier turns come first in the merged query.
    const own = parts[parts.length - 1].text.units;
    const at = own.indexOf(`w:${canonicalStem(stem)}`);
    const unit = at < 0 ? -1 : query.units.length - own.length + at;
    if (unit < 0 || unitSpecificity(query.units[unit]) < 1 || query.unitConcepts[unit].length > 0 || explains[unit]) return 0;
    return RANKING.unexplainedAction * weights[unit];
  }

  /**
   * Whether the thing an English yes/no availability question asks for (AVAILABILITY, PROPERTY; up to SLOT_END) has a
   * content word (no everyday word, no container noun) the top entry does not explain: 'unknown' when no entry has it
   * in any form (RetrievalIndex.knowsUnit), else 'unexplained'; null when it has none (RANKING.unknownAskedThing).
   */
  private unmetAskedThing(question: string, query: AnalyzedText, everyday: readonly boolean[], explains: readonly boolean[]): ConfidenceSignals['askedThing'] {
    const slot = AVAILABILITY.exec(question)?.[1] ?? PROPERTY.exec(question)?.[1];
    const words = slot?.toLowerCase().split(/\s+/u).filter(Boolean) ?? [];
    if (words.length === 0 || SLOT_POINTS_BACK.test(words[0])) return null;
    const end = words.findIndex((word) => SLOT_END.test(word));
    const thing = words.slice(0, end < 0 ? words.length : end).filter((word) => !SLOT_GENERIC.test(word));
    let unmet: ConfidenceSignals['askedThing'] = null;
    for (const { text } of tokenize(thing.join(' '))) {
      const unit = query.units.indexOf(`w:${canonicalStem(text)}`);
      if (unit < 0 || everyday[unit] || explains[unit] || unitSpecificity(query.units[unit]) < 1) continue;
      if (!this.index.knowsUnit(query, unit)) return 'unknown';
      unmet = 'unexplained';
    }
    return unmet;
  }

  /**
   * For each of the question's units, true when it carries a lexicon topic (not only "how long?" / "how much?") no
   * entry has, and the top entry does not match it as a word either (毛巾 matches a towel entry that has no linen concept).
   */
  private unmetTopicUnits(query: AnalyzedText, explains: readonly boolean[]): boolean[] {
    return query.unitConcepts.map((concepts, i) => {
      const topics = concepts.filter((concept) => !ATTRIBUTE_CONCEPTS.has(concept));
      return topics.length > 0 && !topics.some((concept) => this.index.hasConcept(concept)) && !explains[i];
    });
  }

  /**
   * True when an asked unit carries a lexicon topic no entry has (unmetTopicUnits) and every unit of the question that
   * names that topic is unknown to the knowledge base in any sense (RetrievalIndex.knowsUnit): for Chinese, a word
   * none of whose characters any entry writes (冰箱, 课程), not one that shares a character with the KB (手机, 保养).
   */
  private unwrittenAskedTopic(query: AnalyzedText, unmetTopics: readonly boolean[], asked: ReadonlySet<number>): boolean {
    const unwritten = (unit: number) => !this.index.knowsUnit(query, unit);
    return unmetTopics.some(
      (unmet, i) =>
        unmet &&
        asked.has(i) &&
        query.unitConcepts[i].some((concept) => !ATTRIBUTE_CONCEPTS.has(concept) && (query.concepts.get(concept) ?? [i]).every(unwritten)),
    );
  }

  /**
   * Weight of the story told around the question (the units outside its asked clauses: who, when, why) that the top
   * entry does not explain, when the entry explains the asked clauses: one of their topic words, and every unit of them
   * but everyday words. "I need my shirt for an interview on Friday, dropping it off today, will it be ready?" is
   * then judged by "will it be ready", not diluted by the interview. Not a story unit whose lexicon topic no entry
   * has (unmetTopicUnits: "我妈想配一副活动假牙，你们能做吗" names what is asked for before asking), and nothing when no
   * clause asks ("the glass arrived broken" is all of its point). Also when the entry explains the asked clauses but
   * for one word (mostlyAskedStory), unless a Chinese story tells what the customer wants to do (`intent`, INTENT_ZH:
   * "想跟你们品牌合作推广，找谁谈" asks about the partnership, not whom to call).
   */
  private unexplainedStory(
    query: AnalyzedText,
    weights: readonly number[],
    everyday: readonly boolean[],
    explains: readonly boolean[],
    { own, asked, unmetTopics, intent }: { own: number; asked: ReadonlySet<number>; unmetTopics: readonly boolean[]; intent: boolean },
  ): number {
    const story = this.storyUnits(everyday, explains, { own, asked }) ?? (intent ? null : this.mostlyAskedStory(query, everyday, explains, { own, asked }));
    return story ? sumOf(weights, (i) => story(i) && !explains[i] && !everyday[i] && !unmetTopics[i]) : 0;
  }

  /**
   * The story around asked clauses the top entry explains but for one topic word, when one it explains carries a
   * lexicon topic (not only "how much?"): "人已经回老家了 印好的能寄给我吗" asks to post (寄), though the entry on
   * delivery does not write 印; "钱还没凑齐，下周就到日子了，能不能再往后押几个月" asks to pawn for months more (押几个月),
   * though the entry on renewing does not write 往后. The story (老家, 凑齐) is then set aside as when all is explained. Not when
   * what it explains is a word no lexicon reads ("毛衣起球严重，能帮忙处理一下吗": 处理 tells nothing of the stain
   * entry's topic; the pilling is the question's point). 102 sets: gain 8 (1 VALID), lose 0; any explained word:
   * gain 10 lose 1; also two unexplained words or fewer but half the asked weight explained: gain 12 lose 2.
   */
  private mostlyAskedStory(
    query: AnalyzedText,
    everyday: readonly boolean[],
    explains: readonly boolean[],
    { own, asked }: { own: number; asked: ReadonlySet<number> },
  ): ((unit: number) => boolean) | null {
    const askedUnits = [...asked];
    const topical = (i: number) => !everyday[i] && query.unitConcepts[i].some((concept) => !ATTRIBUTE_CONCEPTS.has(concept));
    if (!askedUnits.some((i) => explains[i] && topical(i))) return null;
    if (askedUnits.filter((i) => !explains[i] && !everyday[i]).length > 1) return null;
    return (unit) => unit >= own && !asked.has(unit);
  }

  /**
   * Which units are the story told around the question (outside its asked clauses), when the top entry explains the
   * asked clauses: one of their topic words, and every unit of them but everyday words; null otherwise, and when no
   * clause asks. Units of the question itself (from `own` on): earlier turns are no story of it.
   */
  private storyUnits(everyday: readonly boolean[], explains: readonly boolean[], { own, asked }: { own: number; asked: ReadonlySet<number> }): ((unit: number) => boolean) | null {
    const askedUnits = [...asked];
    if (!askedUnits.some((i) => explains[i] && !everyday[i]) || !askedUnits.every((i) => explains[i] || everyday[i])) return null;
    return (unit) => unit >= own && !asked.has(unit);
  }

  /**
   * The story around an English question for foreign domains (unexplainedForeign): storyUnits, and also, when a
   * clause with no foreign form has a word (no everyday word) the top entry explains, the units outside the asked
   * clauses: "trip got called off, my drop off was next wednesday, do i lose the 50" asks the business about its own
   * cancelled drop-off, though the asked clause has no word the entry has. In a message that asks nothing, the units
   * outside such clauses ("my external drive clicks and won't mount, my thesis is on it"). The clause must hold no
   * foreign form: "my bank app keeps locking me out, how do I fix it" stays the bank's. 94 sets: gain 7 lose 0 (any
   * clause: gain 7 lose 2, the bank app and a petrol station's charge answered; only words with a lexicon concept
   * and only asking messages: gain 6 lose 0). A Chinese question the same, unless a clause telling an intent names the
   * other domain (intendsForeign; see unexplainedForeign): "刚入职 公司让自己弄名片…多久能拿" and "论文页码老是设置不对
   * 目录也乱了 能帮我调一下吗" ask the print shop of its cards and layout, not of a job or a school (102 sets: gain 11, 1 of them VALID, lose 0; storyUnits
   * alone missed them, the asked clause having a word such as 拿 or 调 the entry does not write).
   */
  private foreignStory(
    query: AnalyzedText,
    lang: Lang,
    question: string,
    everyday: readonly boolean[],
    explains: readonly boolean[],
    { own, asked }: { own: number; asked: ReadonlySet<number> },
  ): ((unit: number) => boolean) | null {
    if (lang !== 'en' && intendsForeign(question, query)) return null;
    const story = this.storyUnits(everyday, explains, { own, asked });
    if (story) return story;
    const forms = new Set([...query.foreignForms.values()].flat());
    const named = query.clauses.filter(
      (clause) => !clause.some((unit) => forms.has(unit)) && clause.some((i) => i >= own && explains[i] && !everyday[i]),
    );
    if (named.length === 0) return null;
    if (asked.size > 0) return (unit) => unit >= own && !asked.has(unit);
    const told = new Set(named.flat());
    return (unit) => unit >= own && !told.has(unit);
  }

  /**
   * Requests (ASK_CONCEPTS) the query makes that the top entry does not answer: it has neither the request's concept
   * nor one that answers it too (an entry about brands answers which brand), and lacks one of its words, as the
   * word or a thesaurus synonym (an entry that says 通知 answers 提醒). Not as another lexicon concept of the word:
   * an exchange entry has the size concept of 穿什么码 and 偏大还是偏小, not the advice asked for; and 作废 (void)
   * was read as a document to reissue where the entry has the points' expiry.
   */
  private unansweredAsks(query: AnalyzedText, top: EntryProfile): string[] {
    // In any of its fields (RetrievalIndex.entryHas).
    const has = (concept: string) => this.index.entryHas(top.id, `@${concept}`);
    const answers = (unit: number) => query.unitKeys[unit].some((key) => this.index.entryHas(top.id, key)) || query.unitSynonyms[unit].some(has);
    return [...query.concepts]
      .filter(([concept, units]) => {
        const answering = ASK_CONCEPTS.get(concept);
        return answering !== undefined && !has(concept) && !answering.some(has) && !units.every(answers);
      })
      .map(([concept]) => concept);
  }

  /**
   * Foreign domains (foreign-domains.ts) the query names with a form that is not this business's own word. A form
   * is its own when the top entry has each of its words (as a word or a concept, in any field); when the
   * questions or tags of several entries use the form itself (a dental clinic's "see a dentist", a rental shop's
   * "rent": one entry may use it in another sense, "hire the venue" is no job); or when the top entry's
   * questions or tags have a word of it that the entry does not match as a word, inside another form of the same
   * domain (开车 where the entry asks 方便停车吗, 社保 where it asks about 医保; but 美团…会员 stays the platform's
   * membership where the entry asks about ordering on 美团: 美团 matches, 会员 is in no form). An answer's mention
   * is not enough: a shop's refund answer names the bank card, and "my bank app keeps locking me out" is still the
   * bank's. A service some businesses offer (OFFERED_DOMAINS) is the question's whenever no entry of the knowledge
   * base names it (a form of it in any field), and never when one does: the top entry having the form's words, apart
   * or in another sense, is no offer of it (a music school's practice-room entry, "no piano at home", for "do your
   * teachers come to our house"; a campsite's entry on what a hired tent burnt or lost costs for 我自己的帐篷坏了，能帮忙
   * 修一下吗). 126 dev sets: gain 5, lose 0 (with 'left behind' as lost property and a bearded dragon no beard).
   * So is a request to the assistant itself (REQUEST_DOMAINS) that no entry names, though the top entry has its words
   * in another sense: "are you a real person?" against a booking entry that says to come in person (126 dev sets: gain
   * 2, lose 0; whenever no entry names it, a translation agency's "translate Arabic documents into Chinese" was handed off).
   * Nor is a form in the story told around an English question whose asked clauses the top entry explains (`story`, foreignStory): "our restaurant needs 30 chairs, any price break?", "the job ran two hours over,
   * how is the extra time billed?", "my card is from a UK bank, will it work at your clinic?" ask the business about
   * its own service, and who the customer is or what happened is no other domain's question. Unless a form of the
   * same domain is in an asked clause ("are you hiring? I'd like to apply for a receptionist job"), or the domain is
   * a service a business may offer (OFFERED_DOMAINS: "pigeons nesting on my AC unit, can you get rid of them?" asks
   * for it). 78 dev sets: gain 7, lose 0. In Chinese only when no clause that names the domain tells an intent
   * (intendsForeign): a clause before a short 怎么报名 / 多少钱 / 几点上班 that says what the customer wants to do (想加盟
   * 你们店, 办护照…) is what they ask about, and three off-topic questions were answered; one that tells what happened or what the thing is
   * (用招商银行卡付的款…几号能看到钱, 我表是机械的…下午还要赶高铁) is context (94 sets: gain 4, 1 of them VALID, lose 0).
   */
  private unexplainedForeign(query: AnalyzedText, top: EntryProfile, explains: readonly boolean[], story: ((unit: number) => boolean) | null): string[] {
    const foreign = new Set<string>();
    // A domain a form names inside the asked clauses is the question's, wherever else it is named.
    const asked = new Set<string>();
    if (story) for (const [form, units] of query.foreignForms) if (!units.every(story)) asked.add(domainOfForm(form));
    for (const [form, units] of query.foreignForms) {
      const domain = domainOfForm(form);
      if (OFFERED_DOMAINS.has(domain)) {
        if (!this.index.names(domain)) foreign.add(domain);
        continue;
      }
      const lacking = units.filter((unit) => !explains[unit]);
      if (story && !asked.has(domain) && lacking.every(story)) continue;
      // Every word of the form in the top entry makes it the business's, but not a request to the assistant that no entry names.
      const own = lacking.length === 0 && (!REQUEST_DOMAINS.has(domain) || this.index.names(domain));
      if (foreign.has(domain) || own || this.index.askedWith(form) >= FOREIGN.askedByEntries) continue;
      if (!lacking.some((unit) => top.askedForeign.has(`${domain}:${query.units[unit]}`))) foreign.add(domain);
    }
    return [...query.foreign.keys()].filter((domain) => foreign.has(domain));
  }

  /**
   * Weight of the question's everyday units (去年, 东西, 现在; a product's name, a colour) the top entry does not
   * explain, when it explains one of its topic words (not only "多少" / "how long"): detail around the question's
   * point. None when it explains only everyday words ("What is 17 times 23?", of which an entry has only "times").
   */
  private unexplainedEveryday(query: AnalyzedText, weights: readonly number[], everyday: readonly boolean[], explains: readonly boolean[]): number {
    const pointExplained = query.units.some(
      (_, i) => !everyday[i] && explains[i] && !(query.unitConcepts[i].length > 0 && query.unitConcepts[i].every((concept) => ATTRIBUTE_CONCEPTS.has(concept))),
    );
    return pointExplained ? sumOf(weights, (i) => everyday[i] && !explains[i]) : 0;
  }

  /** True when one of the entry's fields has the question's unit as a word or one of its concepts. */
  private explainsUnit(query: AnalyzedText, profile: EntryProfile, unit: number): boolean {
    return (
      query.unitKeys[unit].some((key) => this.index.entryHas(profile.id, key)) ||
      query.unitConcepts[unit].some((concept) => this.index.entryHas(profile.id, `@${concept}`))
    );
  }

  /** Each unit's weight in the query (a product's name counts as an everyday word) and their sum. */
  private unitWeights(parts: { text: AnalyzedText; weight: number }[]): { weights: number[]; total: number; everyday: boolean[] } {
    const everyday: boolean[] = [];
    const weights = parts.flatMap((part) => {
      // A product's name and a measure word after a number (两张, 三双) are details of the question.
      const details = new Set([...part.text.goods.values()].flat().concat(part.text.everyday));
      // A number, colour or pronoun no entry uses ("3 of the 4", "a blue one", "everything") only describes; one
      // the KB uses ("our 8-10 slot", "we unpack everything") may be what the question is about.
      for (const unit of part.text.details) if (!this.index.hasStem(part.text.units[unit].slice(2))) details.add(unit);
      const phrased = everydayPhrases(part.text);
      return part.text.units.map((unit, i) => {
        const specificity = details.has(i) ? GENERIC_WEIGHT : phrased.has(i) ? 1 : unitSpecificity(unit);
        everyday.push(specificity < 1);
        return part.weight * specificity * this.index.unitWeight(unit);
      });
    });
    return { weights, total: weights.reduce((sum, weight) => sum + weight, 0), everyday };
  }

  /** A top hit in the other language gives way to its twin in the customer's language when the twin matches nearly as well (entry-twins.ts). */
  private inCustomersLanguage(hits: RetrievalHit[], lang: Lang): RetrievalHit[] {
    const top = hits[0];
    if (!top || top.lang === lang) return hits;
    const twin = hits.find((hit) => hit.lang === lang && hit.coverage >= TWINS.minRelativeCoverage * top.coverage && this.twins.areTwins(top.id, hit.id));
    return twin ? [twin, ...hits.filter((hit) => hit !== twin)] : hits;
  }

  /**
   * How much of the entry's questions (all its variants as one text) each entry in the other language explains,
   * and the names that depends on (entry-twins.ts): the units, whose weights and spellings (hasStem) are read from
   * the index, and every name explained() looks up.
   */
  private counterparts(id: number): Counterparts {
    const profile = this.index.profiles.get(id);
    const shares = new Map<number, number>();
    if (!profile) return { shares, reads: [] };
    // Only the per-unit lists are kept of a variant (QuestionVariant), and only they are read here.
    const questions = mergeAnalyses(profile.variants.map((variant) => ({ ...emptyAnalysis(), ...variant })));
    const reads = new Set(questions.units);
    const { weights, total } = this.unitWeights([{ text: questions, weight: 1 }]);
    if (total === 0) return { shares, reads };
    for (const [other, weight] of this.index.explained(questions, weights, this.conceptWeight, profile.lang, reads)) {
      if (this.index.profiles.get(other)?.lang !== profile.lang) shares.set(other, weight.ranking / total);
    }
    return { shares, reads };
  }
}

/**
 * Units of the English lexicon phrases made only of everyday words ("take a look", "first time", "come back"):
 * the phrase names a topic as a whole, so its words weigh as a topic word, not as filler. Not "how long" / "how
 * much" (ATTRIBUTE_CONCEPTS), which ask about a topic without naming one. 94 sets: gain 2 (an in-scope question, an
 * off-topic "can your vet take a look?" at a groomer handed off), lose 0; any phrase with an everyday word in it
 * ("gets back to me" as money back) gained 10 and lost 9.
 */
function everydayPhrases(text: AnalyzedText): Set<number> {
  const phrased = new Set<number>();
  for (const [concept, units] of text.concepts) {
    if (ATTRIBUTE_CONCEPTS.has(concept) || new Set(units).size < 2) continue;
    if (units.every((unit) => text.units[unit].startsWith('w:') && unitSpecificity(text.units[unit]) < 1)) for (const unit of units) phrased.add(unit);
  }
  return phrased;
}

/**
 * Confidence of the top hit: how well it and the question explain each other, lowered by up to 15 % when a
 * runner-up ranks almost as high (the question may be about either). Mostly the share of the question the
 * entry explains (capped at 1, see sufficientWeight), partly (RANKING.confidenceTightness) the share of the
 * entry's closest question the question holds: a customer who tells a situation around the whole of an entry's
 * question explains as little of their own words as an off-topic question sharing a word with an entry, but
 * from the entry's side they differ (README "Answering": the confidence from both sides).
 */
export function confidenceOf(explainedShare: number, tightness: number, margin: number): number {
  const clarity = Math.min(1, margin / RANKING.clearMargin);
  const match = (1 - RANKING.confidenceTightness) * Math.min(1, explainedShare) + RANKING.confidenceTightness * Math.min(1, tightness);
  return round(match * (0.85 + 0.15 * clarity));
}

function toHit(profile: EntryProfile, weight: ExplainedWeight, total: number, tight: number): RetrievalHit {
  return {
    id: profile.id,
    ref: profile.ref,
    question: profile.question,
    lang: profile.lang,
    score: round(weight.evidence / total),
    coverage: weight.ranking / total,
    explained: weight.evidence,
    tightness: tight,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The `max` candidates with the highest ranking that `keeps` accepts, best first, the lower id first among equals: the
 * first `max` of all of them sorted so, without sorting them all (at 10,000 entries a question shares a character with
 * thousands, and some three in four of them come within RANKING.shortlistMargin of the best).
 */
export function shortlistOf({ ids, ranking, evidence }: Candidates, keeps: (ranking: number) => boolean, max: number): [number, ExplainedWeight][] {
  // Candidate positions, best first.
  const kept: number[] = [];
  const before = (a: number, b: number) => ranking[a] > ranking[b] || (ranking[a] === ranking[b] && ids[a] < ids[b]);
  for (let k = 0; k < ids.length && max > 0; k++) {
    if (!keeps(ranking[k]) || (kept.length === max && !before(k, kept[max - 1]))) continue;
    let at = kept.length;
    while (at > 0 && before(k, kept[at - 1])) at--;
    kept.splice(at, 0, k);
    if (kept.length > max) kept.pop();
  }
  return kept.map((k) => [ids[k], { ranking: ranking[k], evidence: evidence[k] }]);
}

/** One query made of several texts (earlier turns, then the question): units concatenated, keys and concepts merged. */
function mergeAnalyses(texts: AnalyzedText[]): AnalyzedText {
  if (texts.length === 1) return texts[0];
  const merged = emptyAnalysis();
  for (const text of texts) {
    const offset = merged.units.length;
    merged.units.push(...text.units);
    merged.unitKeys.push(...text.unitKeys);
    merged.unitConcepts.push(...text.unitConcepts);
    merged.unitSynonyms.push(...text.unitSynonyms);
    merged.everyday.push(...text.everyday.map((unit) => unit + offset));
    merged.details.push(...text.details.map((unit) => unit + offset));
    merged.lone.push(...text.lone.map((unit) => unit + offset));
    merged.unitRelatives.push(...text.unitRelatives);
    merged.unitSplit.push(...text.unitSplit);
    text.splitPairs.forEach((pair) => merged.splitPairs.add(pair));
    merged.asked.push(...text.asked.map((unit) => unit + offset));
    merged.clauses.push(...text.clauses.map((clause) => clause.map((unit) => unit + offset)));
    text.keys.forEach((key) => merged.keys.add(key));
    text.chars.forEach((char) => merged.chars.add(char));
    for (const [from, into] of [[text.concepts, merged.concepts], [text.foreign, merged.foreign], [text.foreignForms, merged.foreignForms], [text.goods, merged.goods], [text.synonyms, merged.synonyms]] as const) {
      for (const [concept, units] of from) into.set(concept, [...(into.get(concept) ?? []), ...units.map((unit) => unit + offset)]);
    }
  }
  return merged;
}
