// The ranker's in-memory view of the knowledge base: every enabled entry analysed once, plus postings
// to find candidates quickly. Rebuilt incrementally when the KB revision moves (only changed entries
// are analysed again).
import type { FaqEntry, Lang } from '../shared/api/faq.ts';
import { thesaurusPreparation } from './analysis-tables.ts';
import { statedAttributes } from './answer-facts.ts';
import { factsAskedBy, statedFacts } from './asked-facts.ts';
import { englishWordsPreparation } from './english-words.ts';
import { ANSWER_ALONE, FIELD_WEIGHT, MATCH_CREDIT } from './match-score.ts';
import { GENERIC_WEIGHT } from './stopwords.ts';
import { wordsOf } from './spelling.ts';
import { analyze, domainOfForm, type AnalyzedText } from './text-analysis.ts';

/**
 * What the ranker reads of one question variant of an entry (match-score.ts tightness, the retriever's
 * counterparts): the analysis's per-unit lists, copied into arrays of their exact size. An analysis grows its
 * lists by pushing, which leaves most of them with room for 16 more; kept as analysed, the variants were half
 * of the index's memory at 10,000 entries.
 */
export type QuestionVariant = Pick<AnalyzedText, 'units' | 'unitKeys' | 'unitConcepts' | 'unitSynonyms' | 'unitRelatives' | 'goods' | 'everyday' | 'details'>;

export interface EntryProfile {
  id: number;
  ref: string | null;
  question: string;
  lang: Lang;
  updatedAt: string;
  /** The question and each similar question, analysed separately (for how much of them a query explains). */
  variants: QuestionVariant[];
  /**
   * The foreign-domain units its questions and tags cover, as `domain:unit` (停车 gives `vehicles:c:车`):
   * the words customers ask this business with (confidence-signals.ts unexplainedForeign).
   */
  askedForeign: ReadonlySet<string>;
  /** Its English words as spelled in any field, joined by spaces (compact: only the index's vocabulary reads them). */
  words: string;
}

export type IndexableEntry = Pick<FaqEntry, 'id' | 'ref' | 'question' | 'answer' | 'paraphrases' | 'tags' | 'category' | 'lang' | 'updatedAt'>;

/** Weight of a query's units an entry explains, for ranking and as evidence for the confidence (`RetrievalIndex.explained`). */
export interface ExplainedWeight {
  ranking: number;
  evidence: number;
}

/** The entries that explain part of a query (`RetrievalIndex.candidates`): the k-th entry's id and its ExplainedWeight. */
export interface Candidates {
  ids: number[];
  ranking: Float64Array;
  evidence: Float64Array;
}

/** When an entry last changed: the index re-analyses an entry only when this moves. */
export type EntryStamp = Pick<FaqEntry, 'id' | 'updatedAt'>;

const LANG_CODE: Record<Lang, number> = { zh: 1, en: 2 };

/** Entries read from the store at once while syncing: one read of 10,000 entries blocks for a third of a second. */
const SYNC_LOAD_BATCH = 100;

/** Field groups in increasing weight (FIELD_WEIGHT); a posting keeps the code (index) of the heaviest one. */
const FIELDS = ['category', 'answer', 'tags', 'questions'] as const;
const [CATEGORY, ANSWER, TAGS, QUESTIONS] = [0, 1, 2, 3];
/** Each field code's weight, in single precision as the postings have always held it. */
const FIELD_WEIGHT_OF = Float32Array.from(FIELDS, (field) => FIELD_WEIGHT[field]);
/** A posting or an entry's term packs a slot or term id with a field code in its two low bits. */
const FIELD_BITS = 2;
const FIELD_MASK = 3;

const NO_FOREIGN: ReadonlySet<string> = new Set();
/** The answer's weight as the postings hold it (single precision), to tell an answer's match in a walk. */
const ANSWER_WEIGHT = FIELD_WEIGHT_OF[ANSWER];

/**
 * Told of an entry added or removed: its id and the names whose postings or question counts moved, made as they
 * are read (an index of 10,000 entries warms with no one to tell), to be read (as often as wanted) before returning.
 */
