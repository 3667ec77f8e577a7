// The ranker's in-memory view of the knowledge base: every enabled entry analysed once, plus postings
// to find candidates quickly. Rebuilt incrementally when the KB revision moves (only changed entries
// are analysed again).
import type { FaqEntry, Lang } from '../shared/api/faq.ts';
import { statedAttributes } from './answer-facts.ts';
import { englishWordsPreparation } from './english-words.ts';
import { FIELD_WEIGHT, MATCH_CREDIT } from './match-score.ts';
import { wordsOf } from './spelling.ts';
import { analyze, domainOfForm, thesaurusPreparation, type AnalyzedText } from './text-analysis.ts';

/** One field group of an entry, merged: the keys, characters and concepts it contains. */
export interface Bag {
  keys: Set<string>;
  chars: Set<string>;
  /** Lexicon concepts and thesaurus groups (their ids do not overlap: groups are `wn:…`, `cd:…`). */
  concepts: Set<string>;
  /** Foreign domains (foreign-domains.ts) the field names. */
  foreign: Set<string>;
  /** Its foreign-domain forms: `domain:form` (AnalyzedText.foreignForms). */
  foreignForms: Set<string>;
  /** The units those forms cover, as `domain:unit`: 停车 gives `vehicles:c:车`. */
  foreignUnits: Set<string>;
}

export interface EntryProfile {
  id: number;
  ref: string | null;
  question: string;
  lang: Lang;
  updatedAt: string;
  /** The question and each similar question, analysed separately (for how much of them a query explains). */
  variants: AnalyzedText[];
  /** Question + similar questions: they count equally. */
  questions: Bag;
  tags: Bag;
  category: Bag;
  answer: Bag;
  /** Its English words as spelled in any field, joined by spaces (compact: only the index's vocabulary reads them). */
  words: string;
}

export type IndexableEntry = Pick<FaqEntry, 'id' | 'ref' | 'question' | 'answer' | 'paraphrases' | 'tags' | 'category' | 'lang' | 'updatedAt'>;

/** Weight of a query's units an entry explains, for ranking and as evidence for the confidence (`RetrievalIndex.explained`). */
export interface ExplainedWeight {
  ranking: number;
  evidence: number;
}

/** When an entry last changed: the index re-analyses an entry only when this moves. */
export type EntryStamp = Pick<FaqEntry, 'id' | 'updatedAt'>;

const LANG_CODE: Record<Lang, number> = { zh: 1, en: 2 };

/** Entries read from the store at once while syncing: one read of 10,000 entries blocks for a third of a second. */
const SYNC_LOAD_BATCH = 100;

const emptyBag = (): Bag => ({ keys: new Set(), chars: new Set(), concepts: new Set(), foreign: new Set(), foreignForms: new Set(), foreignUnits: new Set() });

function addToBag(bag: Bag, text: AnalyzedText): Bag {
  for (const key of text.keys) bag.keys.add(key);
  for (const char of text.chars) bag.chars.add(char);
  for (const concept of text.concepts.keys()) bag.concepts.add(concept);
  for (const group of text.synonyms.keys()) bag.concepts.add(group);
  for (const domain of text.foreign.keys()) bag.foreign.add(domain);
  for (const [form, units] of text.foreignForms) {
    const domain = domainOfForm(form);
    bag.foreignForms.add(form);
    for (const unit of units) bag.foreignUnits.add(`${domain}:${text.units[unit]}`);
  }
  return bag;
}

/** An answer stating a price or a duration answers "how much?" / "多久？" (answer-facts.ts). */
function withStatedAttributes(bag: Bag, answer: string): Bag {
  for (const concept of statedAttributes(answer)) bag.concepts.add(concept);
  return bag;
}

export function profileEntry(entry: IndexableEntry): EntryProfile {
  const variants = [entry.question, ...entry.paraphrases].map((text) => analyze(text));
  return {
    id: entry.id,
    ref: entry.ref,
    question: entry.question,
    lang: entry.lang,
    updatedAt: entry.updatedAt,
    variants,
    questions: variants.reduce(addToBag, emptyBag()),
    tags: addToBag(emptyBag(), analyze(entry.tags.join('，'))),
    category: addToBag(emptyBag(), analyze(entry.category)),
    // Answers are the long texts: thesaurus groups there cost a third of the index build at 10,000 entries
    // and moved no eval set by more than one question.
    answer: withStatedAttributes(addToBag(emptyBag(), analyze(entry.answer, { thesaurus: false })), entry.answer),
    words: wordsOf([entry.question, ...entry.paraphrases, ...entry.tags, entry.category, entry.answer].join(' ')).join(' '),
  };
}

/** The entries containing one key, concept or character, each with the weight of its best field. */
interface Posting {
  fields: Map<number, number>; // slot → field weight
  /** The same as arrays, rebuilt on first use after a change: a query walks these. */
  slots?: Int32Array;
  weights?: Float32Array;
}

