// The evaluation sets and the FAQ each runs against, for scripts/eval-fixtures.ts and scripts/eval-marked.ts.
//
// Sets are tests/fixtures/eval-*.json plus those in each extra folder. A set `eval-<name>-<zh|en|cross>.json` is run
// against `faq-<name>.json` from its own folder or tests/fixtures, else against resources/sample-faq.json (the shop).
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');
const SHOP_FAQ = resolve(import.meta.dirname, '../resources/sample-faq.json');
/** Fixtures that are test inputs, not evaluation sets. */
const NOT_SETS = new Set(['eval-small']);

export interface EvalSet {
  name: string;
  file: string;
  faq: string;
}

function faqFor(file: string): string {
  const name = basename(file, '.json').replace(/^eval-/, '').replace(/-(zh|en|cross)$/, '');
  for (const folder of [dirname(file), FIXTURES]) {
    const faq = join(folder, `faq-${name}.json`);
    if (existsSync(faq)) return faq;
  }
  return SHOP_FAQ;
}

/**
 * The sets of tests/fixtures and `dirs` whose name `only` matches (all without it) and `skip` does not, grouped by
 * the FAQ they run against. A skipped set's file is never opened.
 */
export function setsByFaq(options: { dirs?: readonly string[]; only?: RegExp | null; skip?: RegExp | null }): Map<string, EvalSet[]> {
  const { dirs = [], only = null, skip = null } = options;
  const sets = [FIXTURES, ...dirs.map((dir) => resolve(dir))]
    .flatMap((folder) => readdirSync(folder).filter((f) => /^eval-.*\.json$/.test(f)).map((f) => join(folder, f)))
    .map((file) => ({ name: basename(file, '.json'), file, faq: faqFor(file) }))
    .filter((set) => !NOT_SETS.has(set.name) && (!only || only.test(set.name)) && !skip?.test(set.name));
  const byFaq = new Map<string, EvalSet[]>();
  for (const set of sets) byFaq.set(set.faq, [...(byFaq.get(set.faq) ?? []), set]);
  return byFaq;
}
