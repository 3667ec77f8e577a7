import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import * as limits from '../../../src-main/shared/api/faq-limits.ts';

describe('faq-limits', () => {
  it('are the limits the API schema enforces on category, reference and tags', () => {
    const draft = { question: 'q', answer: 'a' };
    const accepts = (patch: object) => FaqDraft.safeParse({ ...draft, ...patch }).success;
    expect(accepts({ question: 'q'.repeat(limits.QUESTION_MAX) })).toBe(true);
    expect(accepts({ question: 'q'.repeat(limits.QUESTION_MAX + 1) })).toBe(false);
    expect(accepts({ answer: 'a'.repeat(limits.ANSWER_MAX + 1) })).toBe(false);
    expect(accepts({ category: 'c'.repeat(limits.CATEGORY_MAX) })).toBe(true);
    expect(accepts({ category: 'c'.repeat(limits.CATEGORY_MAX + 1) })).toBe(false);
    expect(accepts({ ref: 'r'.repeat(limits.REF_MAX) })).toBe(true);
    expect(accepts({ ref: 'r'.repeat(limits.REF_MAX + 1) })).toBe(false);
    expect(accepts({ tags: ['t'.repeat(limits.TAG_MAX)] })).toBe(true);
    expect(accepts({ tags: ['t'.repeat(limits.TAG_MAX + 1)] })).toBe(false);
    expect(accepts({ tags: Array.from({ length: limits.TAGS_MAX }, (_, i) => `t${i}`) })).toBe(true);
    expect(accepts({ tags: Array.from({ length: limits.TAGS_MAX + 1 }, (_, i) => `t${i}`) })).toBe(false);
  });

  it('import nothing, so the renderer can use them without bundling zod', () => {
    const source = readFileSync(new URL('../../../src-main/shared/api/faq-limits.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export .* from)\b/m);
  });
});
