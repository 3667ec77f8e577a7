import { Tokenizer as TfjsUseTokenizer } from '@tensorflow-models/universal-sentence-encoder';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateModelPackage, readVocabulary } from '../../../../src-main/assistant/sentence-encoder/model-package.ts';
import {
  SentencePieceTokenizer,
  UNKNOWN_ID,
  type VocabularyEntry,
} from '../../../../src-main/assistant/sentence-encoder/sentencepiece-tokenizer.ts';

// The reference: TensorFlow.js's own USE tokenizer (@tensorflow-models/universal-sentence-encoder), over the same
// vocab.json, computed here at test time.
let vocabulary: VocabularyEntry[];
let tokenizer: SentencePieceTokenizer;
let reference: TfjsUseTokenizer;

beforeAll(async () => {
  vocabulary = await readVocabulary((await locateModelPackage()).dir);
  tokenizer = new SentencePieceTokenizer(vocabulary);
  reference = new TfjsUseTokenizer(vocabulary as [string, number][]);
});

const pieces = (text: string) => tokenizer.encode(text).map((id) => vocabulary[id][0]);

describe('SentencePieceTokenizer', () => {
  describe('encode()', () => {
    it('splits a question into cased word pieces, each word marked with ▁', () => {
      expect(pieces('How do I reset my password?')).toEqual(['▁How', '▁do', '▁I', '▁re', 'set', '▁my', '▁password', '?']);
      expect(pieces('Call 555-1234 at 9:30am!!')).toEqual(['▁Call', '▁5', '55', '-', '12', '34', '▁at', '▁9', ':30', 'am', '!!']);
    });

    it('normalises with NFKC before matching (full-width letters, ligatures)', () => {
      expect(pieces('ＦＵＬＬ ｗｉｄｔｈ ﬁ')).toEqual(['▁F', 'UL', 'L', '▁width', '▁fi']);
    });

    it('gives text no piece covers one unknown id per run', () => {
      const ids = tokenizer.encode('😀😀 漢字テスト');
      expect(ids).toEqual([vocabulary.findIndex(([p]) => p === '▁'), UNKNOWN_ID, vocabulary.findIndex(([p]) => p === '▁'), UNKNOWN_ID]);
    });

    it('gives no ids for the empty string', () => {
      expect(tokenizer.encode('')).toEqual([]);
    });

    it('gives the ids of the TensorFlow.js USE tokenizer on FAQ-like sentences', () => {
      const sentences = [
        'Hi',
        'Can I bring my dog to the hotel, and is there an extra fee for pets?',
        'Order #12345 arrived on 3/14/2024 with 2 items missing!!!',
        "What's your refund policy for items bought on sale (e.g. 50% off)?",
        'xyzzyplugh qwrtzp frobnicate',
        'double  space\ttab\nnewline :) :-) ://',
        "Qu'est-ce que c'est? 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 café naïve résumé",
      ];
      for (const s of sentences) expect(tokenizer.encode(s), s).toEqual(reference.encode(s));
    });

    it('gives the ids of the TensorFlow.js USE tokenizer on random text', () => {
      const symbols = Array.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789  .,!?:;'\"-()€£é漢😀\u0301ﬁ\t");
      const text = fc.array(fc.constantFrom(...symbols), { maxLength: 40 }).map((cs) => cs.join(''));
      fc.assert(
        fc.property(text, (s) => {
          expect(tokenizer.encode(s)).toEqual(reference.encode(s));
        }),
        { numRuns: 2000 },
      );
    });
  });
});