export type EntryChangeListener = (id: number, names: Iterable<string>) => void;

/**
 * Told of every read a ranking makes of the index, at the point it is made (RetrievalIndex.observeReads), and of the
 * spellings an edit moves: what a result was derived from (training/grounding-reads.ts). Every read of the index's
 * postings, question counts, profiles and spellings goes through the methods that call it; none is made without.
 */
export interface IndexReadObserver {
  /** A name's posting walked or looked up (a key, `@concept`, `#char`, `!foreign`, `?fact`), or its question count (a unit, `@concept`). */
  readName(name: string): void;
  /** Whether entry `id` has the name in any field (entryHas). */
  readEntryHas(id: number, name: string): void;
  /** The entry's profile (profile()). */
  readProfile(id: number): void;
  /** Whether some entry spells the word so (hasWord). */
  readSpelling(word: string): void;
  /** Every word spelled (words()). */
  readVocabulary(): void;
  /** The word is now spelled by some entry, or by none (an entry added or removed; a word can flip back in the same sync). */
  respelled(word: string): void;
}

/** An entry analysed, and its postings: key, `@concept`, `#char`, `!foreign` or `?fact` → code of the heaviest field that has it. */
export interface AnalysedEntry {
  profile: EntryProfile;
  postings: Map<string, number>;
}

/** Adds the postings of one field's text (fields in increasing weight: a later, heavier field overwrites). */
function addPostings(postings: Map<string, number>, field: number, text: AnalyzedText): void {
  for (const key of text.keys) postings.set(key, field);
  for (const pair of text.splitPairs) postings.set(pair, field);
  for (const concept of text.concepts.keys()) postings.set(`@${concept}`, field);
  for (const group of text.synonyms.keys()) postings.set(`@${group}`, field);
  for (const char of text.chars) postings.set(`#${char}`, field);
  for (const domain of text.foreign.keys()) postings.set(`!${domain}`, field);
  for (const form of text.foreignForms.keys()) postings.set(`!${form}`, field);
}

/** Adds the `domain:unit` of each foreign-domain form of the text (停车 gives `vehicles:c:车`). */
function addForeignUnits(into: Set<string>, text: AnalyzedText): void {
  for (const [form, units] of text.foreignForms) {
    const domain = domainOfForm(form);
    for (const unit of units) into.add(`${domain}:${text.units[unit]}`);
  }
}

/** One empty list for every empty list of the variants kept (most units have no concept or thesaurus group); frozen: read only. */
const NONE = Object.freeze([]) as never[];
const exact = <T>(list: T[]): T[] => (list.length === 0 ? NONE : list.slice());

/** The variant as the index keeps it (QuestionVariant): exact-size copies of the lists. */
function kept(text: AnalyzedText): QuestionVariant {
  return {
    units: text.units.slice(),
    unitKeys: text.unitKeys.map(exact),
    unitConcepts: text.unitConcepts.map(exact),
    unitSynonyms: text.unitSynonyms.map(exact),
    // The relatives' lists are shared by every analysis (word-families.ts): only the outer list is the text's.
    unitRelatives: text.unitRelatives.slice(),
    goods: text.goods,
    everyday: exact(text.everyday),
    details: exact(text.details),
  };
}

/**
 * Category texts analysed, by text: a knowledge base files its entries under a few categories (a fixture FAQ:
 * 4 to 20 for 28 entries), and an analysis depends on nothing but the text. Shared: read only.
 */
const categoryAnalyses = new Map<string, AnalyzedText>();
const CATEGORY_ANALYSES_MAX = 1_000;

function analysedCategory(category: string): AnalyzedText {
  let analysis = categoryAnalyses.get(category);
  if (!analysis) {
    if (categoryAnalyses.size >= CATEGORY_ANALYSES_MAX) categoryAnalyses.clear();
    categoryAnalyses.set(category, (analysis = analyze(category)));
  }
  return analysis;
}

