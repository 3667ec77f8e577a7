import { describe, expect, it } from 'vitest';
import { filterMatch, queryTokens, quoteFtsString, rankedMatch } from '../../../src-main/search/fts-query.ts';

describe('queryTokens()', () => {
  it('removes repeats and what `drop` rejects', () => {
    const tokens = queryTokens('the refund the refunds', (token) => token.surface === 'the');
    expect(tokens.map((token) => token.text)).toEqual(['refund']);
  });

  it('keeps at most 64 terms of a very long question', () => {
    expect(queryTokens('退货'.repeat(10) + '天地玄黄宇宙洪荒日月盈昃辰宿列张'.repeat(20)).length).toBeLessThanOrEqual(64);
    const words = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    expect(queryTokens(words)).toHaveLength(64);
  });
});

describe('rankedMatch()', () => {
  it('ORs quoted tokens', () => {
    expect(rankedMatch(queryTokens('退货 refunds'))).toBe('"退货" OR "refund"');
  });

  it('is null when the query has no tokens', () => {
    expect(rankedMatch(queryTokens('?? "" *'))).toBeNull();
  });
});

describe('filterMatch()', () => {
  it('ANDs the terms and makes the last one a prefix while it may be unfinished', () => {
    expect(filterMatch('ship refu')).toBe('"ship" AND "refu"*');
  });

  it('treats a query ending in a space or punctuation as finished', () => {
    expect(filterMatch('refund ')).toBe('"refund"');
    expect(filterMatch('退货？')).toBe('"退货"');
  });

  it('looks up a lone CJK character as a bigram prefix', () => {
    expect(filterMatch('退 ')).toBe('"退"*');
  });

  it('uses bigrams only for Chinese (segmenter words may split differently in the entry)', () => {
    expect(filterMatch('信用卡。')).toBe('"信用" AND "用卡"');
  });
});

describe('quoteFtsString()', () => {
  it('doubles inner quotes', () => {
    expect(quoteFtsString('a"b')).toBe('"a""b"');
  });
});
