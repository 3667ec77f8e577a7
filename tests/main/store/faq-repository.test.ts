import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../src-main/shared/errors.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';
import { kbState, openTempKb, type TempKb } from './temp-kb.ts';

let kb: TempKb;
let repo: FaqRepository;
let clock: number;
beforeEach(() => {
  clock = Date.parse('2025-01-01T00:00:00Z');
  kb = openTempKb({ now: () => new Date((clock += 1000)) });
  repo = kb.repo;
});
afterEach(() => kb.dispose());

const RETURNS: FaqDraft = {
  question: '如何申请退货？',
  answer: '在“我的订单”中点击“申请退货”。',
  category: 'returns',
  tags: ['退货', '售后'],
  ref: 'returns',
  paraphrases: ['我想退货怎么办？'],
};
const REFUND: FaqDraft = {
  question: 'How long does a refund take?',
  answer: 'Refunds reach your card within 5 business days.',
  category: 'payment',
  tags: ['refund'],
  ref: 'refund-time',
};
const questions = (entries: { question: string }[]) => entries.map((entry) => entry.question);

describe('FaqRepository', () => {
  describe('create()', () => {
    it('stores a trimmed entry with timestamps and its similar questions in order', () => {
      const entry = repo.create({ ...RETURNS, question: `  ${RETURNS.question} `, paraphrases: ['甲？', '乙？'] });
      expect(entry).toMatchObject({
        question: '如何申请退货？',
        category: 'returns',
        tags: ['退货', '售后'],
        enabled: true,
        ref: 'returns',
        paraphrases: ['甲？', '乙？'],
        createdAt: '2025-01-01T00:00:01.000Z',
        updatedAt: '2025-01-01T00:00:01.000Z',
        deletedAt: null,
      });
      expect(repo.get(entry.id)).toEqual(entry);
    });

    it('detects the language from the question when none is given', () => {
      expect(repo.create(RETURNS).lang).toBe('zh');
      expect(repo.create(REFUND).lang).toBe('en');
      expect(repo.create({ question: 'iPhone 保修多久？', answer: 'a' }).lang).toBe('zh');
      expect(repo.create({ question: '发票', answer: 'a', lang: 'en' }).lang).toBe('en');
    });

    it('joins the lines of a similar question into one', () => {
      expect(repo.create({ ...REFUND, paraphrases: ['refund\n  time?'] }).paraphrases).toEqual(['refund time?']);
    });

    it('refuses an empty question or an oversized answer with InvalidInputError and writes nothing', () => {
      expect(() => repo.create({ question: '  ', answer: 'a' })).toThrow(InvalidInputError);
      expect(() => repo.create({ question: 'q', answer: 'a'.repeat(20_001) })).toThrow(/answer is 20001 characters long/);
      expect(kbState(kb)).toEqual({ entries: 0, paraphrases: 0, revision: 0 });
    });

    it('refuses a ref or a question that a live entry already has', () => {
      const first = repo.create(RETURNS);
      expect(() => repo.create({ ...REFUND, ref: 'returns' })).toThrow(ConflictError);
      expect(() => repo.create({ question: '如何申请退货?', answer: 'x' })).toThrow(`#${first.id} already has this question`);
    });
  });

  describe('createMany()', () => {
    it('writes all drafts in one revision, or none when one is a duplicate of another', () => {
      expect(repo.createMany([RETURNS, REFUND])).toHaveLength(2);
      expect(repo.revision()).toBe(1);
      const before = kbState(kb);
      expect(() => repo.createMany([{ question: 'new', answer: 'a' }, { question: 'NEW?', answer: 'b' }])).toThrow(ConflictError);
      expect(kbState(kb)).toEqual(before);
    });
  });

  describe('get()', () => {
    it('throws NotFoundError for an id never used', () => {
      expect(() => repo.get(42)).toThrow(NotFoundError);
      expect(repo.find(42)).toBeNull();
    });
  });

  describe('getMany()', () => {
    it('returns entries in the order asked, skipping unknown ids', () => {
      const [a, b] = repo.createMany([RETURNS, REFUND]);
      expect(repo.getMany([b, 99, a]).map((entry) => entry.id)).toEqual([b, a]);
    });
  });

  describe('update()', () => {
    it('changes only the fields given', () => {
      const entry = repo.create(RETURNS);
      const updated = repo.update({ id: entry.id, enabled: false });
      expect(updated).toEqual({ ...entry, enabled: false, updatedAt: '2025-01-01T00:00:02.000Z' });
    });

    it('replaces the similar questions and the search index follows', () => {
      const entry = repo.create(RETURNS);
      repo.update({ id: entry.id, question: '退款怎么申请？', paraphrases: ['怎么拿回钱'] });
      expect(repo.get(entry.id).paraphrases).toEqual(['怎么拿回钱']);
      expect(repo.searchFaq('退款')[0].entry.id).toBe(entry.id);
      expect(repo.searchFaq('我想')).toEqual([]);
      expect(repo.searchFaq('拿回')[0].entry.id).toBe(entry.id);
    });

    it('clears the ref with null', () => {
      const entry = repo.create(RETURNS);
      expect(repo.update({ id: entry.id, ref: null }).ref).toBeNull();
    });

    it('refuses a deleted entry, an unknown one, and a ref taken by another entry', () => {
      const [a, b] = repo.createMany([RETURNS, REFUND]);
      expect(() => repo.update({ id: 99, answer: 'x' })).toThrow(NotFoundError);
      expect(() => repo.update({ id: b, ref: 'returns' })).toThrow(ConflictError);
      repo.remove([a]);
      expect(() => repo.update({ id: a, answer: 'x' })).toThrow(/is deleted; restore it first/);
    });
  });

  describe('addParaphrase()', () => {
    it('appends a similar question once and makes the entry findable by it', () => {
      const entry = repo.create(REFUND);
      repo.addParaphrase(entry.id, 'When do I get my money back?');
      repo.addParaphrase(entry.id, 'when do i get my money back');
      repo.addParaphrase(entry.id, 'How long does a refund take');
      expect(repo.get(entry.id).paraphrases).toEqual(['When do I get my money back?']);
      expect(repo.searchFaq('money back')[0].entry.id).toBe(entry.id);
    });
  });

  describe('remove() and restore()', () => {
    it('soft-deletes: the entry leaves lists and search, and restore undoes it exactly', () => {
      const [a, b] = repo.createMany([RETURNS, REFUND]);
      const before = repo.get(a);
      expect(repo.remove([a])).toEqual({ ids: [a] });
      expect(repo.get(a).deletedAt).not.toBeNull();
      expect(repo.list().entries.map((entry) => entry.id)).toEqual([b]);
      expect(repo.list({ includeDeleted: true }).total).toBe(2);
      expect(repo.searchFaq('退货')).toEqual([]);

      expect(repo.restore([a])).toEqual({ ids: [a] });
      expect({ ...repo.get(a), updatedAt: before.updatedAt }).toEqual(before);
      expect(repo.searchFaq('退货')[0].entry.id).toBe(a);
    });

    it('reports only the entries it changed', () => {
      const [a, b] = repo.createMany([RETURNS, REFUND]);
      repo.remove([a]);
      expect(repo.remove([a, b])).toEqual({ ids: [b] });
      expect(repo.restore([b])).toEqual({ ids: [b] });
    });

    it('changes nothing when one id does not exist', () => {
      const [a] = repo.createMany([RETURNS]);
      const before = kbState(kb);
      expect(() => repo.remove([a, 77])).toThrow('#77 does not exist');
      expect(repo.get(a).deletedAt).toBeNull();
      expect(kbState(kb)).toEqual(before);
    });

    it('lets a new entry reuse a deleted entry’s ref, then refuses to restore the old one', () => {
      const [a] = repo.createMany([RETURNS]);
      repo.remove([a]);
      repo.create({ ...REFUND, ref: 'returns' });
      expect(() => repo.restore([a])).toThrow(ConflictError);
      expect(repo.get(a).deletedAt).not.toBeNull();
    });
  });

  describe('bulkUpdate()', () => {
    it('returns the previous values, and applying them undoes the change', () => {
      const ids = repo.createMany([RETURNS, REFUND]);
      const result = repo.bulkUpdate(ids, { category: 'misc', enabled: false });
      expect(result.previous).toEqual([
        { id: ids[0], category: 'returns', enabled: true },
        { id: ids[1], category: 'payment', enabled: true },
      ]);
      expect(repo.getMany(ids).map((entry) => [entry.category, entry.enabled])).toEqual([['misc', false], ['misc', false]]);
      expect(repo.searchFaq('refund')).toEqual([]);

      for (const { id, category, enabled } of result.previous) repo.bulkUpdate([id], { category, enabled });
      expect(repo.getMany(ids).map((entry) => [entry.category, entry.enabled])).toEqual([['returns', true], ['payment', true]]);
    });

    it('refuses deleted entries without changing the others', () => {
      const [a, b] = repo.createMany([RETURNS, REFUND]);
      repo.remove([b]);
      expect(() => repo.bulkUpdate([a, b], { category: 'x' })).toThrow(ConflictError);
      expect(repo.get(a).category).toBe('returns');
    });
  });

  describe('setEnabled()', () => {
    it('disables entries so that search skips them but the list still shows them', () => {
      const [a] = repo.createMany([REFUND]);
      repo.setEnabled([a], false);
      expect(repo.searchFaq('refund')).toEqual([]);
      expect(repo.list({ enabled: false }).entries.map((entry) => entry.id)).toEqual([a]);
    });
  });

  describe('categories()', () => {
    it('counts live entries per category, disabled ones included', () => {
      const ids = repo.createMany([RETURNS, REFUND, { question: 'q3', answer: 'a', category: 'returns' }, { question: 'q4', answer: 'a' }]);
      repo.setEnabled([ids[2]], false);
      repo.remove([ids[1]]);
      expect(repo.categories()).toEqual([
        { category: '', count: 1 },
        { category: 'returns', count: 2 },
      ]);
    });
  });

  describe('tags()', () => {
    it('counts live entries per tag, disabled ones included, deleted ones not', () => {
      const ids = repo.createMany([
        { question: 'q1', answer: 'a', tags: ['refund', '退货'] },
        { question: 'q2', answer: 'a', tags: ['refund'] },
        { question: 'q3', answer: 'a', tags: ['intl'] },
        { question: 'q4', answer: 'a' },
      ]);
      repo.setEnabled([ids[1]], false);
      repo.remove([ids[2]]);
      expect(repo.tags()).toEqual([
        { tag: 'refund', count: 2 },
        { tag: '退货', count: 1 },
      ]);
    });
  });

  describe('list()', () => {
    beforeEach(() => {
      repo.createMany([
        RETURNS,
        REFUND,
        { question: 'Do you ship abroad?', answer: 'We ship to 40 countries.', category: 'shipping', tags: ['intl'] },
        { question: '发货需要多久？', answer: '48小时内发货。', category: 'shipping', tags: ['发货'] },
      ]);
    });

    it('filters on text in the question, a similar question or the answer, every word required', () => {
      expect(questions(repo.list({ search: '退货' }).entries)).toEqual(['如何申请退货？']);
      expect(questions(repo.list({ search: '我想' }).entries)).toEqual(['如何申请退货？']);
      expect(questions(repo.list({ search: 'refunds card' }).entries)).toEqual(['How long does a refund take?']);
      expect(repo.list({ search: 'refund abroad' }).total).toBe(0);
    });

    it('matches the last word as a prefix while typing', () => {
      expect(questions(repo.list({ search: 'refu' }).entries)).toEqual(['How long does a refund take?']);
      expect(questions(repo.list({ search: '退' }).entries)).toEqual(['如何申请退货？']);
    });

    it('filters by category, tag, language and enabled, and pages with a total', () => {
      expect(repo.list({ category: 'shipping' }).total).toBe(2);
      expect(questions(repo.list({ tag: 'intl' }).entries)).toEqual(['Do you ship abroad?']);
      expect(repo.list({ lang: 'zh' }).total).toBe(2);
      expect(repo.list({ enabled: false }).total).toBe(0);
      const page = repo.list({ limit: 1, offset: 1 });
      expect(page).toMatchObject({ total: 4, revision: 1 });
      expect(questions(page.entries)).toEqual(['How long does a refund take?']);
    });

    it('lists only the entries named by ids (live ones, oldest first), with the other filters on top', () => {
      const [, , ship, fahuo] = repo.list().entries.map((entry) => entry.id);
      const unknown = fahuo + 100;
      expect(questions(repo.list({ ids: [fahuo, ship, unknown] }).entries)).toEqual(['Do you ship abroad?', '发货需要多久？']);
      expect(repo.list({ ids: [fahuo, ship], lang: 'en' }).total).toBe(1);
      repo.remove([ship]);
      expect(repo.list({ ids: [fahuo, ship] }).total).toBe(1);
      expect(() => repo.list({ ids: [] })).toThrow(/ids/);
    });

    it('treats FTS5 syntax in the search text as plain text', () => {
      for (const search of ['"', '*', 'NEAR(', '" OR "', 'question:退货', '(((', 'a AND', '^x', '-', '\u0000']) {
        expect(() => repo.list({ search })).not.toThrow();
      }
      expect(repo.list({ search: '" * NEAR(' }).total).toBe(0);
      expect(repo.list({ search: '?!' }).total).toBe(4); // nothing to match: no text filter
    });
  });

  describe('revision()', () => {
    it('goes up once per write and not for reads or writes that change nothing', () => {
      const [a] = repo.createMany([RETURNS]);
      repo.update({ id: a, answer: 'new answer' });
      repo.remove([a]);
      repo.remove([a]); // already deleted
      repo.restore([a]);
      repo.bulkUpdate([a], {});
      repo.list({ search: 'x' });
      repo.searchFaq('退货');
      expect(repo.revision()).toBe(4);
    });
  });

  describe('isPristine()', () => {
    it('is true only before the first write, even after everything is deleted', () => {
      expect(repo.isPristine()).toBe(true);
      const [a] = repo.createMany([RETURNS]);
      repo.remove([a]);
      expect(repo.isPristine()).toBe(false);
    });
  });

  describe('constructor', () => {
    it('rebuilds a full-text index left by another tokenizer version', () => {
      repo.createMany([RETURNS, REFUND]);
      kb.db.exec(`INSERT INTO faq_fts (faq_fts) VALUES ('delete-all'); UPDATE kb_meta SET tokenizer_version = 0`);
      expect(new FaqRepository(kb.db).searchFaq('退货')).toHaveLength(1);
      expect(kb.db.prepare('SELECT tokenizer_version FROM kb_meta').pluck().get()).toBeGreaterThan(0);
    });
  });
});
