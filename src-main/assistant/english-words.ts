// Which English words are spelled right: every one-word WordNet lemma (resources/english-words.txt,
// scripts/build-english-words.ts), read on first use and in steps, like the thesaurus, so the index warm-up can
// spread the work between turns of the event loop. WordNet lists base forms; inflections are undone here by
// the rules of its own lemmatiser (morphy), with the consonant a one-syllable word doubles ("shipping", not
// "shiping"), and irregular forms are listed ("shown", "wrote", "brought"). Spelling, not stems: the Porter
// stem of a misspelling is often a real word's ("shiping" and "ship" → "ship").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** In the source tree and, with resources/**, in the packaged app. */
export const ENGLISH_WORDS_FILE = fileURLToPath(new URL('../../resources/english-words.txt', import.meta.url));

/** Words added per step: about 5 ms of work. */
const PREPARE_STEP = 5_000;

let words: Set<string> | null = null;
let steps: Generator<void, Set<string>, undefined> | null = null;

function* loadSteps(): Generator<void, Set<string>, undefined> {
  const text = readFileSync(ENGLISH_WORDS_FILE, 'utf8');
  const set = new Set<string>();
  for (let start = 0, count = 0; start < text.length; ) {
    if (count++ % PREPARE_STEP === 0) yield;
    const end = text.indexOf('\n', start);
    const lemma = text.slice(start, end < 0 ? text.length : end);
    if (lemma) set.add(lemma);
    start = end < 0 ? text.length : end + 1;
  }
  return set;
}

/** Reads the word list one step per `next()`; done at once when it is ready. */
export function* englishWordsPreparation(): Generator<void, void, undefined> {
  steps ??= loadSteps();
  while (!words) {
    const step = steps.next();
    if (step.done) words = step.value;
    else yield;
  }
}

/** The word list, read now if the warm-up has not. */
function wordList(): Set<string> {
  if (!words) {
    const preparation = englishWordsPreparation();
    while (!preparation.next().done);
  }
  return words!;
}

/** Inflectional endings and what the base form ends with instead (WordNet's morphy rules, plus -ier/-iest/-ied → -y). */
const ENDINGS: readonly [string, string][] = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'],
  ['est', 'e'], ['ier', 'y'], ['iest', 'y'], ['ied', 'y'],
];

/** Irregular inflections of everyday words (past forms, participles, plurals, comparisons) that WordNet does not list. */
const IRREGULAR: ReadonlySet<string> = new Set(
  `arose arisen awoke awoken beaten became begun bitten blown broken brought built burnt bought caught chose chosen
  clung crept dealt drawn dreamt drank drunk driven dwelt eaten fallen fought found flung flown forbade forbidden
  forgot forgotten forgave forgiven froze frozen given grown heard hidden knelt known leant leapt learnt meant
  mistook mistaken overcame paid proven risen ridden shaken shone shook shown shrank shrunk slept slung smelt
  sought spelt spent spilt split spoilt sprang sprung stank stole stolen stood strode struck strung strove striven
  sworn swept swollen swung taken taught thought threw thrown trodden undertook understood upheld woken wore worn
  wove woven wept wound wrote written withdrew withdrawn spoke spoken sank sunk sang sung rode rang rung fled flew
  grew held kept knew left lent lost sold sent shot slid spun spat stuck stung swam swore tore told wrung began
  became bent bound bred fed felt forgot hung laid lain led lit made met overtook paid rebuilt redid redone remade
  resold retold rewrote rewritten sewn shod slain sped stunk thrived underwent undone unwound woke
  better worse worst further furthest farther farthest elder eldest children women feet teeth mice geese`.split(/\s+/),
);

/** Endings before which a one-syllable word ending in one vowel and one consonant doubles the consonant ("stopped", "bigger"). */
const DOUBLING = new Set(['ed', 'ing', 'er', 'est']);
const VOWELS = /[aeiou]+/g;
/** One vowel then one consonant (not w, x or y) at the end: "ship", "plan", not "rain", "fix". */
const SHORT_ENDING = /(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/;

const isOneSyllableShort = (root: string) => (root.match(VOWELS)?.length ?? 0) === 1 && SHORT_ENDING.test(root);

/** True when `word` (lower case a–z, as typed) is an English word: listed by WordNet, an inflection of one, or irregular. */
export function isEnglishWord(word: string): boolean {
  const list = wordList();
  if (list.has(word) || IRREGULAR.has(word)) return true;
  for (const [ending, base] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const root = word.slice(0, word.length - ending.length) + base;
    if (list.has(root) && !(base === '' && DOUBLING.has(ending) && isOneSyllableShort(root))) return true;
    // A consonant doubled before the ending ("stopped", "bigger") belongs to the ending.
    const last = root.length - 1;
    if (base === '' && DOUBLING.has(ending) && root[last] === root[last - 1] && list.has(root.slice(0, last))) return true;
  }
  return false;
}
