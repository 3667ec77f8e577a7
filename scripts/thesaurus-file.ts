// Writes a thesaurus file in the format src-main/assistant/thesaurus.ts reads: one line per group,
// `id<TAB>english<TAB>chinese`, English phrases already stemmed by the project's tokenizer (words joined by
// spaces, phrases by "|") so the app does not stem 100,000 phrases at start-up, Chinese forms folded.
// Groups sorted by id and forms sorted: the same source gives the same file.
import { renameSync, writeFileSync } from 'node:fs';
import { ENGLISH_GENERIC, ENGLISH_STOPWORDS } from '../src-main/assistant/stopwords.ts';
import { tempSibling } from '../src-main/node/temp-path.ts';
import { tokenize } from '../src-main/search/tokenize.ts';

export interface ThesaurusGroup {
  id: string;
  english: Iterable<string>;
  chinese: Iterable<string>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Temp file, then rename: an interrupted build leaves the previous file. */
export function writeFileAtomically(path: string, text: string): void {
  const partial = tempSibling(path);
  writeFileSync(partial, text);
  renameSync(partial, path);
}

/** Stems of stopwords and everyday words: a form made only of them matches text about anything. */
const EVERYDAY_STEMS = new Set([...ENGLISH_STOPWORDS, ...ENGLISH_GENERIC].flatMap((word) => tokenize(word).map((token) => token.text)));

/**
 * Writes the groups to `path` and returns how many lines it wrote. Left out: a group with an everyday English
 * form (拿到 "get" or 东西 "thing" would tie a question to every entry that says "get" or "thing"), and a group
 * that stemming leaves with one form ("absorb", "absorbed"), which says nothing the form does not.
 */
export function writeThesaurus(path: string, groups: Iterable<ThesaurusGroup>): number {
  const lines = [...groups]
    .map(({ id, english, chinese }) => ({
      id,
      stems: [...english].map((phrase) => tokenize(phrase).map((token) => token.text)),
      forms: new Set([...chinese].map((form) => form.normalize('NFKC').toLowerCase())),
    }))
    .filter(({ stems }) => !stems.some((words) => words.every((stem) => EVERYDAY_STEMS.has(stem))))
    .map(({ id, stems, forms }) => ({ id, stems: new Set(stems.map((words) => words.join(' '))), forms }))
    .filter(({ stems, forms }) => stems.size + forms.size >= 2)
    .sort((a, b) => byCodeUnit(a.id, b.id))
    .map(({ id, stems, forms }) => `${id}\t${[...stems].sort(byCodeUnit).join('|')}\t${[...forms].sort(byCodeUnit).join('|')}`);
  writeFileAtomically(path, `${lines.join('\n')}\n`);
  return lines.length;
}
