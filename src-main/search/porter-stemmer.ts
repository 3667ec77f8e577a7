// Martin Porter's 1980 stemmer, as in his reference ANSI C implementation (including its two departures
// from the paper: "bli" → "ble" and "logi" → "log"). Input: one lower-case word of a–z.

const isConsonantAt = (word: string, i: number): boolean => {
  const c = word[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !isConsonantAt(word, i - 1);
  return true;
};

/** m in [C](VC)^m[V]: how many vowel→consonant transitions `stem` has. */
function measure(stem: string): number {
  let m = 0;
  let previousWasVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const consonant = isConsonantAt(stem, i);
    if (consonant && previousWasVowel) m++;
    previousWasVowel = !consonant;
  }
  return m;
}

const hasVowel = (stem: string) => [...stem].some((_, i) => !isConsonantAt(stem, i));

const endsWithDoubleConsonant = (word: string) =>
  word.length >= 2 && word.at(-1) === word.at(-2) && isConsonantAt(word, word.length - 1);

/** *o: ends consonant-vowel-consonant, the last not w, x or y (hop, not hoy). */
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const last = word[n - 1];
  return (
    isConsonantAt(word, n - 1) &&
    !isConsonantAt(word, n - 2) &&
    isConsonantAt(word, n - 3) &&
    last !== 'w' &&
    last !== 'x' &&
    last !== 'y'
  );
}

type Rule = readonly [suffix: string, replacement: string];

/** The first rule whose suffix matches decides, even when its condition then fails (as in the C code). */
function applyFirstMatch(word: string, rules: readonly Rule[], condition: (stem: string, suffix: string) => boolean) {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return condition(stem, suffix) ? stem + replacement : word;
  }
  return word;
}

function step1ab(word: string): string {
  if (word.endsWith('sses') || word.endsWith('ies')) word = word.slice(0, -2);
  else if (word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);

  if (word.endsWith('eed')) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  const suffix = word.endsWith('ed') ? 'ed' : word.endsWith('ing') ? 'ing' : null;
  if (!suffix || !hasVowel(word.slice(0, -suffix.length))) return word;

  word = word.slice(0, -suffix.length);
  if (word.endsWith('at') || word.endsWith('bl') || word.endsWith('iz')) return word + 'e';
  if (endsWithDoubleConsonant(word) && !/[lsz]$/.test(word)) return word.slice(0, -1);
  if (measure(word) === 1 && endsCvc(word)) return word + 'e';
  return word;
}

const step1c = (word: string) => (word.endsWith('y') && hasVowel(word.slice(0, -1)) ? word.slice(0, -1) + 'i' : word);

const STEP2: readonly Rule[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];

const STEP3: readonly Rule[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];

const STEP4: readonly Rule[] = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti',
  'ous', 'ive', 'ize',
].map((suffix) => [suffix, ''] as const);

const positiveMeasure = (stem: string) => measure(stem) > 0;

function step4(word: string): string {
  // "ion" only counts after s or t; otherwise the C code goes on to test "ou", which cannot match.
  const rules = /[st]ion$/.test(word) ? STEP4 : STEP4.filter(([suffix]) => suffix !== 'ion');
  return applyFirstMatch(word, rules, (stem) => measure(stem) > 1);
}

function step5(word: string): string {
  if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) word = stem;
  }
  if (word.endsWith('ll') && measure(word) > 1) word = word.slice(0, -1);
  return word;
}

/** Porter stem of a lower-case a–z word; words of one or two letters are returned unchanged. */
export function porterStem(word: string): string {
  if (word.length <= 2) return word;
  let stem = step1c(step1ab(word));
  stem = applyFirstMatch(stem, STEP2, positiveMeasure);
  stem = applyFirstMatch(stem, STEP3, positiveMeasure);
  return step5(step4(stem));
}
