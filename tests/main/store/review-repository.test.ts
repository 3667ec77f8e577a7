import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/store/database.ts';
import { ReviewRepository } from '../../../src-main/store/review-repository.ts';
import { ConversationRepository } from '../../../src-main/store/conversation-repository.ts';
import { mountSmallDisk } from '../../helpers/small-disk.ts';
import { makeTempDir, openTempKb, type TempKb } from './temp-kb.ts';

let kb: TempKb;
let reviews: ReviewRepository;
beforeEach(() => {
  kb = openTempKb();
  reviews = new ReviewRepository(kb.db);
});
afterEach(() => kb.dispose());

describe('ReviewRepository', () => {
  describe('add()', () => {
    it('queues a question with its closest entries', () => {
      const item = reviews.add({
        question: '能放洗碗机吗？',
        lang: 'zh',
        origin: 'handoff',
        reason: 'low-confidence',
        candidates: [{ id: 1, ref: 'warranty', question: 'q', score: 0.2 }],
      });
      expect(item).toMatchObject({ status: 'open', origin: 'handoff', candidates: [{ ref: 'warranty' }], entryId: null });
      expect(reviews.openCount()).toBe(1);
    });

    it('reports a full disk as SQLite\'s "disk is full", never as an item that does not exist', (context) => {
      const disk = mountSmallDisk(join(makeTempDir('concierge-review-disk-'), 'disk'), '2m', 'review-repository');
      if (!disk) return context.skip();
      const db = openDatabase(disk.dir);
      try {
        const full = new ReviewRepository(db);
        disk.fill();
        const add = () => full.add({ question: `Where is my parcel? ${'x'.repeat(20_000)}`, lang: 'en', origin: 'handoff' });
        expect(add).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
        disk.free();
        expect(add()).toMatchObject({ id: 1, status: 'open' });
      } finally {
        db.close();
        disk.unmount();
      }
    });

    it('updates the open item of a message rated down twice instead of queueing it again', () => {
      const conversations = new ConversationRepository(kb.db);
      const { id } = conversations.createConversation('t');
      const message = conversations.addMessage(id, 'assistant', { text: 'a' });
      reviews.add({ question: 'q', lang: 'en', origin: 'thumbs-down', messageId: message.id, conversationId: id });
      const again = reviews.add({ question: 'q', lang: 'en', origin: 'thumbs-down', messageId: message.id, suggestedAnswer: 'fix' });
      expect(reviews.list().total).toBe(1);
      expect(again.suggestedAnswer).toBe('fix');
    });
  });

  describe('resolve()', () => {
    it('closes an item once and filters the list by status', () => {
      const first = reviews.add({ question: 'a', lang: 'en', origin: 'handoff' });
      reviews.add({ question: 'b', lang: 'en', origin: 'handoff' });
      expect(reviews.resolve(first.id, 'dismissed')).toMatchObject({ status: 'dismissed' });
      expect(() => reviews.resolve(first.id, 'linked', 1)).toThrow(/already dismissed/);
      expect(reviews.list({ status: 'open' }).items.map((item) => item.question)).toEqual(['b']);
      expect(reviews.list({ status: 'dismissed' }).total).toBe(1);
      expect(() => reviews.get(999)).toThrow(/does not exist/);
    });

    // Coded, so the app and the CLI say them in the user's language, the status by the screen's label for it.
    it('names a second resolution and a missing item with a code and their values', () => {
      const item = reviews.add({ question: 'a', lang: 'en', origin: 'handoff' });
      reviews.resolve(item.id, 'handedOff');
      expect(() => reviews.resolve(item.id, 'dismissed')).toThrow(
        expect.objectContaining({ kind: 'conflict', code: 'review.already-resolved', params: { id: item.id, status: 'handedOff' } }),
      );
      expect(() => reviews.resolve(999, 'dismissed')).toThrow(
        expect.objectContaining({ kind: 'not-found', code: 'review.missing', params: { id: 999 } }),
      );
      expect(reviews.get(item.id).status).toBe('handedOff');
    });
  });

  describe('reopen()', () => {
    it('puts a dismissed item back in the queue, and refuses items that are not dismissed', () => {
      const item = reviews.add({ question: 'a', lang: 'en', origin: 'handoff' });
      reviews.resolve(item.id, 'dismissed');
      expect(reviews.reopen(item.id)).toMatchObject({ status: 'open', resolvedAt: null, entryId: null });
      expect(reviews.list({ status: 'open' }).items.map((open) => open.id)).toEqual([item.id]);
      expect(() => reviews.reopen(item.id)).toThrow(/is open, not dismissed/);
      reviews.resolve(item.id, 'linked', null);
      expect(() => reviews.reopen(item.id)).toThrow(/is linked, not dismissed/);
      expect(() => reviews.reopen(item.id)).toThrow(
        expect.objectContaining({ kind: 'conflict', code: 'review.wrong-status', params: { id: item.id, status: 'linked', from: 'dismissed' } }),
      );
    });

    it('refuses when the same message was rated down again after the dismissal', () => {
      const conversations = new ConversationRepository(kb.db);
      const { id } = conversations.createConversation('t');
      const message = conversations.addMessage(id, 'assistant', { text: 'a' });
      const first = reviews.add({ question: 'q', lang: 'en', origin: 'thumbs-down', messageId: message.id });
      reviews.resolve(first.id, 'dismissed');
      const again = reviews.add({ question: 'q', lang: 'en', origin: 'thumbs-down', messageId: message.id });
      expect(() => reviews.reopen(first.id)).toThrow(new RegExp(`#${again.id} is already open`));
      // Coded, so the app and the CLI say it in the user's language with both items' numbers.
      expect(() => reviews.reopen(first.id)).toThrow(
        expect.objectContaining({ kind: 'conflict', code: 'review.rated-again', params: { id: first.id, openId: again.id } }),
      );
      expect(reviews.get(first.id).status).toBe('dismissed');
    });
  });
});
