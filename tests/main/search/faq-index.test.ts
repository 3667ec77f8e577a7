import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaqIndex } from '../../../src-main/search/faq-index.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';

let kb: TempKb;
beforeEach(() => {
  kb = openTempKb();
  kb.repo.createMany([
    { question: '如何申请退货？', answer: '签收后30天内可在订单页申请。', ref: 'returns', paraphrases: ['我想退货怎么办？'] },
    { question: '退款多久到账？', answer: '1–2个工作日内原路退回。', ref: 'refund-time', paraphrases: ['钱什么时候退回来？'] },
    { question: '下单后多久发货？', answer: '付款后48小时内发货，退货地址见包裹。', ref: 'shipping' },
    { question: 'How do I get a refund?', answer: 'Open the order and press Refund.', ref: 'refund' },
    { question: 'Do you ship abroad?', answer: 'Yes, see the shipping page; refunds for duties are not possible.', ref: 'abroad' },
    { question: 'Can I change my password?', answer: 'Use Settings → Security.', ref: 'password', paraphrases: ['I forgot my login'] },
  ]);
});
afterEach(() => kb.dispose());

const refs = (query: string, limit?: number) => kb.repo.searchFaq(query, { limit }).map((hit) => hit.entry.ref);

describe('FaqIndex', () => {
  describe('rank() through FaqRepository.searchFaq()', () => {
    it('finds 如何申请退货？ with the two-character query 退货, ranking the question above an answer mention', () => {
      expect(refs('退货')).toEqual(['returns', 'shipping']);
    });

    it('finds English by stem: "refunds" finds "refund", the question before the answer mention', () => {
      expect(refs('refunds')).toEqual(['refund', 'abroad']);
      expect(refs('REFUNDED')[0]).toBe('refund');
    });

    it('matches a similar question as strongly as the question', () => {
      expect(refs('forgot login')).toEqual(['password']);
      expect(refs('钱什么时候退回来')[0]).toBe('refund-time');
    });

    it('returns scores, higher first', () => {
      const hits = kb.repo.searchFaq('退货 发货');
      expect(hits.length).toBeGreaterThan(1);
      expect(hits.every((hit) => hit.score > 0)).toBe(true);
      expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    });

    it('respects the limit', () => {
      expect(refs('退货 发货 refund ship', 2)).toHaveLength(2);
    });

    it('never raises an FTS5 error on query syntax typed by a user', () => {
      const hostile = ['"', '" * NEAR(', '*', 'NEAR(退货, 5)', 'question: refund', '"refund" OR', '(((', ')', 'AND', '^ship',
        '-refund', '{question answer}: x', "'; DROP TABLE faq_entries; --", '\u0000\u0001', '😀', ''];
      for (const query of hostile) expect(() => kb.repo.searchFaq(query)).not.toThrow();
      expect(refs('NEAR(退货, 5)')[0]).toBe('returns');
      expect(refs('" * NEAR(')).toEqual([]);
    });

    it('handles a 100 KB question without error', () => {
      expect(() => kb.repo.searchFaq('退货'.repeat(50_000))).not.toThrow();
      expect(refs('退货'.repeat(50_000))[0]).toBe('returns');
    });

    it('leaves out disabled and deleted entries', () => {
      const [returns] = kb.repo.searchFaq('退货');
      kb.repo.setEnabled([returns.entry.id], false);
      expect(refs('退货')).toEqual(['shipping']);
      const shipping = kb.repo.list({ search: '发货' }).entries[0];
      kb.repo.remove([shipping.id]);
      expect(refs('退货')).toEqual([]);
    });

    it('still finds an enabled entry when disabled ones hold all the best scores', () => {
      const ids = kb.repo.createMany(Array.from({ length: 40 }, (_, i) => ({ question: `Zebra stripes ${i}?`, answer: 'Zebra.' })));
      kb.repo.setEnabled(ids.slice(0, 39), false);
      expect(kb.repo.searchFaq('zebra stripes', { limit: 3 }).map((hit) => hit.entry.id)).toEqual([ids[39]]);
    });

    it('accepts a filter for query tokens (e.g. stopwords)', () => {
      const index = new FaqIndex(kb.db);
      expect(index.rank('the the', { dropToken: (token) => token.surface === 'the' })).toEqual([]);
      expect(index.rank('the the')).not.toEqual([]);
    });
  });

  describe('rank() on the sample FAQ', () => {
    it('puts the expected entry first for plain questions in both languages', () => {
      const sample = JSON.parse(readFileSync(new URL('../../../resources/sample-faq.json', import.meta.url), 'utf8'));
      const other = openTempKb();
      try {
        other.repo.createMany(sample.entries);
        for (const { question, ref } of sample.entries as { question: string; ref: string }[]) {
          expect(other.repo.searchFaq(question, { limit: 1 })[0].entry.ref).toBe(ref);
        }
      } finally {
        other.dispose();
      }
    });
  });
});