function profileEntry(entry: IndexableEntry): AnalysedEntry {
  const variants = [entry.question, ...entry.paraphrases].map((text) => analyze(text));
  const tags = analyze(entry.tags.join('，'));
  const category = analysedCategory(entry.category);
  // Answers are the long texts: thesaurus groups there cost a third of the index build at 10,000 entries
  // and moved no eval set by more than one question.
  const answer = analyze(entry.answer, { thesaurus: false });
  const postings = new Map<string, number>();
  addPostings(postings, CATEGORY, category);
  addPostings(postings, ANSWER, answer);
  // An answer stating a price or a duration answers "how much?" / "多久？" (answer-facts.ts).
  for (const concept of statedAttributes(entry.answer)) postings.set(`@${concept}`, ANSWER);
  // The kinds of fact it states, in its answer or as its questions ask for them (asked-facts.ts), as `?kind`; those its
  // questions ask for also as `?asked:kind`.
  for (const kind of statedFacts(entry.answer)) postings.set(`?${kind}`, ANSWER);
  addPostings(postings, TAGS, tags);
  for (const variant of variants) addPostings(postings, QUESTIONS, variant);
  for (const kind of [entry.question, ...entry.paraphrases].flatMap(factsAskedBy)) {
    postings.set(`?${kind}`, QUESTIONS);
    postings.set(`?asked:${kind}`, QUESTIONS);
  }
  const asked = new Set<string>();
  for (const text of [...variants, tags]) addForeignUnits(asked, text);
  return {
    profile: {
      id: entry.id,
      ref: entry.ref,
      question: entry.question,
      lang: entry.lang,
      updatedAt: entry.updatedAt,
      variants: variants.map(kept),
      askedForeign: asked.size > 0 ? asked : NO_FOREIGN,
      words: wordsOf([entry.question, ...entry.paraphrases, ...entry.tags, entry.category, entry.answer].join(' ')).join(' '),
    },
    postings,
  };
}

export class RetrievalIndex {
  /** The analysed entries, by id: read through profile(), which tells the observer. */
  private readonly profiles = new Map<number, EntryProfile>();
  /**
   * Posting lists: exact key, concept (`@id`), character (`#char`) or foreign domain or form (`!…`) → the entries
   * containing it, each with the best field it occurs in, so a query is scored by walking its postings once.
   * Entries are numbered by dense slots so scoring accumulates into flat arrays. A name is numbered once (a
   * term) and its list holds `slot << FIELD_BITS | field code`, in the order entries were added: one small
   * array of integers per term (a Map per posting was a tenth of the build and much of its garbage). A term
   * whose entries are all gone is forgotten and its number given to the next new name (`freeTerms`): an app
   * that runs for months keeps the terms its entries use, not every word any entry ever had.
   */
  private readonly termOf = new Map<string, number>();
  private readonly termName: string[] = [];
  private readonly postings: number[][] = [];
  /** Numbers of forgotten terms (an empty list, no name), for reuse. */
  private readonly freeTerms: number[] = [];
  /** A query walks a term's list as flat arrays of slots and field weights, made on first use after it changed. */
  private readonly walked: ({ slots: Int32Array; weights: Float32Array } | undefined)[] = [];
  /** The terms of the entry in each slot, `term << FIELD_BITS | field code`, sorted (for removal and `entryHas`). */
  private readonly slotTerms: Int32Array[] = [];
  private readonly slotOf = new Map<number, number>();
  private readonly idAt: number[] = [];
  private readonly freeSlots: number[] = [];
  private totals = new Float64Array(0);
  private evidenceTotals = new Float64Array(0);
  private unitBest = new Float64Array(0);
  private unitEvidence = new Float64Array(0);
  /** Per slot: a unit's credit as an answer's word no question uses (ANSWER_ALONE), the ranking it adds, how many topic words did. */
  private unitAlone = new Float64Array(0);
  private aloneGain = new Float64Array(0);
  private aloneCount = new Uint8Array(0);
  private touched = new Uint8Array(0);
  /** Language of the entry in each slot (LANG_CODE). */
  private slotLang = new Uint8Array(0);
  /** How many entries have each unit (and `@concept`) in their questions, for unit weights. */
  private readonly questionFrequency = new Map<string, number>();
  /** How many entries spell each English word so (EntryProfile.words): what a misspelling may be read as (spelling.ts). */
  private readonly wordFrequency = new Map<string, number>();

