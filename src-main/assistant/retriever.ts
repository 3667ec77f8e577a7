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
import type { Lang } from '../shared/api/faq.ts';
import { askedFacts, type FactKind } from './asked-facts.ts';
import { ATTRIBUTE_CONCEPTS } from './concept-lexicon.ts';
import { ConfidenceSignalReader, type ConfidenceSignals } from './confidence-signals.ts';
import { EntryTwins, TWINS, type Counterparts, type TwinRowObserver } from './entry-twins.ts';
import { isEnglishWord } from './english-words.ts';
import { IndexWarmup } from './index-warmup.ts';
import { detectLang } from './language.ts';
import { tightness } from './match-score.ts';
import { FOLLOW_UP, INTENT_ZH, isTopicless, namesOwnThing, PRONOUN, sumOf } from './question-shapes.ts';
import { MARKED, RANKING } from './ranking-constants.ts';
import { RetrievalIndex, type Candidates, type EntryProfile, type EntryStamp, type ExplainedWeight, type IndexableEntry, type IndexReadObserver } from './retrieval-index.ts';
import { correctSpelling, type SpellingVocabulary } from './spelling.ts';
import { ENGLISH_STOPWORDS, GENERIC_WEIGHT } from './stopwords.ts';
import { analyze, emptyAnalysis, isLexiconStem, isLexiconWord, unitSpecificity, type AnalyzedText } from './text-analysis.ts';

export interface KnowledgeSource {
  /** Changes whenever any entry changes; the index re-syncs only then. */
  revision(): number;
  /** Id and last change of every enabled, live entry (cheap: read at each revision change). */
  stamps(): Iterable<EntryStamp>;
  /** Those entries in full (only new or changed ones are asked for). */
  load(ids: number[]): Iterable<IndexableEntry>;
  /** Optional BM25 ranking from the full-text index (id → higher-is-better score). */
  bm25?(question: string): Map<number, number>;
  /**
   * Questions marked "hand off questions like this" (review-service.ts), as entries of their own revision, stamps and
   * ids: question and language only. The ranker keeps them apart from the entries (they never rank as hits, nor move an
   * entry's statistics) and matches them with the entries' unit weights (MARKED).
   */
  examples?: Pick<KnowledgeSource, 'revision' | 'stamps' | 'load'>;
}

/** The marked example a question is more like than any entry (MARKED): the question is handed off ('marked'). */
export interface MarkedMatch {
  /** The example's id (MarkedExampleRepository). */
  id: number;
  question: string;
  /** Its match, and the best entry's, as MARKED compares them. */
  match: number;
  entryMatch: number;
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
  /** Set when the question alone is more like a marked example than like any entry: it is handed off (decide.ts answerMode). */
  marked?: MarkedMatch;
}

export interface RetrieveOptions {
  /** Earlier customer questions of the conversation, most recent last. */
  history?: readonly string[];
  limit?: number;
}

/** How the chat and `concierge eval` rank a question: the word ranker, then the meaning re-rank (meaning-rerank.ts). */
export type RankQuestion = (question: string, options?: RetrieveOptions) => Promise<Retrieval>;

/**
 * Told of everything a ranking reads of the knowledge base and of everything syncing moves (Retriever.observeReads):
 * the index's reads, the twins' rows, and each entry added, changed or removed with the names whose postings or
 * question counts it moved (EntryChangeListener: read before returning, as often as wanted).
 */
export interface KbReadObserver extends IndexReadObserver, TwinRowObserver {
  entryChanged(id: number, names: Iterable<string>): void;
}

/** Ranks closer than this are equal (sums of the same shares in another order). */
const RANK_TIE = 1e-9;

/** Longest question the ranker reads; the rest of a pasted essay adds cost, not meaning. */
export const MAX_QUESTION_CHARS = 2_000;

export class Retriever {
  private readonly index = new RetrievalIndex();
  private readonly warmup: IndexWarmup;
  /**
   * The marked examples, analysed as entries are but in an index of their own, so they never become hits and leave
   * the entries' statistics (unit weights, spelling vocabulary, the signals' postings) as they are. They are matched
   * with the entries' index's weights (markedMatch): the same scale as an entry's match, which an index weighing
   * units by a handful of examples would not give.
   */
  private readonly examples = new RetrievalIndex();
  private readonly examplesWarmup: IndexWarmup | null;
  private readonly twins = new EntryTwins((id) => this.counterparts(id));
  private readonly signalReader = new ConfidenceSignalReader(this.index);

