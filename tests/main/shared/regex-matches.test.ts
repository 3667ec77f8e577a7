import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../src-main/shared/regex-matches.ts';

const spans = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match]);

describe('matchesOf()', () => {
  it.each([
    [/\d+/g, 'order 10234, 3 items and 12'],
    [/(\p{Script=Han})[不没](?=\1)/gu, '收不收旧衣服，能不能退，好不好'],
    [/x*/g, 'axxbx'],
    [/x*/gu, 'a𠮷x𠮷'],
    [/(?<=\p{L})['’](?=\p{L})/gu, "don't won’t 'quoted'"],
    [/[a-z]+/g, ''],
  ])('finds what matchAll finds: %s in %s', (pattern, text) => {
    expect(spans(matchesOf(text, pattern))).toEqual(spans(text.matchAll(pattern)));
    expect(pattern.lastIndex).toBe(0);
  });

  it('starts from the beginning whatever lastIndex a pattern was left at', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 5;
    expect(matchesOf('1 2 3 4', pattern).map(([digit]) => digit)).toEqual(['1', '2', '3', '4']);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => matchesOf('abc', /b/)).toThrow(TypeError);
  });
});