export class RetrievalIndex {
  readonly profiles = new Map<number, EntryProfile>();
  /**
   * Posting lists: exact key, concept (`@id`) or character (`#char`) → the entries containing it, each with the
   * weight of the best field it occurs in (FIELD_WEIGHT), so a query is scored by walking its postings once.
   * Entries are numbered by dense slots so scoring accumulates into flat arrays.
   */
  private readonly postings = new Map<string, Posting>();
  private readonly slotOf = new Map<number, number>();
  private readonly idAt: number[] = [];
  private readonly freeSlots: number[] = [];
  private totals = new Float64Array(0);
  private evidenceTotals = new Float64Array(0);
  private unitBest = new Float64Array(0);
  private unitEvidence = new Float64Array(0);
  private touched = new Uint8Array(0);
  /** Language of the entry in each slot (LANG_CODE). */
  private slotLang = new Uint8Array(0);
  /** How many entries have each unit (and `@concept`) in their questions, for unit weights. */
  private readonly questionFrequency = new Map<string, number>();
  /** How many entries spell each English word so (EntryProfile.words): what a misspelling may be read as (spelling.ts). */
  private readonly wordFrequency = new Map<string, number>();

  /** Moves on every entry added or removed: what is derived from the index (entry-twins.ts) is stale once it moves. */
  private changes = 0;

  get size(): number {
    return this.profiles.size;
  }

