import type { PreTrainedTokenizer } from '@huggingface/transformers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMerges, parseVocab } from '../../../../src-main/model/tokenizer/byte-level-bpe.ts';
import { GPT2_VOCAB_SIZE } from '../../../../src-main/model/tokenizer/gpt2-vocabulary.ts';
import { tokenizerJsonFromVocabFiles, tokenizerVocabSize } from '../../../../src-main/model/tokenizer/tokenizer-files.ts';
import { InvalidInputError } from '../../../../src-main/shared/errors.ts';
import { loadGpt2Tokenizer } from './gpt2-tokenizer-fixture.ts';

// The tokenizer files we write, loaded by transformers.js exactly as the app's inference and training load them
// (encode without special tokens). The grapheme-level property lives in tokenizer-files.test.ts; this one aims at
// what customer text is made of: CJK, full-width punctuation, emoji sequences, and runs of whitespace.
const codePoints = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
const piece = fc.oneof(
  { weight: 4, arbitrary: codePoints(0x4e00, 0x9fff) }, // CJK unified ideographs
  { weight: 1, arbitrary: codePoints(0x3400, 0x4dbf) }, // extension A
  { weight: 1, arbitrary: codePoints(0x20000, 0x2a6df) }, // extension B: outside the BMP
  { weight: 2, arbitrary: codePoints(0x3000, 0x303f) }, // CJK punctuation
  { weight: 2, arbitrary: codePoints(0xff00, 0xffef) }, // full-width forms
  { weight: 1, arbitrary: codePoints(0x3040, 0x30ff) }, // kana
  { weight: 1, arbitrary: codePoints(0xac00, 0xd7a3) }, // hangul
  { weight: 3, arbitrary: codePoints(0x1f300, 0x1faff) }, // emoji
  { weight: 2, arbitrary: fc.constantFrom('👨‍👩‍👧‍👦', '👍🏽', '❤️', '🇨🇳', '1️⃣', '\u200d', '\ufe0f', '\u0301') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u3000', '\u00a0') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }) },
);
const customerText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((pieces) => pieces.join(''));

let tokenizer: PreTrainedTokenizer;
let dispose: () => Promise<void>;

beforeAll(async () => ({ tokenizer, dispose } = await loadGpt2Tokenizer()));
afterAll(() => dispose?.());

/** The value, or the error when it is an InvalidInputError; any other throw fails the property. */
function typed<T>(run: () => T): T | InvalidInputError {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return error as InvalidInputError;
  }
}

describe('GPT-2 tokenizer (properties)', () => {
  it('decode(encode(text)) === text for CJK, emoji and mixed customer text, with every id in the vocabulary', () => {
    fc.assert(
      fc.property(customerText, (text) => {
        const ids = tokenizer.encode(text, { add_special_tokens: false });
        for (const id of ids) expect(id >= 0 && id < GPT2_VOCAB_SIZE).toBe(true);
        expect(tokenizer.decode(ids)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('reads arbitrary merges and vocab files into data or an InvalidInputError', () => {
    const vocabText = fc.oneof(fc.json({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 60 }));
    const mergesText = fc.oneof(
      fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', '#', 'Ġ', '中'), maxLength: 8 }), { maxLength: 6 }).map((lines) => lines.join('\n')),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    fc.assert(
      fc.property(vocabText, mergesText, (vocab, merges) => {
        const parsedMerges = typed(() => parseMerges(merges));
        if (Array.isArray(parsedMerges)) for (const merge of parsedMerges) expect(merge.split(' ')).toHaveLength(2);
        const parsedVocab = typed(() => parseVocab(vocab));
        if (!(parsedVocab instanceof InvalidInputError)) {
          for (const id of Object.values(parsedVocab)) expect(Number.isInteger(id) && id >= 0).toBe(true);
        }
        const json = typed(() => tokenizerJsonFromVocabFiles(vocab, merges));
        if (typeof json === 'string') expect(typed(() => tokenizerVocabSize(json))).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('sizes arbitrary tokenizer.json text or refuses it with an InvalidInputError', () => {
    const tokenizerJson = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.record({ model: fc.record({ type: fc.constantFrom('BPE', 'WordPiece'), vocab: fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.double())) }), added_tokens: fc.oneof(fc.array(fc.oneof(fc.record({ id: fc.oneof(fc.integer(), fc.string()) }), fc.constant(null), fc.integer())), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(tokenizerJson, (text) => {
        const size = typed(() => tokenizerVocabSize(text));
        if (typeof size === 'number') expect(Number.isInteger(size)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an added_tokens that is not a list (found by the property above: it threw a TypeError)', () => {
    expect(() => tokenizerVocabSize('{"model":{"type":"BPE","vocab":{}},"added_tokens":{}}')).toThrow(InvalidInputError);
  });
});
