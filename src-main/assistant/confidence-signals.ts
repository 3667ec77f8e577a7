// The signals the confidence of the top hit is computed from, beyond how much of the question it explains: what
// of the question no entry or not the top entry explains (a topic, an asked action, an asked thing, a request, a
// foreign domain), and the story told around what is asked, which is set aside. See RANKING (ranking-constants.ts)
// for what each costs the confidence.
import { tokenize } from '../search/tokenize.ts';
import type { Lang } from '../shared/api/faq.ts';
import type { FactKind } from './asked-facts.ts';
import { ASK_CONCEPTS, ATTRIBUTE_CONCEPTS } from './concept-lexicon.ts';
import { canonicalStem } from './english-forms.ts';
import { OFFERED_DOMAINS, REQUEST_DOMAINS } from './foreign-domains.ts';
import { ASKED_ACTION, AVAILABILITY, intendsForeign, PROPERTY, SLOT_END, SLOT_GENERIC, SLOT_POINTS_BACK, sumOf } from './question-shapes.ts';
import { FOREIGN, RANKING } from './ranking-constants.ts';
import type { EntryProfile, RetrievalIndex } from './retrieval-index.ts';
import { domainOfForm, unitSpecificity, type AnalyzedText } from './text-analysis.ts';

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

/** Reads the signals of a top hit from the knowledge base's index (retrieval-index.ts). */
export class ConfidenceSignalReader {
  constructor(private readonly index: RetrievalIndex) {}

  /**
   * Weight the question's asked action (ASKED_ACTION) counts against the top entry: RANKING.unexplainedAction times its
   * own when the entry does not explain it, 0 when it does, or when it is an everyday verb ("can I use…", "do you
   * offer…") or one a lexicon reads as a topic (the topic rules, unmetTopicUnits, judge those: "can I lift in jeans" at
   * a gym).
   */
  unexplainedActionWeight(question: string, parts: { text: AnalyzedText }[], query: AnalyzedText, weights: readonly number[], explains: readonly boolean[]): number {
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
  unmetAskedThing(question: string, query: AnalyzedText, everyday: readonly boolean[], explains: readonly boolean[]): ConfidenceSignals['askedThing'] {
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
  unmetTopicUnits(query: AnalyzedText, explains: readonly boolean[]): boolean[] {
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
  unwrittenAskedTopic(query: AnalyzedText, unmetTopics: readonly boolean[], asked: ReadonlySet<number>): boolean {
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
  unexplainedStory(
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
  foreignStory(
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
  unansweredAsks(query: AnalyzedText, top: EntryProfile): string[] {
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
  unexplainedForeign(query: AnalyzedText, top: EntryProfile, explains: readonly boolean[], story: ((unit: number) => boolean) | null): string[] {
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
  unexplainedEveryday(query: AnalyzedText, weights: readonly number[], everyday: readonly boolean[], explains: readonly boolean[]): number {
    const pointExplained = query.units.some(
      (_, i) => !everyday[i] && explains[i] && !(query.unitConcepts[i].length > 0 && query.unitConcepts[i].every((concept) => ATTRIBUTE_CONCEPTS.has(concept))),
    );
    return pointExplained ? sumOf(weights, (i) => everyday[i] && !explains[i]) : 0;
  }
}