  /** Told of the knowledge base's reads and changes (observeReads); null by default. */
  private observer: KbReadObserver | null = null;

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
    this.index.onEntryChange((id, names) => {
      this.observer?.entryChanged(id, names);
      this.twins.changed(id, names);
    });
    this.warmup = new IndexWarmup(this.index, source);
    this.examplesWarmup = source.examples ? new IndexWarmup(this.examples, source.examples) : null;
  }

  /**
   * Tells `observer` (null: no one) of everything a ranking reads of the knowledge base, as it reads it: the index's
   * postings, question counts, profiles and spellings, and the twins' rows; and of what syncing moves: the names of
   * each entry added, changed or removed, the words respelled and the twin rows dropped. Not the marked examples.
   */
  observeReads(observer: KbReadObserver | null): void {
    this.observer = observer;
    this.index.observeReads(observer);
    this.twins.observeRows(observer);
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
    this.examplesWarmup?.syncNow();
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
    // Earlier turns do not make a question like an example: the question alone is compared (retrieve).
    const markedOf = (hits: readonly RetrievalHit[]) => (parts.length === 1 ? this.markedMatch(query, weights, total, lang, hits) : undefined);
    if (candidates.ids.length === 0 || total === 0) return { lang, hits: [], confidence: 0, signals: null, marked: markedOf([]) };

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
      const profile = this.index.profile(id);
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
    const topProfile = top && this.index.profile(top.id);
    // Which of the question's units the top entry has, as a word or a concept: what each signal below reads.
    const explains = topProfile ? query.units.map((_, i) => this.explainsUnit(query, topProfile, i)) : [];
    // When most of the question is a topic the lexicons recognise ("can I bring my dog inside?") and no entry has,
    // it is the question's point, not detail to overlook (sufficientWeight): it counts against the share in full.
    // Less than half is often a lexicon reading a detail in another business's sense ("join video calls"). So is an
    // action the question asks that the entry does not explain ("can I shower after dry needling?").
    // In the clause that asks (AnalyzedText.asked: "…, can I have it in gold thread?"), such a topic counts in full
    // however little of the question it is: it is what the customer wants to know, not the story around it.
    const unmetTopics = topProfile ? this.signalReader.unmetTopicUnits(query, explains) : [];
    // The question is the last part of the query, after earlier turns: its asked clauses are those read.
    const own = query.units.length - parts[parts.length - 1].text.units.length;
    const asked = new Set(parts[parts.length - 1].text.asked.map((unit) => own + unit));
    const unmetWeight = sumOf(weights, (i) => unmetTopics[i]);
    const askedUnmet = sumOf(weights, (i) => unmetTopics[i] && asked.has(i));
    const unmet = (unmetWeight * 2 > total ? unmetWeight : askedUnmet) + (topProfile ? this.signalReader.unexplainedActionWeight(question, parts, query, weights, explains) : 0);
    // Everyday words the top entry does not explain ("去年", "东西", "a blue jumper") are set aside in part below the cap,
    // and so is the story told around a question whose asked clause the entry explains (unexplainedStory); not for
    // an entry in the other language, which has none of the question's words and would set all of them aside.
    const sameLanguage = topProfile?.lang === lang;
    const detail = sameLanguage ? RANKING.everydayDetail[lang] * this.signalReader.unexplainedEveryday(query, weights, everyday, explains) : 0;
    const intent = lang === 'zh' && INTENT_ZH.test(question);
    const story = sameLanguage ? this.signalReader.unexplainedStory(query, weights, everyday, explains, { own, asked, unmetTopics, intent }) : 0;
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
          foreign: this.signalReader.unexplainedForeign(query, topProfile, explains, this.signalReader.foreignStory(query, lang, question, everyday, explains, { own, asked })),
          asks: this.signalReader.unansweredAsks(query, topProfile),
          unstated: factsAsked.filter((kind) => !this.index.entryHas(topProfile.id, `?${kind}`)),
          unwritten: lang === 'zh' && this.signalReader.unwrittenAskedTopic(query, unmetTopics, asked),
          // Only a question read alone: in context, the words of earlier turns come first in the query, and a question
          // with an unexplained asked thing takes context only when it points back (retrieve).
          askedThing: lang === 'en' && parts.length === 1 ? this.signalReader.unmetAskedThing(question, query, everyday, explains) : null,
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
    return { lang, hits: hits.slice(0, limit), confidence: round(confidence), signals, marked: markedOf(hits) };
  }

  /**
   * The marked example the question is more like than any of the shortlisted entries `hits` (MARKED), if any. Both are
   * matched alike: coverage under the entries' weights `weights`, tightness, language.
   */
  private markedMatch(query: AnalyzedText, weights: readonly number[], total: number, lang: Lang, hits: readonly RetrievalHit[]): MarkedMatch | undefined {
    if (this.examples.size === 0 || total === 0) return undefined;
    const matchOf = (coverage: number, tight: number, exampleLang: Lang) =>
      coverage + RANKING.tightness * tight + (exampleLang === lang ? RANKING.sameLanguage : 0);
    const entryMatch = Math.max(0, ...hits.map((hit) => matchOf(hit.coverage, hit.tightness, hit.lang)));
    const { ids, ranking } = this.examples.candidates(query, weights, this.conceptWeight, lang);
    let best: MarkedMatch | undefined;
    for (let k = 0; k < ids.length; k++) {
      const coverage = ranking[k] / total;
      const profile = this.examples.profile(ids[k]);
      if (!profile || coverage < MARKED.coverage) continue;
      const tight = tightness(query, profile.variants);
      const match = matchOf(coverage, tight, profile.lang);
      if (tight >= MARKED.tightness && match > entryMatch && match > (best?.match ?? -Infinity)) {
        best = { id: profile.id, question: profile.question, match: round(match), entryMatch: round(entryMatch) };
      }
    }
    return best;
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
    const profile = this.index.profile(id);
    const shares = new Map<number, number>();
    if (!profile) return { shares, reads: [] };
    // Only the per-unit lists are kept of a variant (QuestionVariant), and only they are read here.
    const questions = mergeAnalyses(profile.variants.map((variant) => ({ ...emptyAnalysis(), ...variant })));
    const reads = new Set(questions.units);
    const { weights, total } = this.unitWeights([{ text: questions, weight: 1 }]);
    if (total === 0) return { shares, reads };
    for (const [other, weight] of this.index.explained(questions, weights, this.conceptWeight, profile.lang, reads)) {
      if (this.index.profile(other)?.lang !== profile.lang) shares.set(other, weight.ranking / total);
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