  /** Told of every entry added or removed (onEntryChange). */
  private entryChanged: EntryChangeListener | undefined;
  /** Told of every read (observeReads); null, the default, costs each read one test. */
  private observer: IndexReadObserver | null = null;
  /** Tells the observer of a word whose spelling entry count went to or from 0 (count). */
  private readonly respelled = (word: string) => this.observer?.respelled(word);

  get size(): number {
    return this.profiles.size;
  }

  /**
   * Tells `listener` of every entry added or removed (an entry changed is both), with the names it moved: those
   * of the entry's postings and its question units (whose counts make unitWeight and conceptWeight). What is
   * derived from the index (entry-twins.ts) is stale exactly where it read one of them, or is the entry's own.
   */
  onEntryChange(listener: EntryChangeListener): void {
    this.entryChanged = listener;
  }

  /** Tells `observer` of every read of the index from now on (null: none), and of every word respelled. */
  observeReads(observer: IndexReadObserver | null): void {
    this.observer = observer;
  }

  /** The analysed entry, if the index holds it. */
  profile(id: number): EntryProfile | undefined {
    this.observer?.readProfile(id);
    return this.profiles.get(id);
  }

  /** How many term numbers are in use or free for reuse: the size of the term table (tests, diagnostics). */
  get termTableSize(): number {
    return this.termName.length;
  }

  /**
   * Makes the index hold exactly the entries of `stamps`; only entries that are new or changed since last
   * time are loaded (`load`) and analysed. One step per entry removed or (re-)analysed, so the caller can
   * pause between steps and let other work run (index-warmup.ts); between steps the index holds a mix of old
   * and new entries. Entries are loaded `SYNC_LOAD_BATCH` at a time, so no step reads the whole knowledge base.
   */
  *syncSteps(stamps: Iterable<EntryStamp>, load: (ids: number[]) => Iterable<IndexableEntry>): Generator<void, void, undefined> {
    // The analyser's thesaurus, prepared once per process, is a second of work of its own: in steps too.
    yield* thesaurusPreparation();
    // So is the spelling correction's word list (english-words.ts).
    yield* englishWordsPreparation();
    const seen = new Set<number>();
    const changed: number[] = [];
    for (const { id, updatedAt } of stamps) {
      seen.add(id);
      if (this.profiles.get(id)?.updatedAt !== updatedAt) changed.push(id);
    }
    for (const profile of [...this.profiles.values()]) {
      if (seen.has(profile.id)) continue;
      this.remove(profile);
      yield;
    }
    for (let start = 0; start < changed.length; start += SYNC_LOAD_BATCH) {
      for (const entry of load(changed.slice(start, start + SYNC_LOAD_BATCH))) {
        const current = this.profiles.get(entry.id);
        if (current) this.replace(current, profileEntry(entry));
        else this.add(profileEntry(entry));
        yield;
      }
    }
  }

  /**
   * For every entry that explains part of the query: the weight of the query units it explains. Each unit
   * takes its best credit from any field (exact key, lexicon concept, derivational relative, thesaurus group,
   * lone character), twice over:
   * - `ranking`: a concept counts as a synonym (or, in the other language, a translation) of the word. The
   *   unit's weight already says how specific the word is; scaling the concept by how many entries share it
   *   as well would count a common meaning twice, and only against entries that can match it by concept
   *   alone: every entry in the other language ("cancel my order" lost the Chinese 取消订单 entry to an English
   *   entry that says "cancel" about a membership).
   * - `evidence`: the concept also scaled by `conceptWeight` (how specific it is in this KB), for the
   *   confidence: sharing only a meaning many entries have ("payment", "delivery") is weak evidence that the
   *   question is about the KB at all. A thesaurus group counts for less again (MATCH_CREDIT.synonymEvidence).
   * An entry whose answer alone has several of the question's topic words that no question of the KB uses ranks
   * them above the answer's weight (match-score.ts ANSWER_ALONE); their evidence stays the answer's.
   * `reads`, when given, collects every name looked up: the result changes only when one of their postings or
   * question counts does, or a weight passed in (entry-twins.ts keeps results until then).
   */
  explained(query: AnalyzedText, weights: readonly number[], conceptWeight: (concept: string) => number, lang: Lang, reads?: Set<string>): Map<number, ExplainedWeight> {
    const { ids, ranking, evidence } = this.candidates(query, weights, conceptWeight, lang, reads);
    const result = new Map<number, ExplainedWeight>();
    for (let k = 0; k < ids.length; k++) result.set(ids[k], { ranking: ranking[k], evidence: evidence[k] });
    return result;
  }

