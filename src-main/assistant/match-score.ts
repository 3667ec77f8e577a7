// How a query unit is credited when an entry matches it, and how tightly a query fits an entry's wording.
import type { AnalyzedText } from './text-analysis.ts';

/** Credit for a query unit, by how it is matched. */
export const MATCH_CREDIT = {
  exact: 1,
  /** A different word with the same meaning (lexicon concept), before the concept's own specificity. */
  concept: 0.8,
  /** Only the same lone Chinese character. */
  char: 0.35,
  /**
   * The same character where it is a one-character word of a short question (AnalyzedText.lone: 要票咋弄 for an
   * entry on 发票): the word itself, inside a longer word of the entry. Below the exact credit, since the longer
   * word may be another sense (收 in 收费). 0.6 gained less; 1 answered "你们的花是从云南进的货吗" at a florist.
   */
  loneWord: 0.8,
  /**
   * The same word written whole in one text and split or shortened in the other (text-analysis.ts SPLIT_GAP:
   * 电子票 ~ 电子发票, 白蚂蚁 ~ 白蚁): as much as another word of the same meaning (`concept`). All 86 sets: 0.7
   * gained 4 questions and lost 1, 0.8 10 and 1, 0.9 13 and 8 (pairs made of two words, as 买东 of 买东西, then
   * outweighed the entry a short question was about).
   */
  split: 0.8,
  /**
   * A concept shared with an entry in the other language: a translation cannot share the words, so the
   * concept is all the evidence there can be and counts as much as the same word would.
   */
  translated: 0.9,
  /**
   * Share of the exact credit left when the entry has the word but not the concept the question uses it for
   * ("send … back" is a return; "send someone a gift card" has "send" in another sense).
   */
  otherSense: 0.5,
  /**
   * A shared thesaurus group (thesaurus.ts) in the same language: a dictionary's synonym, which may be a sense
   * the customer did not mean ("hold" a parcel or a card payment), so well below a lexicon concept.
   */
  synonym: 0.4,
  /**
   * The same across languages (电梯 ~ "elevator"): for an entry in the other language it is the only evidence
   * there can be, so it ranks nearly as a lexicon translation does.
   */
  synonymTranslated: 0.8,
  /**
   * Share of a thesaurus match that counts as evidence for the confidence, in the same language and across
   * languages. It ranks entries, but says less about whether the question is about the KB at all; across
   * languages least, as any Chinese word has some English gloss ("good night" met 晚上 in the service-hours
   * entry, 机器人 "machine" a washing machine): counted in full, those answered off-topic questions.
   */
  synonymEvidence: 0.6,
  synonymTranslatedEvidence: 0.3,
  /**
   * A word of the same derivational family (word-families.ts: "pricey" ~ "price", "storage" ~ "store", "packer"
   * ~ "pack"): counted as a lexicon concept is, below the word itself, because a derivation can shift the sense
   * (the file keeps the clearest such pairs apart: "charger", "counter"). 0.7–1 rank the dev sets alike; at 1 a
   * "movers" question lost the booking entry to a packing one. As evidence it counts as much as it ranks.
   */
  related: 0.8,
  relatedEvidence: 1,
} as const;

/**
 * How much a match in each field group counts: similar questions as much as the question, tags and the answer
 * less, the category least (it is shared by many entries: "returns" does not say which returns question).
 * The answer at 0.6 rather than 0.5: at businesses no lexicon covers, a customer's situation is often worded
 * only in the answer (44 dev sets: P@1 0.849 → 0.854; 0.4 lost 0.011, 0.7 and 0.8 gained no more P@1 and
 * answered more off-topic questions).
 */
export const FIELD_WEIGHT = { questions: 1, tags: 0.7, answer: 0.6, category: 0.3 } as const;

/**
 * A customer telling their situation often uses words no question of the FAQ has and only the right entry's
 * answer states: "I'm roughly intermediate and need the language for meetings with suppliers. Anything
 * business-focused?" where the courses answer lists intermediate and business Mandarin; tissues and receipts
 * left in jeans where the pockets answer names them. At the answer's weight they lost to an entry whose question
 * had one word of it, or won by too little to answer. For ranking only, such a word in an entry's answer counts
 * `field` instead of FIELD_WEIGHT.answer when that answer meets at least `words` of the question's topic words
 * (not everyday ones) so; the evidence for the confidence is unchanged. One word is often the answer's passing
 * mention (Sundays in a children's answer, trays in a whitening one). 78 dev sets: gain 3, lose 0; `field` 1
 * gained 7 and lost 3 and handed off fewer off-topic questions; one word enough, 12 and 9.
 */
export const ANSWER_ALONE = { field: 0.8, words: 2 } as const;

/** The best share of a question variant's own units that the query matches (prefers tight matches). */
export function tightness(query: AnalyzedText, variants: readonly Pick<AnalyzedText, 'units' | 'unitKeys' | 'unitConcepts' | 'unitRelatives' | 'unitSynonyms'>[]): number {
  // Plain loops: the ranker reads every variant of its shortlisted entries (at 10,000 entries some 28 units and 140 lists
  // of keys and groups per entry, a twentieth of a question's time); a callback per list took a quarter longer.
  let best = 0;
  for (const variant of variants) {
    const units = variant.units;
    if (units.length === 0) continue;
    let matched = 0;
    for (let unit = 0; unit < units.length; unit++) {
      if (hasKey(query.keys, variant.unitKeys[unit])) matched += MATCH_CREDIT.exact;
      else if (hasGroup(query.concepts, variant.unitConcepts[unit])) matched += MATCH_CREDIT.concept;
      else if (hasKey(query.keys, variant.unitRelatives[unit])) matched += MATCH_CREDIT.related;
      else if (hasGroup(query.synonyms, variant.unitSynonyms[unit])) matched += MATCH_CREDIT.synonym;
      else if (units[unit].startsWith('c:') && query.chars.has(units[unit].slice(2))) matched += MATCH_CREDIT.char;
    }
    best = Math.max(best, matched / units.length);
  }
  return best;
}

/** True when `keys` has one of `listed` (one helper per kind of collection, so each call site sees one). */
function hasKey(keys: ReadonlySet<string>, listed: readonly string[]): boolean {
  for (let k = 0; k < listed.length; k++) if (keys.has(listed[k])) return true;
  return false;
}

/** True when `groups` has one of `listed`. */
function hasGroup(groups: ReadonlyMap<string, unknown>, listed: readonly string[]): boolean {
  for (let k = 0; k < listed.length; k++) if (groups.has(listed[k])) return true;
  return false;
}
