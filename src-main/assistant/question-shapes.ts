// What the shape of a question says, read without the knowledge base: whether it names a topic, points back to an
// earlier turn, asks to do something, asks whether the business has a thing, or tells an intent; and the sum of
// the weights of some of its units, which the ranker and the confidence signals share.
import { ATTRIBUTE_CONCEPTS } from './concept-lexicon.ts';
import { analyze, CLAUSE_BREAK, formOfKey, unitSpecificity, type AnalyzedText } from './text-analysis.ts';

/**
 * True when every content unit of the question is an everyday word or only asks for an attribute ("how much?",
 * "多少钱？", "how long?"), so the question has no topic of its own. An everyday word a lexicon reads as a topic is
 * one: "last" is a time word ("last week"), but in "how long do they last?" the lexicon reads how long a thing
 * lasts, which any business's customers ask of what they buy (dev: gain 1, lose 0).
 */
export function isTopicless(text: AnalyzedText): boolean {
  return text.units.some((_, i) => asksAttribute(text, i)) && !namesTopic(text);
}

/** True when the lexicons read unit `i` only as an attribute asked for ("how much", "多少钱", "how long"). */
function asksAttribute(text: AnalyzedText, i: number): boolean {
  const concepts = text.unitConcepts[i];
  return concepts.length > 0 && concepts.every((concept) => ATTRIBUTE_CONCEPTS.has(concept));
}

/** True when a content unit names a topic: a specific word, or one a lexicon reads as more than an attribute. */
function namesTopic(text: AnalyzedText): boolean {
  return text.units.some((unit, i) => !asksAttribute(text, i) && (unitSpecificity(unit) >= 1 || text.unitConcepts[i].length > 0));
}

