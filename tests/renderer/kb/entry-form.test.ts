import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../../src-main/shared/api/index.ts';
import { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { EntryForm } from '../../../src-renderer/state/kb/entry-form.svelte.ts';

const entry: FaqEntry = {
  id: 7,
  question: 'How do I return an item?',
  answer: 'Open your orders and choose Return.',
  category: 'Returns',
  tags: ['orders', 'returns'],
  lang: 'en',
  enabled: false,
  ref: 'RET-1',
  paraphrases: ['Can I send something back?'],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  deletedAt: null,
};

describe('EntryForm', () => {
  describe('constructor', () => {
    it('fills the fields from an existing entry', () => {
      const form = new EntryForm(entry);
      expect(form.isNew).toBe(false);
      expect(form.tags).toBe('orders, returns');
      expect(form.enabled).toBe(false);
      expect(form.toDraft()).toEqual({
        question: entry.question,
        answer: entry.answer,
        category: 'Returns',
        tags: ['orders', 'returns'],
        lang: 'en',
        enabled: false,
        ref: 'RET-1',
        paraphrases: ['Can I send something back?'],
      });
    });

    it('starts a new entry in the category and language being browsed', () => {
      const form = new EntryForm(null, { category: 'Shipping', lang: 'zh' });
      expect(form.isNew).toBe(true);
      expect(form.category).toBe('Shipping');
      expect(form.lang).toBe('zh');
    });
  });

  describe('dirty', () => {
    it('tells a changed entry from one only opened or touched with spaces', () => {
      const form = new EntryForm(entry);
      expect(form.dirty).toBe(false);
      form.answer = `  ${entry.answer}  `;
      form.tags = 'orders,returns';
      expect(form.dirty).toBe(false);
      form.answer = 'Returns are free.';
      expect(form.dirty).toBe(true);
    });

    it('is dirty once anything is typed into a new entry, even a similar question alone', () => {
      const form = new EntryForm(null);
      expect(form.dirty).toBe(false);
      form.addParaphrase('Where is my order?');
      expect(form.dirty).toBe(true);
    });
  });

  describe('problems', () => {
    it('requires a question and an answer', () => {
      const form = new EntryForm();
      expect(form.valid).toBe(false);
      expect(form.problems.question?.key).toBe('kb.field.required');
      expect(form.problems.answer?.key).toBe('kb.field.required');
      form.question = '  怎么退货？ ';
      form.answer = '在订单页申请退货。';
      expect(form.valid).toBe(true);
    });

    it('reports an over-long field and similar question with the length and the limit', () => {
      const form = new EntryForm(entry);
      form.question = 'q'.repeat(1_001);
      form.paraphrases = ['fine', 'p'.repeat(1_200)];
      expect(form.problems.question).toEqual({ key: 'kb.field.tooLong', params: { n: 1_001, max: 1_000 } });
      expect(form.problems['paraphrase.1']).toEqual({ key: 'kb.field.tooLong', params: { n: 1_200, max: 1_000 } });
      expect(form.problems['paraphrase.0']).toBeUndefined();
    });

    it('limits the number of tags', () => {
      const form = new EntryForm(entry);
      form.tags = Array.from({ length: 51 }, (_, i) => `t${i}`).join(',');
      expect(form.problems.tags?.key).toBe('kb.field.tooManyTags');
    });
  });

  describe('toDraft()', () => {
    it('trims, splits tags on Latin and Chinese commas, and drops blank or repeated similar questions', () => {
      const form = new EntryForm();
      form.question = ' 如何退货？ ';
      form.answer = ' 在订单页申请。 ';
      form.tags = '售后，退货、 订单 , 退货,';
      form.paraphrases = ['怎么退货', '', '怎么退货 ', '如何退货？', '  '];
      form.ref = '   ';
      const draft = form.toDraft();
      expect(draft).toMatchObject({
        question: '如何退货？',
        answer: '在订单页申请。',
        tags: ['售后', '退货', '订单'],
        paraphrases: ['怎么退货'],
        ref: null,
        lang: undefined,
      });
      expect(FaqDraft.safeParse(draft).success).toBe(true);
    });
  });

  describe('addParaphrase()', () => {
    it('appends and removes similar questions in place', () => {
      const form = new EntryForm(entry);
      form.addParaphrase('Where do I return things?');
      form.removeParaphrase(0);
      expect(form.paraphrases).toEqual(['Where do I return things?']);
    });
  });
});
