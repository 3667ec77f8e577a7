import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { AbsolutePath, ModelId } from '../../../src-main/shared/api/models.ts';
import { issueCode } from '../../../src-main/shared/input-issues.ts';

/** The code and values of the first issue `schema` finds in `value`. */
const codeOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected an issue');
  return issueCode(parsed.error.issues[0]);
};

describe('issueCode()', () => {
  it('codes the FAQ schema\'s own sentences by the kind of issue, with the field\'s path', () => {
    const draft = { question: 'Q?', answer: 'A.' };
    expect(codeOf(FaqDraft, { ...draft, question: '  ' })).toEqual({ code: 'input.required', params: { field: 'question' } });
    expect(codeOf(FaqDraft, { ...draft, answer: 7 })).toEqual({ code: 'input.text', params: { field: 'answer' } });
    expect(codeOf(FaqDraft, { ...draft, question: 'q'.repeat(1_001) })).toEqual({ code: 'input.too-long', params: { field: 'question', max: 1_000 } });
    expect(codeOf(FaqDraft, { ...draft, tags: ['ok', 'a|b'] })).toEqual({ code: 'input.tag-chars', params: { field: 'tags.1' } });
    expect(codeOf(FaqDraft, { ...draft, tags: Array(51).fill('t') })).toEqual({ code: 'input.too-many', params: { field: 'tags', max: 50 } });
    expect(codeOf(FaqDraft, { ...draft, lang: 'fr' })).toEqual({ code: 'input.one-of', params: { field: 'lang', values: '"zh", "en"' } });
    expect(codeOf(FaqDraft, { ...draft, enabled: 'yes' })).toEqual({ code: 'input.boolean', params: { field: 'enabled' } });
    expect(codeOf(FaqDraft, { ...draft, paraphrases: 'x' })).toEqual({ code: 'input.list', params: { field: 'paraphrases' } });
  });

  it('codes zod\'s default sentences too: numbers, lists, objects, formats, unknown keys', () => {
    const limits = z.object({ n: z.number().int().min(1).max(5), above: z.number().positive(), below: z.number().lt(2) }).strict();
    const ok = { n: 2, above: 1, below: 1 };
    expect(codeOf(limits, { ...ok, n: 0 })).toEqual({ code: 'input.at-least', params: { field: 'n', min: 1 } });
    expect(codeOf(limits, { ...ok, n: 6 })).toEqual({ code: 'input.at-most', params: { field: 'n', max: 5 } });
    expect(codeOf(limits, { ...ok, n: 1.5 })).toEqual({ code: 'input.whole-number', params: { field: 'n' } });
    expect(codeOf(limits, { ...ok, above: 0 })).toEqual({ code: 'input.above', params: { field: 'above', min: 0 } });
    expect(codeOf(limits, { ...ok, below: 2 })).toEqual({ code: 'input.below', params: { field: 'below', max: 2 } });
    expect(codeOf(limits, { ...ok, n: '2' })).toEqual({ code: 'input.number', params: { field: 'n' } });
    expect(codeOf(limits, { ...ok, extra: 1, more: 2 })).toEqual({ code: 'input.unknown-keys', params: { field: 'input', keys: 'extra, more' } });
    expect(codeOf(limits, null)).toEqual({ code: 'input.object', params: { field: 'input' } });
    expect(codeOf(z.array(z.string()).min(1), [])).toEqual({ code: 'input.too-few', params: { field: 'input', min: 1 } });
    expect(codeOf(z.string().min(3), 'ab')).toEqual({ code: 'input.too-short', params: { field: 'input', min: 3 } });
    expect(codeOf(z.string().regex(/^a+$/), 'b')).toEqual({ code: 'input.format', params: { field: 'input' } });
    expect(codeOf(z.object({ id: ModelId }), { id: '../etc' })).toEqual({ code: 'input.model-id', params: { field: 'id' } });
    expect(codeOf(z.object({ path: AbsolutePath }), { path: 'models/gpt2' })).toEqual({ code: 'input.absolute-path', params: { field: 'path' } });
    expect(codeOf(z.bigint(), 1)).toEqual({ code: 'input.type', params: { field: 'input', expected: 'bigint' } });
  });

  it('says only that the value is not valid when nothing more precise is known', () => {
    const odd = z.string().refine((text) => text.length % 2 === 0, 'must have an even length');
    expect(codeOf(z.object({ word: odd }), { word: 'abc' })).toEqual({ code: 'input.invalid', params: { field: 'word' } });
    expect(codeOf(z.union([z.string(), z.number()]), true)).toEqual({ code: 'input.invalid', params: { field: 'input' } });
  });
});
