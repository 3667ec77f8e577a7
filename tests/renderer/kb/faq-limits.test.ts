import { describe, expect, it } from 'vitest';
import * as shared from '../../../src-main/shared/api/faq.ts';
import * as limits from '../../../src-renderer/state/kb/faq-limits.ts';

// The renderer repeats the API's limits (it imports only types from shared/); these keep the copies honest.
describe('faq-limits', () => {
  it('matches the exported limits of the API', () => {
    expect(limits.QUESTION_MAX).toBe(shared.QUESTION_MAX);
    expect(limits.ANSWER_MAX).toBe(shared.ANSWER_MAX);
    expect(limits.IMPORT_FILE_MAX_BYTES).toBe(shared.IMPORT_FILE_MAX_BYTES);
  });

  it('matches the limits the API schema enforces on category, reference and tags', () => {
    const draft = { question: 'q', answer: 'a' };
    const accepts = (patch: object) => shared.FaqDraft.safeParse({ ...draft, ...patch }).success;
    expect(accepts({ category: 'c'.repeat(limits.CATEGORY_MAX) })).toBe(true);
    expect(accepts({ category: 'c'.repeat(limits.CATEGORY_MAX + 1) })).toBe(false);
    expect(accepts({ ref: 'r'.repeat(limits.REF_MAX) })).toBe(true);
    expect(accepts({ ref: 'r'.repeat(limits.REF_MAX + 1) })).toBe(false);
    expect(accepts({ tags: ['t'.repeat(limits.TAG_MAX)] })).toBe(true);
    expect(accepts({ tags: ['t'.repeat(limits.TAG_MAX + 1)] })).toBe(false);
    expect(accepts({ tags: Array.from({ length: limits.TAGS_MAX }, (_, i) => `t${i}`) })).toBe(true);
    expect(accepts({ tags: Array.from({ length: limits.TAGS_MAX + 1 }, (_, i) => `t${i}`) })).toBe(false);
  });
});
