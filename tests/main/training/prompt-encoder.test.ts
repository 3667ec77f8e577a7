import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GPT2Tokenizer } from '../../../src-main/inference/transformers-env.ts';
import { gpt2TokenizerJson, tokenizerConfigJson } from '../../../src-main/model/tokenizer/tokenizer-files.ts';
import type { FaqEntry } from '../../../src-main/shared/api/faq.ts';
import { groundedPrompts } from '../../../src-main/training/grounded-prompts.ts';
import { lineMemoEncoder, splitsAtLines } from '../../../src-main/training/prompt-encoder.ts';

async function gpt2() {
  const json = JSON.parse(await gpt2TokenizerJson());
  const tokenizer = new GPT2Tokenizer(json, JSON.parse(tokenizerConfigJson(1024)));
  return { json, encode: (text: string) => tokenizer.encode(text, { add_special_tokens: false }) };
}

async function sampleFaq(): Promise<FaqEntry[]> {
  const { entries } = JSON.parse(await readFile(new URL('../../../resources/sample-faq.json', import.meta.url), 'utf8'));
  return entries.map((e: Omit<FaqEntry, 'id'>, i: number) => ({ ...e, id: i + 1, enabled: true, deletedAt: null, paraphrases: e.paraphrases ?? [] }));
}

describe('lineMemoEncoder()', () => {
  it("gives GPT-2's own ids for every training prompt of the sample FAQ, encoding each distinct line once", async () => {
    const { encode } = await gpt2();
    const entries = await sampleFaq();
    const prompt = await groundedPrompts(entries);
    const texts = entries.flatMap((e) => [e.question, ...e.paraphrases].map((q) => prompt(e, q)));
    let calls = 0;
    const memo = lineMemoEncoder((text) => (calls++, encode(text)));
    for (const text of texts) expect(memo(text)).toEqual(encode(text));
    const lines = new Set(texts.flatMap((text) => text.split(/(?<=\S)(?=\n\S)/)));
    expect(calls).toBe(lines.size);
    expect(calls).toBeLessThan(texts.length * 3); // each prompt has up to 3 entries' two lines, a separator and the turn
  }, 60_000);

  it('keeps whitespace runs around a newline whole, where GPT-2 would not split them the same', async () => {
    const { encode } = await gpt2();
    const memo = lineMemoEncoder(encode);
    for (const text of ['Q: a\n\nA: b', 'A: ends with a space \nQ: next', 'x\n  indented\ny', ' leading\nand trailing \n', '你好。\n再见！\n###']) {
      expect(memo(text)).toEqual(encode(text));
    }
  });
});

describe('splitsAtLines()', () => {
  it("accepts GPT-2's byte-level tokenizer and refuses one that normalizes, adds a prefix space or splits otherwise", async () => {
    const { json } = await gpt2();
    expect(splitsAtLines(json)).toBe(true);
    expect(splitsAtLines({ ...json, normalizer: { type: 'NFC' } })).toBe(false);
    expect(splitsAtLines({ ...json, pre_tokenizer: { ...json.pre_tokenizer, add_prefix_space: true } })).toBe(false);
    expect(splitsAtLines({ ...json, pre_tokenizer: { type: 'Metaspace' } })).toBe(false);
    expect(splitsAtLines(null)).toBe(false);
  });
});