  get generation(): number {
    return this.changes;
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
        if (current) this.remove(current);
        this.add(profileEntry(entry));
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
   */
  explained(query: AnalyzedText, weights: readonly number[], conceptWeight: (concept: string) => number, lang: Lang): Map<number, ExplainedWeight> {
    this.reserve(this.idAt.length);
    const { totals, evidenceTotals, unitBest, unitEvidence, touched, slotLang } = this;
    const queryLang = LANG_CODE[lang];
    const entries: number[] = [];
    query.units.forEach((unit, i) => {
      const unitSlots: number[] = [];
      const offer = (name: string, credit: number, otherSense = credit, translated = credit, spread = 1, translatedSpread = spread) => {
        const posting = this.postings.get(name);
        if (!posting) return;
        const { slots, weights: fields } = compiled(posting);
        for (let k = 0; k < slots.length; k++) {
          const slot = slots[k];
          // An entry that has the word but none of the concepts the question uses it for has it in another sense.
          const value = fields[k] * (slotLang[slot] !== queryLang ? translated : unitBest[slot] > 0 || !senseCheck ? credit : otherSense);
          const evidence = value * (slotLang[slot] !== queryLang ? translatedSpread : spread);
          if (evidence > unitEvidence[slot]) unitEvidence[slot] = evidence;
          if (value <= unitBest[slot]) continue;
          if (unitBest[slot] === 0) unitSlots.push(slot);
          unitBest[slot] = value;
        }
      };
      const concepts = query.unitConcepts[i];
      const senseCheck = concepts.length > 0;
      for (const concept of concepts) offer(`@${concept}`, MATCH_CREDIT.concept, undefined, MATCH_CREDIT.translated, conceptWeight(concept));
      for (const key of query.unitKeys[i]) offer(key, MATCH_CREDIT.exact, MATCH_CREDIT.exact * MATCH_CREDIT.otherSense);
      for (const key of query.unitRelatives[i]) {
        offer(key, MATCH_CREDIT.related, MATCH_CREDIT.related * MATCH_CREDIT.otherSense, MATCH_CREDIT.related, MATCH_CREDIT.relatedEvidence);
      }
      for (const group of query.unitSynonyms[i]) {
        const weight = conceptWeight(group);
        offer(`@${group}`, MATCH_CREDIT.synonym, undefined, MATCH_CREDIT.synonymTranslated, weight * MATCH_CREDIT.synonymEvidence, weight * MATCH_CREDIT.synonymTranslatedEvidence);
      }
      if (unit.startsWith('c:')) offer(`#${unit.slice(2)}`, MATCH_CREDIT.char);
      for (const slot of unitSlots) {
        if (!touched[slot]) (touched[slot] = 1), entries.push(slot);
        totals[slot] += weights[i] * unitBest[slot];
        evidenceTotals[slot] += weights[i] * unitEvidence[slot];
        unitBest[slot] = unitEvidence[slot] = 0;
      }
    });
    const result = new Map<number, ExplainedWeight>();
    for (const slot of entries) {
      result.set(this.idAt[slot], { ranking: totals[slot], evidence: evidenceTotals[slot] });
      totals[slot] = evidenceTotals[slot] = 0;
      touched[slot] = 0;
    }
    return result;
  }

  /** True when some entry has the lexicon concept, in any field. */
  hasConcept(concept: string): boolean {
    return this.postings.has(`@${concept}`);
  }

  /** True when some entry's question, answer, tags or category has the English word (a stem) or number. */
  hasStem(stem: string): boolean {
    return this.postings.has(`w:${stem}`);
  }

  /** True when some entry names the foreign domain (foreign-domains.ts) in any field. */
  names(domain: string): boolean {
    return this.postings.has(`!${domain}`);
  }

  /**
   * How many entries' questions or tags use the foreign-domain form (`domain:form`, AnalyzedText.foreignForms):
   * how often customers ask this business with that word. An answer's mention does not count.
   */
  askedWith(form: string): number {
    const posting = this.postings.get(`!${form}`);
    let entries = 0;
    for (const weight of posting?.fields.values() ?? []) if (weight >= FIELD_WEIGHT.tags) entries++;
    return entries;
  }

  /** True when some entry spells an English word so (lower case, at least SPELLING.minLength - 1 letters). */
  hasWord(word: string): boolean {
    return this.wordFrequency.has(word);
  }

  /** Weight of a query unit in (0, 1]: units that fewer entries' questions share say more about the topic. */
  unitWeight(unit: string): number {
    return this.specificity(this.questionFrequency.get(unit) ?? 0);
  }

  /** The same for a lexicon concept: "delivery" is in many entries' questions, "invoice" in one. */
  conceptWeight(concept: string): number {
    return this.specificity(this.questionFrequency.get(`@${concept}`) ?? 0);
  }

  /**
   * 1 for a unit in at most one entry, falling slowly as more entries share it (0.63 at 10, 0.46 at 100).
   * It depends on how many entries share the unit, not on the KB's size, so adding unrelated entries does
   * not move any confidence.
   */
  private specificity(df: number): number {
    return 1 / (1 + 0.25 * Math.log(Math.max(df, 1)));
  }

  private add(profile: EntryProfile): void {
    this.changes++;
    this.profiles.set(profile.id, profile);
    const slot = this.freeSlots.pop() ?? this.idAt.length;
    this.slotOf.set(profile.id, slot);
    this.idAt[slot] = profile.id;
    this.reserve(slot + 1);
    this.slotLang[slot] = LANG_CODE[profile.lang];
    for (const [name, field] of postingsOf(profile)) {
      let posting = this.postings.get(name);
      if (!posting) this.postings.set(name, (posting = { fields: new Map() }));
      posting.fields.set(slot, field);
      posting.slots = posting.weights = undefined;
    }
    count(this.questionFrequency, questionUnits(profile), 1);
    count(this.wordFrequency, profile.words ? profile.words.split(' ') : [], 1);
  }

  private remove(profile: EntryProfile): void {
    this.changes++;
    const slot = this.slotOf.get(profile.id)!;
    this.profiles.delete(profile.id);
    this.slotOf.delete(profile.id);
    this.freeSlots.push(slot);
    for (const name of postingsOf(profile).keys()) {
      const posting = this.postings.get(name);
      if (!posting) continue;
      posting.fields.delete(slot);
      posting.slots = posting.weights = undefined;
      if (posting.fields.size === 0) this.postings.delete(name);
    }
    count(this.questionFrequency, questionUnits(profile), -1);
    count(this.wordFrequency, profile.words ? profile.words.split(' ') : [], -1);
  }

  /** Grows the scoring buffers to `size` slots. */
  private reserve(size: number): void {
    if (this.totals.length >= size) return;
    const capacity = Math.max(size, this.totals.length * 2, 64);
    this.totals = new Float64Array(capacity);
    this.evidenceTotals = new Float64Array(capacity);
    this.unitBest = new Float64Array(capacity);
    this.unitEvidence = new Float64Array(capacity);
    this.touched = new Uint8Array(capacity);
    const slotLang = new Uint8Array(capacity);
    slotLang.set(this.slotLang);
    this.slotLang = slotLang;
  }
}

function compiled(posting: Posting): { slots: Int32Array; weights: Float32Array } {
  if (!posting.slots || !posting.weights) {
    posting.slots = Int32Array.from(posting.fields.keys());
    posting.weights = Float32Array.from(posting.fields.values());
  }
  return { slots: posting.slots, weights: posting.weights };
}

/** Each posting of an entry with the weight of the best field it occurs in. */
function postingsOf(profile: EntryProfile): Map<string, number> {
  const postings = new Map<string, number>();
  const fields = [
    [profile.category, FIELD_WEIGHT.category],
    [profile.answer, FIELD_WEIGHT.answer],
    [profile.tags, FIELD_WEIGHT.tags],
    [profile.questions, FIELD_WEIGHT.questions],
  ] as const;
  for (const [bag, weight] of fields) {
    // Fields in increasing weight: a later (heavier) field overwrites.
    bag.keys.forEach((key) => postings.set(key, weight));
    bag.concepts.forEach((concept) => postings.set(`@${concept}`, weight));
    bag.chars.forEach((char) => postings.set(`#${char}`, weight));
    bag.foreign.forEach((domain) => postings.set(`!${domain}`, weight));
    bag.foreignForms.forEach((form) => postings.set(`!${form}`, weight));
  }
  return postings;
}

function count(frequency: Map<string, number>, units: Iterable<string>, delta: 1 | -1): void {
  for (const unit of units) {
    const next = (frequency.get(unit) ?? 0) + delta;
    if (next > 0) frequency.set(unit, next);
    else frequency.delete(unit);
  }
}

/** Units and (as `@concept`) concepts of the entry's questions, counted once per entry. */
function questionUnits(profile: EntryProfile): Set<string> {
  return new Set([
    ...profile.variants.flatMap((variant) => variant.units),
    ...[...profile.questions.concepts].map((concept) => `@${concept}`),
  ]);
}