  /**
   * The same as flat lists, in the order `explained` lists the entries: the retriever shortlists fifty of the thousands
   * of entries a question shares a character with at 10,000 entries (4,300 on the bench's questions), and a Map of an
   * object each, copied to an array and sorted whole, was a third of its CPU time besides FTS5's BM25.
   */
  candidates(query: AnalyzedText, weights: readonly number[], conceptWeight: (concept: string) => number, lang: Lang, reads?: Set<string>): Candidates {
    this.reserve(this.idAt.length);
    const { totals, evidenceTotals, unitBest, unitEvidence, touched, slotLang, unitAlone, aloneGain, aloneCount } = this;
    const queryLang = LANG_CODE[lang];
    const entries: number[] = [];
    const lone = new Set(query.lone);
    query.units.forEach((unit, i) => {
      const unitSlots: number[] = [];
      const offer = (name: string, credit: number, otherSense = credit, translated = credit, spread = 1, translatedSpread = spread) => {
        reads?.add(name);
        const walked = this.walk(name);
        if (!walked) return;
        const { slots, weights: fields } = walked;
        // An English word no entry's questions use: where an answer has it, that answer may be the only place the KB speaks of it.
        const unasked = name.startsWith('w:') && !this.questionFrequency.has(name);
        for (let k = 0; k < slots.length; k++) {
          const slot = slots[k];
          // An entry that has the word but none of the concepts the question uses it for has it in another sense.
          const base = slotLang[slot] !== queryLang ? translated : unitBest[slot] > 0 || !senseCheck ? credit : otherSense;
          const evidence = fields[k] * base * (slotLang[slot] !== queryLang ? translatedSpread : spread);
          if (evidence > unitEvidence[slot]) unitEvidence[slot] = evidence;
          const value = fields[k] * base;
          if (unasked && fields[k] === ANSWER_WEIGHT && base * ANSWER_ALONE.field > unitAlone[slot]) unitAlone[slot] = base * ANSWER_ALONE.field;
          if (value <= unitBest[slot]) continue;
          if (unitBest[slot] === 0) unitSlots.push(slot);
          unitBest[slot] = value;
        }
      };
      const concepts = query.unitConcepts[i];
      const senseCheck = concepts.length > 0;
      for (const concept of concepts) offer(`@${concept}`, MATCH_CREDIT.concept, undefined, MATCH_CREDIT.translated, conceptWeight(concept));
      for (const key of query.unitKeys[i]) offer(key, MATCH_CREDIT.exact, MATCH_CREDIT.exact * MATCH_CREDIT.otherSense);
      // A question variant read back as a query (the retriever's counterparts) keeps no split keys.
      for (const key of query.unitSplit[i] ?? NONE) offer(key, MATCH_CREDIT.split, MATCH_CREDIT.split * MATCH_CREDIT.otherSense);
      for (const key of query.unitRelatives[i]) {
        offer(key, MATCH_CREDIT.related, MATCH_CREDIT.related * MATCH_CREDIT.otherSense, MATCH_CREDIT.related, MATCH_CREDIT.relatedEvidence);
      }
      for (const group of query.unitSynonyms[i]) {
        const weight = conceptWeight(group);
        offer(`@${group}`, MATCH_CREDIT.synonym, undefined, MATCH_CREDIT.synonymTranslated, weight * MATCH_CREDIT.synonymEvidence, weight * MATCH_CREDIT.synonymTranslatedEvidence);
      }
      if (unit.startsWith('c:')) offer(`#${unit.slice(2)}`, lone.has(i) ? MATCH_CREDIT.loneWord : MATCH_CREDIT.char);
      for (const slot of unitSlots) {
        if (!touched[slot]) (touched[slot] = 1), entries.push(slot);
        totals[slot] += weights[i] * unitBest[slot];
        evidenceTotals[slot] += weights[i] * unitEvidence[slot];
        if (unitAlone[slot] > unitBest[slot]) {
          aloneGain[slot] += weights[i] * (unitAlone[slot] - unitBest[slot]);
          if (weights[i] > GENERIC_WEIGHT) aloneCount[slot]++;
        }
        unitBest[slot] = unitEvidence[slot] = unitAlone[slot] = 0;
      }
    });
    const ids: number[] = new Array(entries.length);
    const ranking = new Float64Array(entries.length);
    const evidence = new Float64Array(entries.length);
    for (let k = 0; k < entries.length; k++) {
      const slot = entries[k];
      ids[k] = this.idAt[slot];
      ranking[k] = totals[slot] + (aloneCount[slot] >= ANSWER_ALONE.words ? aloneGain[slot] : 0);
      evidence[k] = evidenceTotals[slot];
      totals[slot] = evidenceTotals[slot] = aloneGain[slot] = aloneCount[slot] = 0;
      touched[slot] = 0;
    }
    return { ids, ranking, evidence };
  }