/** Words that point back to an earlier turn wherever they stand ("what about express?", "那要多久？", "退货呢？"). */
export const FOLLOW_UP = /^\s*(and|also|what about|how about)\b|^\s*(那|这)|(那个|这个|它|那样|这样|还有|那么|这些|那些)|呢[？?]?\s*$/iu;
/** English pronouns that point back to an earlier turn ("how long does that take?"), unless the question named its own thing. */
export const PRONOUN = /\b(that|it|this|those|these|they|them|its)\b/iu;
/** A thing a question names itself: a possessive or an article and a word ("my parcel", "the order"). */
const OWN_THING = /\b(?:my|our|your|the|a|an)\s+([a-z][a-z'-]*)/giu;

/**
 * True when an English question names a thing of its own before any pronoun, which then refers to that thing: "my
 * parcel says delivered but I don't have it" and "where is my order? it's been a week" are not about the gift cards
 * asked after before them, while "I lost mine, can you replace it?" is.
 */
export function namesOwnThing(text: string): boolean {
  const pronoun = PRONOUN.exec(text);
  const before = pronoun ? text.slice(0, pronoun.index) : text;
  for (const match of before.matchAll(OWN_THING)) if (namesTopic(analyze(match[1]))) return true;
  return false;
}

/**
 * The verb a question asks to do: "can I X", "could we X", "can / would / will / do you X", "how do I X". Not "will I
 * X?", "do I X?", "should I X?": those ask what follows from something ("will I still pay…", "do I lose it?").
 */
export const ASKED_ACTION = /\b(?:(?:can|could|may)\s+(?:i|we)|(?:can|could|would|will|do)\s+(?:you|u|ya)(?:\s+guys)?|how\s+(?:do|can|could|should)\s+(?:i|we))\s+(?:(?:also|just|please|still|even|ever|actually)\s+)*([a-z]+)/iu;

/**
 * What a Chinese customer says they want to do (想去…当快递员, 打算, 准备, 办护照): a story that says so names what
 * they want help with, however short the clause that asks (怎么报名, 需要多少钱, 几点上班), so a domain it names is the
 * question's (unexplainedForeign). Not 想问 / 想知道 (asking politely), nor the 办 of 怎么办 / 咋办 / 办法.
 */
export const INTENT_ZH = /想(?!问|知道|咨询|了解|请教)|打算|准备|(?<![怎咋么好])办(?!法)/u;

/**
 * Yes/no questions whether the business has, offers, allows or does a thing, capturing what follows the verb: "do you
 * (also) have / offer / sell / accept…", "is / are there", "can / could I (also) get / bring / book…", "can / would
 * you do / book / arrange…" (RANKING.unknownAskedThing).
 */
export const AVAILABILITY = /\b(?:(?:do|does)\s+(?:you|u|ya)\s+(?:guys\s+)?(?:(?:also|still|even|ever)\s+)?(?:have|offer|sell|do|provide|accept|take|carry|stock|make|rent|hire|allow|support|run|host|hold|organi[sz]e|teach)|(?:is|are)\s+there|(?:can|could|may)\s+(?:i|we)\s+(?:(?:also|still|just)\s+)?(?:get|have|bring|buy|order|book|rent|hire)|(?:can|could|would|will)\s+(?:you|u)\s+(?:(?:also|please)\s+)?(?:do|make|provide|book|arrange|get|bring|supply|offer|add))\s+([^,.?!;:]*)/iu;
/** "can the monogram be done in X", "can business cards have X", "does the room come with X": what follows (RANKING.unknownAskedThing). */
export const PROPERTY = /\b(?:can|could|will|do|does)\s+(?:(?:the|my|our|your|a|an|these|those|their)\s+)?(?:[a-z]+\s+){1,3}?(?:have|has|come\s+with|be\s+(?:done|made|printed|ordered|delivered|cut|finished)\s+(?:in|with|on|as))\s+([^,.?!;:]*)/iu;
/** Words that end an asked thing in English: a preposition, a conjunction, a new subject, a time ("…a fridge before the party"). */
export const SLOT_END = /^(?:for|to|in|on|at|with|from|by|into|during|while|when|if|where|that|which|who|so|because|before|after|i|we|you|they|he|she|or|than|like|as|instead|without|about|near|around|there|here|please|too|also|now|today|tomorrow)$/u;
/** An asked thing that is the customer's own, named before: "can you make it look nice". */
export const SLOT_POINTS_BACK = /^(?:it|its|them|this|that|these|those|mine|ours|one|ones|him|her|us|me)$/u;
/** Container nouns whose modifier is the thing asked for ("a pickup option", "bundles of daycare days"). */
export const SLOT_GENERIC = /^(?:options?|choices?|ways?|kinds?|types?|sorts?|bundles?|packs?|sets?|deals?|lots?|bits?)$/u;

/**
 * True when a clause of the question that tells what the customer wants to do (INTENT_ZH) names a foreign domain's
 * form (我想去招商银行办卡, 打算办护照): that domain is what they want help with. An intent told in another clause is the
 * business's own ("我是美国人，来中国旅游，住店要准备什么材料": 准备 is for the stay, 旅游 is who they are). 102 sets:
 * gain 1, lose 0 (against any intent anywhere in the question).
 */
export function intendsForeign(question: string, query: AnalyzedText): boolean {
  // A split form (信用卡…账单) is looked for by its first part.
  const forms = [...query.foreignForms.keys()].map((key) => formOfKey(key).split('…')[0]);
  return question
    .normalize('NFKC')
    .toLowerCase()
    .split(CLAUSE_BREAK) // split() ignores the g flag: each call starts at the beginning
    .some((clause) => INTENT_ZH.test(clause) && forms.some((form) => clause.includes(form)));
}

/** Sum of the weights of the units `counts` picks. */
export function sumOf(weights: readonly number[], counts: (unit: number) => boolean): number {
  let sum = 0;
  weights.forEach((weight, unit) => {
    if (counts(unit)) sum += weight;
  });
  return sum;
}
