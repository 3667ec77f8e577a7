import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_GENERIC, ENGLISH_STOPWORDS } from '../../../src-main/assistant/stopwords.ts';
import { THESAURUS_FILES, thesaurusGroups } from '../../../src-main/assistant/thesaurus.ts';
import { porterStem } from '../../../src-main/search/porter-stemmer.ts';
import { tokenize } from '../../../src-main/search/tokenize.ts';

// The thesaurus files as scripts/build-thesaurus-{en,zh}.ts write them (format: scripts/thesaurus-file.ts).
const groupsOf = (file: string) => [...thesaurusGroups(readFileSync(file, 'utf8'))].map(([id, { en, zh }]) => ({ id, en, zh }));
const english = groupsOf(THESAURUS_FILES.en);
const chinese = groupsOf(THESAURUS_FILES.zh);
const broader = groupsOf(THESAURUS_FILES.enBroader);
const everydayStems = new Set([...ENGLISH_STOPWORDS, ...ENGLISH_GENERIC].flatMap((word) => tokenize(word).map((token) => token.text)));

describe('thesaurus files', () => {
  it('hold tens of thousands of groups, ids naming their source', () => {
    expect(english.length).toBeGreaterThan(5_000);
    expect(chinese.length).toBeGreaterThan(50_000);
    expect(english.filter(({ id }) => !id.startsWith('wn:'))).toEqual([]);
    expect(chinese.filter(({ id }) => !id.startsWith('cd:'))).toEqual([]);
  });

  it('store English forms as stems and Chinese forms of 2 to 4 Han characters', () => {
    const forms = [...english, ...chinese].flatMap(({ en }) => en);
    expect(forms.filter((form) => !/^[a-z0-9'-]+( [a-z0-9'-]+)*$/.test(form))).toEqual([]);
    expect(forms).toContain(porterStem('elevator'));
    expect(chinese.flatMap(({ zh }) => zh).filter((form) => !/^\p{Script=Han}{2,4}$/u.test(form))).toEqual([]);
    expect(english.filter(({ zh }) => zh.length > 0)).toEqual([]);
  });

  it('leave out groups named by everyday words only ("get", "thing"), which would tie a question to every entry', () => {
    const everyday = (form: string) => form.split(' ').every((stem) => everydayStems.has(stem));
    expect([...english, ...chinese].filter(({ en }) => en.some(everyday)).map(({ id }) => id)).toEqual([]);
  });

  it('keep WordNet groups of two or more forms and CC-CEDICT groups of at most 12 words', () => {
    expect(english.filter(({ en }) => en.length < 2).map(({ id }) => id)).toEqual([]);
    expect(chinese.filter(({ zh }) => zh.length > 12).map(({ id }) => id)).toEqual([]);
  });

  it('know that luggage is baggage, that 早饭 is 早餐, and that 电梯 is an elevator', () => {
    const elevator = porterStem('elevator');
    expect(english.some(({ en }) => en.includes(porterStem('luggage')) && en.includes(porterStem('baggage')))).toBe(true);
    expect(chinese.some(({ zh }) => zh.includes('早饭') && zh.includes('早餐'))).toBe(true);
    expect(chinese.some(({ zh, en }) => zh.includes('电梯') && en.includes(elevator))).toBe(true);
  });

  it('group specific English nouns under a broader one (scripts/build-hypernyms-en.ts), small groups only', () => {
    const together = (a: string, b: string) => broader.some(({ en }) => en.includes(a) && en.includes(b));
    expect(broader.length).toBeGreaterThan(5_000);
    expect(broader.filter(({ id }) => !id.startsWith('wh:'))).toEqual([]);
    expect(broader.filter(({ en }) => en.length < 2 || en.length > 60).map(({ id }) => id)).toEqual([]);
    expect(together('babi grand', porterStem('piano'))).toBe(true);
    expect(together(porterStem('flea'), porterStem('parasite'))).toBe(true);
    // Too broad to group: furniture has hundreds of kinds under it, and "entity" or "object" everything.
    expect(together(porterStem('sofa'), porterStem('furniture'))).toBe(false);
  });
});
