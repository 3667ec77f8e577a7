import { describe, expect, it } from 'vitest';
import { hasCjk, indexText, tokenize } from '../../../src-main/search/tokenize.ts';

const texts = (text: string) => tokenize(text).map((token) => token.text);

describe('tokenize()', () => {
  it('indexes Chinese as overlapping character bigrams, so any two-character word is a token', () => {
    expect(texts('如何申请退货？')).toEqual(['如何', '何申', '申请', '请退', '退货']);
  });

  it('adds segmenter words of three or more characters after the bigrams', () => {
    const tokens = tokenize('信用卡');
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['信用', 'cjk-gram'],
      ['用卡', 'cjk-gram'],
      ['信用卡', 'cjk-word'],
    ]);
  });

  it('keeps a lone CJK character as a token', () => {
    expect(texts('退')).toEqual(['退']);
  });

  it('case-folds and Porter-stems English, dropping apostrophes inside words', () => {
    expect(texts("Refunds for RUNNING shoes don't")).toEqual(['refund', 'for', 'run', 'shoe', 'dont']);
  });

  it('unifies full-width forms and strips Latin accents', () => {
    expect(texts('ＡＢＣ１２３ café Crème')).toEqual(['abc123', 'cafe', 'creme']);
  });

  it('splits mixed-script runs into their scripts', () => {
    expect(texts('iPhone15手机壳')).toEqual(['iphone15', '手机', '机壳']);
  });

  it('drops punctuation and FTS5 syntax characters', () => {
    expect(texts('" * NEAR( ) ^ - : {col}')).toEqual(['near', 'col']);
  });

  it('returns no tokens for emoji, symbols and blank text', () => {
    expect(texts('😀🎉 ！？ \t\n')).toEqual([]);
  });
});

describe('indexText()', () => {
  it('joins the tokens with spaces', () => {
    expect(indexText('退货 refunds')).toBe('退货 refund');
  });
});

describe('hasCjk()', () => {
  it('is true for Chinese or Japanese text and false for Latin text', () => {
    expect([hasCjk('怎么退货'), hasCjk('カタカナ'), hasCjk('refund'), hasCjk('')]).toEqual([true, true, false, false]);
  });
});