  /**
   * True when some entry has the query's unit in any field: as a word, a lexicon concept, a derivational relative, a
   * thesaurus group or (a Han character) the character in any word. False for a word the knowledge base never writes.
   */
  knowsUnit(query: AnalyzedText, unit: number): boolean {
    const known = (name: string) => this.posting(name) !== undefined;
    return (
      query.unitKeys[unit].some(known) ||
      query.unitConcepts[unit].some((concept) => known(`@${concept}`)) ||
      query.unitRelatives[unit].some(known) ||
      query.unitSynonyms[unit].some((group) => known(`@${group}`)) ||
      (query.units[unit].startsWith('c:') && known(`#${query.units[unit].slice(2)}`))
    );
  }

  /** True when some entry has the lexicon concept, in any field. */
  hasConcept(concept: string): boolean {
    return this.posting(`@${concept}`) !== undefined;
  }

  /** True when some entry's question, answer, tags or category has the English word (a stem) or number. */
  hasStem(stem: string): boolean {
    return this.posting(`w:${stem}`) !== undefined;
  }

  /** True when some entry names the foreign domain (foreign-domains.ts) in any field. */
  names(domain: string): boolean {
    return this.posting(`!${domain}`) !== undefined;
  }

  /**
   * How many entries' questions or tags use the foreign-domain form (`domain:form`, AnalyzedText.foreignForms):
   * how often customers ask this business with that word. An answer's mention does not count.
   */
  askedWith(form: string): number {
    let entries = 0;
    for (const item of this.posting(`!${form}`) ?? []) if ((item & FIELD_MASK) >= TAGS) entries++;
    return entries;
  }

