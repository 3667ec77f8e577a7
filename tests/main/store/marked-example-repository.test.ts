import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MarkedExampleRepository } from '../../../src-main/store/marked-example-repository.ts';
import { ReviewRepository } from '../../../src-main/store/review-repository.ts';
import { openTempKb, type TempKb } from './temp-kb.ts';

let kb: TempKb;
let examples: MarkedExampleRepository;
let reviews: ReviewRepository;
beforeEach(() => {
  kb = openTempKb();
  examples = new MarkedExampleRepository(kb.db, { now: () => new Date('2026-03-01T00:00:00Z') });
  reviews = new ReviewRepository(kb.db);
});
afterEach(() => kb.dispose());

const queued = (question: string) => reviews.add({ question, lang: 'en', origin: 'thumbs-down' }).id;

describe('MarkedExampleRepository', () => {
  describe('add()', () => {
    it('stores the question with its language and review item, and moves the revision', () => {
      const reviewId = queued('Can I change the email on my account?');
      const before = examples.revision();
      const example = examples.add({ question: 'Can I change the email on my account?', lang: 'en', reviewId });
      expect(example).toEqual({ id: example.id, question: 'Can I change the email on my account?', lang: 'en', reviewId, createdAt: '2026-03-01T00:00:00.000Z' });
      expect(examples.revision()).toBe(before + 1);
      expect(examples.stamps()).toEqual([{ id: example.id, updatedAt: '2026-03-01T00:00:00.000Z' }]);
      expect(examples.getMany([example.id, 999])).toEqual([example]);
    });

    it('refuses a second example for the same review item and leaves the revision as it was', () => {
      const reviewId = queued('Do you sell gift wrap?');
      examples.add({ question: 'Do you sell gift wrap?', lang: 'en', reviewId });
      const revision = examples.revision();
      expect(() => examples.add({ question: 'again', lang: 'en', reviewId })).toThrow(/UNIQUE/);
      expect(examples.revision()).toBe(revision);
    });

    it('refuses an empty question', () => {
      expect(() => examples.add({ question: '  ', lang: 'zh', reviewId: null })).toThrow(/CHECK/);
    });
  });

  describe('removeForReview()', () => {
    it('deletes the example of a review item once, moving the revision only when it did', () => {
      const reviewId = queued('能改账号邮箱吗？');
      examples.add({ question: '能改账号邮箱吗？', lang: 'zh', reviewId });
      const revision = examples.revision();
      expect(examples.removeForReview(reviewId)).toBe(true);
      expect(examples.stamps()).toEqual([]);
      expect(examples.revision()).toBe(revision + 1);
      expect(examples.removeForReview(reviewId)).toBe(false);
      expect(examples.revision()).toBe(revision + 1);
    });

    it('never reuses an id, so a re-marked question is a new stamp for the ranker', () => {
      const reviewId = queued('Do you repair bikes?');
      const first = examples.add({ question: 'Do you repair bikes?', lang: 'en', reviewId });
      examples.removeForReview(reviewId);
      const second = examples.add({ question: 'Do you repair bikes?', lang: 'en', reviewId });
      expect(second.id).toBeGreaterThan(first.id);
    });
  });
});
