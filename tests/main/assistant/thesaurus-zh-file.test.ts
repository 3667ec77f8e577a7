import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// resources/thesaurus-zh.tsv as scripts/build-thesaurus-zh.ts writes it from CC-CEDICT: one line per English
// gloss, "cd:<gloss>\t<gloss>\t<headword>|<headword>|…".
const file = fileURLToPath(new URL('../../../resources/thesaurus-zh.tsv', import.meta.url));
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const groups = lines.map((line) => {
  const columns = line.split('\t');
  return { line, columns, id: columns[0], en: columns[1].split('|'), zh: columns[2].split('|') };
});

describe('resources/thesaurus-zh.tsv', () => {
  it('has many groups', () => {
    expect(lines.length).toBeGreaterThan(10_000);
  });

  it('has lines of 3 tab-separated columns with a cd: id', () => {
    const bad = groups.filter(({ columns, id }) => columns.length !== 3 || !id.startsWith('cd:'));
    expect(bad.map(({ line }) => line)).toEqual([]);
  });

  it('holds only Chinese forms of 2 to 4 Han characters, at most 12 to a group', () => {
    const badForms = groups.flatMap(({ zh }) => zh.filter((form) => !/^\p{Script=Han}{2,4}$/u.test(form)));
    expect(badForms).toEqual([]);
    const tooBig = groups.filter(({ zh }) => zh.length > 12);
    expect(tooBig.map(({ id }) => id)).toEqual([]);
  });

  it('puts 早饭 and 早餐 in one group', () => {
    expect(groups.some(({ zh }) => zh.includes('早饭') && zh.includes('早餐'))).toBe(true);
  });

  it('puts 电梯 in a group whose English form is "elevator" or "lift"', () => {
    const matching = groups.filter(({ zh, en }) => zh.includes('电梯') && (en.includes('elevator') || en.includes('lift')));
    expect(matching.length).toBeGreaterThan(0);
  });
});
