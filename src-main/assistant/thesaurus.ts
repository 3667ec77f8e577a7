// A general thesaurus, built from dictionaries rather than written for shops: English synsets from WordNet
// (scripts/build-thesaurus-en.ts) and Chinese words grouped by their English gloss in CC-CEDICT
// (scripts/build-thesaurus-zh.ts), so 早饭 meets 早餐, "bike" meets "bicycle", and 电梯 meets "elevator" in
// any business's FAQ. The concept lexicon (concept-lexicon.ts) stays the stronger, hand-checked evidence;
// these groups are matched for less because a dictionary does not know which sense the customer means.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Concept } from './concept-lexicon.ts';
import { CHINESE_GENERIC_CHARS, CHINESE_STOP_CHARS } from './stopwords.ts';
import { COLLOQUIAL_ZH } from './thesaurus-colloquial.ts';

/** In the source tree and, with resources/**, in the packaged app. */
export const THESAURUS_FILES = {
  en: fileURLToPath(new URL('../../resources/thesaurus-en.tsv', import.meta.url)),
  zh: fileURLToPath(new URL('../../resources/thesaurus-zh.tsv', import.meta.url)),
  /** Broader English nouns with the specific ones under them (scripts/build-hypernyms-en.ts). */
  enBroader: fileURLToPath(new URL('../../resources/hypernyms-en.tsv', import.meta.url)),
} as const;

/**
 * Groups of a thesaurus file (format: scripts/thesaurus-file.ts), as concepts keyed by the group's id (`wn:…`
 * from WordNet, `cd:…` from CC-CEDICT). English forms come already stemmed, Chinese forms folded.
 */
export function* thesaurusGroups(text: string): Generator<[string, Concept]> {
  for (const line of text.split('\n')) {
    const [id, en = '', zh = ''] = line.split('\t');
    if (id) yield [id, { en: en ? en.split('|') : [], zh: zh ? zh.split('|') : [] }];
  }
}

/**
 * A Chinese word made only of grammar and everyday characters (一个, 不是, 过去, 时候, 东西) is sentence scaffolding
 * in a question, whatever else the dictionary files it under: CC-CEDICT glosses 不是 "blame" (with 责任), 过去
 * "previous" (with 以前), 东西 "person" (with 人士), and each tied a question to entries on another topic. (多少
 * stays: "amount" is how an English question meets 满多少包邮.)
 */
const isScaffolding = (form: string) => Array.from(form).every((char) => CHINESE_STOP_CHARS.has(char) || CHINESE_GENERIC_CHARS.has(char));

const withoutScaffolding = ([id, group]: [string, Concept]): [string, Concept] => [id, { ...group, zh: group.zh.filter((form) => !isScaffolding(form)) }];

/** The files' groups (about 80,000), read when first needed, and the spoken Chinese ones they miss (thesaurus-colloquial.ts). */
export function* allThesaurusGroups(files: Readonly<Record<string, string>> = THESAURUS_FILES): Generator<[string, Concept]> {
  for (const file of Object.values(files)) for (const group of thesaurusGroups(readFileSync(file, 'utf8'))) yield withoutScaffolding(group);
  yield* Object.entries(COLLOQUIAL_ZH);
}
