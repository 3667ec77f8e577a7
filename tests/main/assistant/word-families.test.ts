import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalStem } from '../../../src-main/assistant/english-forms.ts';
import { ENGLISH_GENERIC, ENGLISH_STOPWORDS } from '../../../src-main/assistant/stopwords.ts';
import { parseWordFamilies, relativesOf, WORD_FAMILIES_FILE } from '../../../src-main/assistant/word-families.ts';
import { porterStem } from '../../../src-main/search/porter-stemmer.ts';

const stem = (word: string) => canonicalStem(porterStem(word));
const related = (a: string, b: string) => relativesOf(stem(a)).includes(stem(b));

describe('parseWordFamilies()', () => {
  it('links each pair both ways, once', () => {
    const families = parseWordFamilies('price\tpricei\nprice\tpricei\nprice\tprici\n');
    expect(families.get('price')).toEqual(['pricei', 'prici']);
    expect(families.get('pricei')).toEqual(['price']);
  });

  it('drops a pair whose forms english-forms.ts already joins', () => {
    expect(parseWordFamilies(`${porterStem('colour')}\t${porterStem('color')}\n`).size).toBe(0);
  });
});

// resources/word-families-en.tsv as scripts/build-word-families.ts writes it from WordNet.
describe('word families file', () => {
  const pairs = readFileSync(WORD_FAMILIES_FILE, 'utf8').trim().split('\n').map((line) => line.split('\t'));

  it('holds thousands of pairs of distinct stems', () => {
    expect(pairs.length).toBeGreaterThan(3_000);
    expect(pairs.filter((pair) => pair.length !== 2 || pair[0] === pair[1] || !pair.every((form) => /^[a-z]+$/.test(form)))).toEqual([]);
  });

  it.each([
    ['pricey', 'price'],
    ['storage', 'store'],
    ['delivery', 'deliver'],
    ['payment', 'pay'],
    ['packers', 'packing'],
    ['movers', 'move'],
    ['cleaner', 'clean'],
    ['hourly', 'hour'],
    ['student', 'study'],
  ])('relates %s to %s, which Porter stems apart', (word, relative) => {
    expect(stem(word)).not.toBe(stem(relative));
    expect(related(word, relative)).toBe(true);
    expect(related(relative, word)).toBe(true);
  });

  it.each([
    ['charger', 'charge'],
    ['counter', 'count'],
    ['locker', 'lock'],
    ['product', 'produce'],
    ['format', 'form'],
    ['sensitive', 'sense'],
    ['waiter', 'wait'],
  ])('keeps %s apart from %s: their common senses part', (word, other) => expect(related(word, other)).toBe(false));

  it.each([
    ['refund', 'fund'],
    ['unpack', 'pack'],
    ['relocate', 'locate'],
    ['remote', 'remove'],
  ])('keeps %s apart from %s: a prefix or a look-alike is no suffix derivation', (word, other) => expect(related(word, other)).toBe(false));

  it('leaves out stopwords and everyday words, which would tie a topic word to every entry', () => {
    const everyday = new Set([...ENGLISH_STOPWORDS, ...ENGLISH_GENERIC].map(porterStem));
    expect(pairs.filter((pair) => pair.some((form) => everyday.has(form)))).toEqual([]);
  });
});
