// English words of one derivational family that Porter's rules stem apart: "pricey" and "price", "storage" and
// "store", "delivery" and "deliver", "cleaner" and "clean", "payment" and "pay". Pairs from WordNet's
// derivationally related forms (resources/word-families-en.tsv, scripts/build-word-families.ts), limited to
// suffix derivations between common senses. A question's word then meets an entry's relative of it, for less
// than the word itself (MATCH_CREDIT.related): a derivation can shift the sense ("charger" is a device,
// "charge" a fee).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalStem } from './english-forms.ts';

/** In the source tree and, with resources/**, in the packaged app. */
export const WORD_FAMILIES_FILE = fileURLToPath(new URL('../../resources/word-families-en.tsv', import.meta.url));

/** Stem → its relatives' stems, both ways, from a file of `stem<TAB>stem` lines (forms joined by english-forms.ts). */
export function parseWordFamilies(text: string): Map<string, string[]> {
  const relatives = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = relatives.get(from);
    if (!list) relatives.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const a = canonicalStem(line.slice(0, tab));
    const b = canonicalStem(line.slice(tab + 1));
    if (a === b) continue;
    link(a, b);
    link(b, a);
  }
  return relatives;
}

/** A few thousand pairs: read on first use (a few milliseconds). */
let families: Map<string, string[]> | null = null;

const NONE: readonly string[] = [];

/** Stems of the words of the same family as the word `stem` comes from (a canonical stem), itself excluded. */
export function relativesOf(stem: string): readonly string[] {
  families ??= parseWordFamilies(readFileSync(WORD_FAMILIES_FILE, 'utf8'));
  return families.get(stem) ?? NONE;
}
