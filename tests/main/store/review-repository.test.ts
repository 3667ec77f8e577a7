import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/store/database.ts';
import { ReviewRepository, type NewReviewItem } from '../../../src-main/store/review-repository.ts';
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

  describe('the same question asked again', () => {
    /** A clock a minute further on at every call, so each item has its own time. */
    let minute: number;
    const clock = () => new Date(Date.UTC(2026, 11, 24, 9, minute++));
    beforeEach(() => {
      minute = 0;
      reviews = new ReviewRepository(kb.db, { now: clock });
    });
    const handoff = (question: string, lang: 'en' | 'zh' = 'en') => reviews.add({ question, lang, origin: 'handoff' });
    /** The open rows as the questions of their items, first asked first. */
    const openRows = () =>
      reviews.list({ status: 'open' }).items.map((row) => row.askings.map((asking) => reviews.get(asking.id).question).reverse());

    it('lists open hand-offs of one question as one row: counted, with its latest time and every time it was asked', () => {
      const first = handoff('Are you open on Christmas Day?');
      handoff('Do you deliver on Sundays?');
      const second = handoff('are you open on christmas day');
      const third = handoff('  Are you   open on Christmas Day ？ ');
      const { items, total } = reviews.list({ status: 'open' });
      expect(total).toBe(2);
      expect(reviews.openCount()).toBe(2);
      expect(items.map(({ id, question, count }) => ({ id, question, count }))).toEqual([
        { id: first.id, question: 'Are you open on Christmas Day?', count: 3 },
        { id: first.id + 1, question: 'Do you deliver on Sundays?', count: 1 },
      ]);
      expect(items[0]).toMatchObject({ createdAt: first.createdAt, lastAskedAt: third.createdAt });
      expect(items[0].askings.map((asking) => [asking.id, asking.createdAt])).toEqual(
        [third, second, first].map((item) => [item.id, item.createdAt]),
      );
      // Any of its items is the row.
      expect(reviews.get(second.id)).toMatchObject({ id: second.id, count: 3, lastAskedAt: third.createdAt });
    });

    it('takes full-width punctuation, width, case and spaces as the same question, and other words, languages or origins as another', () => {
      for (const question of ['圣诞节营业吗？', '圣诞节营业吗?', '圣诞节营业吗。', '圣诞节营业吗！！', ' 圣诞节营业吗 ？']) handoff(question, 'zh');
      for (const question of ['Is the WIFI free?', 'is the wifi free!', 'Ｉｓ　ｔｈｅ　ＷｉＦｉ　ｆｒｅｅ．', 'Is\tthe\nwifi   free']) handoff(question);
      handoff('圣诞节营业吗？', 'en'); // the language the assistant gave it
      reviews.add({ question: '圣诞节营业吗？', lang: 'zh', origin: 'thumbs-down' });
      handoff('圣诞节 营业吗？', 'zh'); // a space inside is a space, not nothing
      handoff('Is the wifi free? And fast?');
      handoff('Is the wi-fi free?');
      expect(openRows()).toEqual([
        ['圣诞节营业吗？', '圣诞节营业吗?', '圣诞节营业吗。', '圣诞节营业吗！！', ' 圣诞节营业吗 ？'],
        ['Is the WIFI free?', 'is the wifi free!', 'Ｉｓ　ｔｈｅ　ＷｉＦｉ　ｆｒｅｅ．', 'Is\tthe\nwifi   free'],
        ['圣诞节营业吗？'],
        ['圣诞节营业吗？'],
        ['圣诞节 营业吗？'],
        ['Is the wifi free? And fast?'],
        ['Is the wi-fi free?'],
      ]);
    });

    it('keeps thumbs-downs together only for the same answered entry and the same correction, or none', () => {
      const down = (extra: Partial<NewReviewItem>) =>
        reviews.add({ question: 'When do you open?', lang: 'en', origin: 'thumbs-down', candidates: [{ id: 4, ref: 'hours', question: 'Opening hours', score: 0.9 }], ...extra });
      const plain = down({});
      down({ question: 'when do you open' });
      down({ candidates: [{ id: 7, ref: 'holidays', question: 'Holidays', score: 0.8 }] });
      const corrected = down({ suggestedAnswer: 'From 9 am.' });
      down({ suggestedAnswer: 'from 9 am' });
      down({ suggestedAnswer: 'From 10 am.' });
      expect(reviews.list({ status: 'open' }).items.map(({ id, count }) => [id, count])).toEqual([
        [plain.id, 2],
        [plain.id + 2, 1],
        [corrected.id, 2],
        [corrected.id + 2, 1],
      ]);

      // Rated down again with a correction, the message's item moves to the row of that correction.
      const conversations = new ConversationRepository(kb.db);
      const { id } = conversations.createConversation('t');
      const message = conversations.addMessage(id, 'assistant', { text: 'We open at 10.' });
      const again = down({ messageId: message.id });
      expect(reviews.get(again.id).count).toBe(3);
      expect(down({ messageId: message.id, suggestedAnswer: 'From 9 am' }).count).toBe(3);
      expect(reviews.get(plain.id).count).toBe(2);
    });

    it('resolves every open item of the row at once, and reopens all of them, with what was asked meanwhile', () => {
      const first = handoff('Are you open on Christmas Day?');
      const other = handoff('Do you deliver on Sundays?');
      handoff('Are you open on Christmas Day');
      const third = handoff('are you open on christmas day?');
      const dismissed = reviews.resolve(third.id, 'dismissed');
      expect(dismissed).toMatchObject({ id: third.id, status: 'dismissed', count: 3 });
      expect(reviews.list({ status: 'open' }).items.map((row) => row.id)).toEqual([other.id]);
      expect(reviews.list({ status: 'dismissed' })).toMatchObject({ total: 1, items: [{ id: first.id, count: 3 }] });
      expect(reviews.lead(first.id).id).toBe(third.id);
      expect(() => reviews.resolve(first.id, 'dismissed')).toThrow(expect.objectContaining({ code: 'review.already-resolved' }));

      // Asked again after it was dealt with: a new row, the answer may have changed.
      const later = handoff('Are you open on Christmas Day?');
      expect(reviews.get(later.id)).toMatchObject({ status: 'open', count: 1 });
      expect(reviews.openCount()).toBe(2);

      // Reopened through any of its items: all three are back, in one row with the later one.
      expect(reviews.reopen(first.id)).toMatchObject({ id: first.id, status: 'open', count: 4, lastAskedAt: later.createdAt });
      expect(reviews.list({ status: 'dismissed' }).total).toBe(0);
      expect(reviews.openCount()).toBe(2);
      expect(reviews.resolve(later.id, 'linked', null, { addedQuestion: true, previousAnswer: null, linkedAnswer: null }).count).toBe(4);
      // What the link changed is the row's, read through any of its items.
      expect(reviews.linkUndo(first.id)).toEqual({ addedQuestion: true, previousAnswer: null, linkedAnswer: null });
    });

    it('reopens none of the row when the message of one was rated down again since', () => {
      const conversations = new ConversationRepository(kb.db);
      const { id } = conversations.createConversation('t');
      const message = conversations.addMessage(id, 'assistant', { text: 'a' });
      const down = (messageId?: number) => reviews.add({ question: 'Do you open late?', lang: 'en', origin: 'thumbs-down', messageId });
      const first = down();
      const rated = down(message.id);
      reviews.resolve(first.id, 'dismissed');
      const again = down(message.id);
      expect(() => reviews.reopen(first.id)).toThrow(
        expect.objectContaining({ code: 'review.rated-again', params: { id: rated.id, openId: again.id } }),
      );
      expect([first.id, rated.id].map((item) => reviews.get(item).status)).toEqual(['dismissed', 'dismissed']);
    });
  });
});
