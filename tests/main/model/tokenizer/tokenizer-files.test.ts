import type { PreTrainedTokenizer } from '@huggingface/transformers';
import fc from 'fast-check';
import gpt3Encoder from 'gpt-3-encoder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gpt2TokenizerJson,
  tokenizerJsonFromVocabFiles,
  tokenizerVocabSize,
} from '../../../../src-main/model/tokenizer/tokenizer-files.ts';
import { GPT2_VOCAB_SIZE } from '../../../../src-main/model/tokenizer/gpt2-vocabulary.ts';
import { loadGpt2Tokenizer } from './gpt2-tokenizer-fixture.ts';

const SAMPLES: Record<string, string> = {
  english: "Hello world! It's a test: we'll see, won't we? The quick brown fox jumps over 13 lazy dogs.",
  chinese: '如何申请退货？我们支持七天无理由退货，请在订单页面点击“申请售后”。',
  emoji: 'Great service 👍🏽🎉 — thanks! 👨‍👩‍👧‍👦 ❤️',
  whitespace: '  leading\n\n\ttabs   and    runs   \r\n\n   trailing   ',
  code: 'function add(a, b) {\n    return a + b; // sum\n}\nconst xs = [1, 2, 3].map((x) => x ** 2);\n',
  mixed: 'Order #12345 已发货 (shipped) — ETA 3–5 days. Ünïcödé ñ',
};

let tokenizer: PreTrainedTokenizer;
let dispose: () => Promise<void>;

beforeAll(async () => ({ tokenizer, dispose } = await loadGpt2Tokenizer()));
afterAll(() => dispose?.());

describe('gpt2TokenizerFiles()', () => {
  it('gives exact GPT-2 ids for known strings in transformers.js', () => {
    expect(tokenizer.encode('Hello world')).toEqual([15496, 995]);
    expect(tokenizer.encode(' Hello')).toEqual([18435]);
    expect(tokenizer.encode('<|endoftext|>')).toEqual([50256]);
    expect(tokenizer.encode('Hi<|endoftext|>')).toEqual([17250, 50256]);
  });

  it('declares <|endoftext|> as the special bos/eos token', () => {
    expect(tokenizer.eos_token_id).toBe(50256);
    expect(tokenizer.bos_token_id).toBe(50256);
    expect(tokenizer.all_special_ids).toEqual([50256]);
    expect(tokenizer.decode([995, 50256], { skip_special_tokens: true })).toBe(' world');
  });

  it.each(Object.entries(SAMPLES))('round-trips %s text with the same ids as gpt-3-encoder', (_kind, text) => {
    const ids = tokenizer.encode(text);
    expect(ids).toEqual(gpt3Encoder.encode(text));
    expect(tokenizer.decode(ids)).toBe(text);
    expect(gpt3Encoder.decode(ids)).toBe(text);
  });

  it('matches gpt-3-encoder on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (text) => {
        const ids = tokenizer.encode(text);
        expect(ids).toEqual(gpt3Encoder.encode(text));
        expect(tokenizer.decode(ids)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('has 50,257 tokens and 50,000 merges', async () => {
    const json = JSON.parse(await gpt2TokenizerJson());
    expect(Object.keys(json.model.vocab)).toHaveLength(GPT2_VOCAB_SIZE);
    expect(json.model.merges).toHaveLength(50_000);
    expect(json.pre_tokenizer).toMatchObject({ type: 'ByteLevel', add_prefix_space: false, use_regex: true });
    expect(json.decoder.type).toBe('ByteLevel');
  });

  it('builds tokenizer.json once per process', async () => {
    expect(await gpt2TokenizerJson()).toBe(await gpt2TokenizerJson());
  });
});

describe('tokenizerJsonFromVocabFiles()', () => {
  it('converts vocab.json + merges.txt into the same tokenizer.json', async () => {
    const built = JSON.parse(await gpt2TokenizerJson());
    const mergesTxt = '#version: 0.2\n' + built.model.merges.join('\n') + '\n';
    expect(tokenizerJsonFromVocabFiles(JSON.stringify(built.model.vocab), mergesTxt)).toBe(await gpt2TokenizerJson());
  });

  it('rejects a malformed merges line with its line number', () => {
    expect(() => tokenizerJsonFromVocabFiles('{"<|endoftext|>": 0}', '#version: 0.2\na b\nabc\n')).toThrow(
      /merges line 3/,
    );
  });

  it('rejects a vocab without <|endoftext|>', () => {
    expect(() => tokenizerJsonFromVocabFiles('{"a": 0}', 'a a\n')).toThrow(/<\|endoftext\|>/);
  });
});

describe('tokenizerVocabSize()', () => {
  it('counts GPT-2 as 50,257 ids', async () => {
    expect(tokenizerVocabSize(await gpt2TokenizerJson())).toBe(GPT2_VOCAB_SIZE);
  });

  it('rejects a tokenizer that is not BPE', () => {
    expect(() => tokenizerVocabSize('{"model": {"type": "WordPiece", "vocab": {}}}')).toThrow(/not a BPE/);
    expect(() => tokenizerVocabSize('{not json')).toThrow(/not valid JSON/);
  });
});