  /**
   * True when the entry has the exact key, `@concept` or thesaurus group, `#char` or `!foreign` name in any field.
   * (What an entry's fields contain is kept only as its terms: field sets per entry were a quarter of the index.)
   */
  entryHas(id: number, name: string): boolean {
    this.observer?.readEntryHas(id, name);
    const term = this.termOf.get(name);
    const slot = this.slotOf.get(id);
    if (term === undefined || slot === undefined) return false;
    const terms = this.slotTerms[slot];
    let [low, high] = [0, terms.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = terms[middle] >> FIELD_BITS;
      if (at === term) return true;
      if (at < term) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** True when some entry spells an English word so (lower case, at least SPELLING.minLength - 1 letters). */
  hasWord(word: string): boolean {
    this.observer?.readSpelling(word);
    return this.wordFrequency.has(word);
  }

  /** Every English word some entry spells (lower case, at least SPELLING.minLength - 1 letters). */
  words(): Iterable<string> {
    this.observer?.readVocabulary();
    return this.wordFrequency.keys();
  }

  /** Weight of a query unit in (0, 1]: units that fewer entries' questions share say more about the topic. */
  unitWeight(unit: string): number {
    this.observer?.readName(unit);
    return this.specificity(this.questionFrequency.get(unit) ?? 0);
  }

  /** The same for a lexicon concept: "delivery" is in many entries' questions, "invoice" in one. */
  conceptWeight(concept: string): number {
    const name = `@${concept}`;
    this.observer?.readName(name);
    return this.specificity(this.questionFrequency.get(name) ?? 0);
  }

  /**
   * 1 for a unit in at most one entry, falling slowly as more entries share it (0.63 at 10, 0.46 at 100).
   * It depends on how many entries share the unit, not on the KB's size, so adding unrelated entries does
   * not move any confidence.
   */
  private specificity(df: number): number {
    return 1 / (1 + 0.25 * Math.log(Math.max(df, 1)));
  }

  /** The non-empty posting list of a name, if any. */
  private posting(name: string): number[] | undefined {
    this.observer?.readName(name);
    const term = this.termOf.get(name);
    const posting = term === undefined ? undefined : this.postings[term];
    return posting && posting.length > 0 ? posting : undefined;
  }

  /** The term's list as a query walks it (`walked`), if it has entries. */
  private walk(name: string): { slots: Int32Array; weights: Float32Array } | undefined {
    this.observer?.readName(name);
    const term = this.termOf.get(name);
    if (term === undefined || this.postings[term].length === 0) return undefined;
    let walked = this.walked[term];
    if (!walked) {
      const posting = this.postings[term];
      walked = this.walked[term] = {
        slots: Int32Array.from(posting, (item) => item >> FIELD_BITS),
        weights: Float32Array.from(posting, (item) => FIELD_WEIGHT_OF[item & FIELD_MASK]),
      };
    }
    return walked;
  }

  private add({ profile, postings }: AnalysedEntry): void {
    this.profiles.set(profile.id, profile);
    const slot = this.freeSlots.pop() ?? this.idAt.length;
    this.slotOf.set(profile.id, slot);
    this.idAt[slot] = profile.id;
    this.reserve(slot + 1);
    this.slotLang[slot] = LANG_CODE[profile.lang];
    const terms = new Int32Array(postings.size);
    let next = 0;
    for (const [name, field] of postings) {
      let term = this.termOf.get(name);
      if (term === undefined) {
        term = this.freeTerms.pop();
        if (term === undefined) {
          term = this.termName.push(name) - 1;
          this.postings.push([]);
        } else this.termName[term] = name;
        this.termOf.set(name, term);
      }
      this.postings[term].push((slot << FIELD_BITS) | field);
      this.walked[term] = undefined;
      terms[next++] = (term << FIELD_BITS) | field;
    }
    this.slotTerms[slot] = terms.sort();
    const asked = this.questionUnits(profile, terms);
    count(this.questionFrequency, asked, 1);
    count(this.wordFrequency, profile.words ? profile.words.split(' ') : [], 1, this.respelled);
    this.entryChanged?.(profile.id, namesOf(() => postings.keys(), () => asked));
  }

  private remove(profile: EntryProfile): void {
    const slot = this.slotOf.get(profile.id)!;
    const terms = this.slotTerms[slot];
    this.profiles.delete(profile.id);
    this.slotOf.delete(profile.id);
    this.freeSlots.push(slot);
    // Before any of its terms is forgotten: questionUnits and the listener read their names.
    const asked = this.questionUnits(profile, terms);
    count(this.questionFrequency, asked, -1);
    count(this.wordFrequency, profile.words ? profile.words.split(' ') : [], -1, this.respelled);
    this.entryChanged?.(profile.id, namesOf(() => this.termNames(terms), () => asked));
    for (const item of terms) {
      const term = item >> FIELD_BITS;
      const posting = this.postings[term];
      this.walked[term] = undefined;
      // Kept in order: a query meets the entries in the order they were added.
      posting.splice(posting.indexOf((slot << FIELD_BITS) | (item & FIELD_MASK)), 1);
      if (posting.length > 0) continue;
      this.termOf.delete(this.termName[term]);
      this.termName[term] = '';
      this.freeTerms.push(term);
    }
    this.slotTerms[slot] = new Int32Array(0);
  }

  /**
   * An entry changed: removed and added again, with the listener told only of the names whose posting (this entry
   * in or out, or in another field) or question count moved, or all of them when its language changed. An edit
   * keeps most of an entry's words: what was derived from them stays valid (entry-twins.ts).
   */
  private replace(current: EntryProfile, next: AnalysedEntry): void {
    const listener = this.entryChanged;
    if (!listener) {
      this.remove(current);
      this.add(next);
      return;
    }
    const terms = this.slotTerms[this.slotOf.get(current.id)!];
    const before = new Map(Array.from(terms, (item) => [this.termName[item >> FIELD_BITS], item & FIELD_MASK]));
    const askedBefore = this.questionUnits(current, terms);
    this.entryChanged = undefined;
    try {
      this.remove(current);
      this.add(next);
    } finally {
      this.entryChanged = listener;
    }
    const askedAfter = this.questionUnits(next.profile, this.slotTerms[this.slotOf.get(next.profile.id)!]);
    const everything = current.lang !== next.profile.lang;
    const moved = new Set<string>();
    for (const [name, field] of next.postings) if (everything || before.get(name) !== field) moved.add(name);
    for (const name of before.keys()) if (everything || !next.postings.has(name)) moved.add(name);
    for (const unit of askedBefore) if (!askedAfter.has(unit)) moved.add(unit);
    for (const unit of askedAfter) if (!askedBefore.has(unit)) moved.add(unit);
    listener(next.profile.id, moved);
  }

  /** The names of an entry's terms, as they are read. */
  private *termNames(terms: Int32Array): Generator<string> {
    for (const item of terms) yield this.termName[item >> FIELD_BITS];
  }

  /** Units and (as `@concept`) concepts of the entry's questions, counted once per entry. */
  private questionUnits(profile: EntryProfile, terms: Int32Array): Set<string> {
    const units = new Set(profile.variants.flatMap((variant) => variant.units));
    for (const item of terms) {
      const name = this.termName[item >> FIELD_BITS];
      if ((item & FIELD_MASK) === QUESTIONS && name.startsWith('@')) units.add(name);
    }
    return units;
  }

  /** Grows the scoring buffers to `size` slots. */
  private reserve(size: number): void {
    if (this.totals.length >= size) return;
    const capacity = Math.max(size, this.totals.length * 2, 64);
    this.totals = new Float64Array(capacity);
    this.evidenceTotals = new Float64Array(capacity);
    this.unitBest = new Float64Array(capacity);
    this.unitEvidence = new Float64Array(capacity);
    this.unitAlone = new Float64Array(capacity);
    this.aloneGain = new Float64Array(capacity);
    this.aloneCount = new Uint8Array(capacity);
    this.touched = new Uint8Array(capacity);
    const slotLang = new Uint8Array(capacity);
    slotLang.set(this.slotLang);
    this.slotLang = slotLang;
  }
}

/** The names of each list in turn, as a list that can be read more than once (EntryChangeListener). */
function namesOf(...lists: (() => Iterable<string>)[]): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      for (const list of lists) yield* list();
    },
  };
}

/** Counts each unit in or out; `flipped` is told of each unit whose count went to or from 0. */
function count(frequency: Map<string, number>, units: Iterable<string>, delta: 1 | -1, flipped?: (unit: string) => void): void {
  for (const unit of units) {
    const next = (frequency.get(unit) ?? 0) + delta;
    if (next > 0) frequency.set(unit, next);
    else frequency.delete(unit);
    if (next === (delta > 0 ? 1 : 0)) flipped?.(unit);
  }
}
