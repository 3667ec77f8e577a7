import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewService } from '../../../src-main/assistant/review-service.ts';
import { ConversationRepository } from '../../../src-main/store/conversation-repository.ts';
import { MarkedExampleRepository } from '../../../src-main/store/marked-example-repository.ts';
import { ReviewRepository } from '../../../src-main/store/review-repository.ts';
import { openTempKb, type TempKb } from '../store/temp-kb.ts';

let kb: TempKb;
let reviews: ReviewRepository;
let examples: MarkedExampleRepository;
let service: ReviewService;
let openCounts: number[];
let kbRevisions: number[];
beforeEach(() => {
  kb = openTempKb();
  reviews = new ReviewRepository(kb.db);
  examples = new MarkedExampleRepository(kb.db);
  openCounts = [];
  kbRevisions = [];
  service = new ReviewService({
    faq: kb.repo,
    reviews,
    examples,
    onReviewChanged: (open) => openCounts.push(open),
    onKnowledgeChanged: (revision) => kbRevisions.push(revision),
  });
});
afterEach(() => kb.dispose());

const queue = (question: string, lang: 'en' | 'zh' = 'en') => reviews.add({ question, lang, origin: 'thumbs-down' }).id;
const exampleQuestions = () => examples.getMany(examples.stamps().map((stamp) => stamp.id)).map((example) => example.question);

describe('ReviewService', () => {
  describe('handoff()', () => {
    it('resolves the item as handedOff and keeps its question as a marked example, leaving the knowledge base alone', () => {
      const id = queue('能改账号邮箱吗？', 'zh');
      const kbRevision = kb.repo.revision();
      expect(service.handoff(id)).toMatchObject({ id, status: 'handedOff' });
      expect(examples.getMany(examples.stamps().map((stamp) => stamp.id))).toMatchObject([{ question: '能改账号邮箱吗？', lang: 'zh', reviewId: id }]);
      expect(reviews.list({ status: 'handedOff' }).items.map((item) => item.id)).toEqual([id]);
      expect(openCounts).toEqual([0]);
      expect(kb.repo.revision()).toBe(kbRevision);
      expect(kbRevisions).toEqual([]);
    });

    it('refuses an item that is not open and marks nothing', () => {
      const id = queue('Do you sell gift wrap?');
      service.dismiss(id);
      expect(() => service.handoff(id)).toThrow(/already dismissed/);
      // Coded as the repository codes it, so the Knowledge base screen says it in the user's language.
      expect(() => service.handoff(id)).toThrow(expect.objectContaining({ code: 'review.already-resolved', params: { id, status: 'dismissed' } }));
      expect(exampleQuestions()).toEqual([]);
    });
  });

  describe('reopen()', () => {
    it('undoes a hand-off: the item is open again and its example is gone', () => {
      const id = queue('Can I change the email on my account?');
      service.handoff(id);
      const revision = examples.revision();
      expect(service.reopen(id)).toMatchObject({ id, status: 'open', resolvedAt: null });
      expect(exampleQuestions()).toEqual([]);
      expect(examples.revision()).toBeGreaterThan(revision);
      // Marked again after the undo: one example, as before.
      service.handoff(id);
      expect(exampleQuestions()).toEqual(['Can I change the email on my account?']);
    });

    it('still reopens a dismissed item without touching the examples of others', () => {
      const marked = queue('Do you repair bikes?');
      const dismissed = queue('hello?');
      service.handoff(marked);
      service.dismiss(dismissed);
      expect(service.reopen(dismissed).status).toBe('open');
      expect(exampleQuestions()).toEqual(['Do you repair bikes?']);
    });

    it('refuses an open item, and keeps the example when the message has been rated down again since (one transaction)', () => {
      expect(() => service.reopen(queue('Where is my parcel?'))).toThrow(/open, not dismissed/);
      const conversations = new ConversationRepository(kb.db);
      const { id: conversationId } = conversations.createConversation('t');
      const message = conversations.addMessage(conversationId, 'assistant', { text: 'See the password page.' });
      const first = reviews.add({ question: 'Can I change my email?', lang: 'en', origin: 'thumbs-down', messageId: message.id }).id;
      service.handoff(first);
      reviews.add({ question: 'Can I change my email?', lang: 'en', origin: 'thumbs-down', messageId: message.id });
      expect(() => service.reopen(first)).toThrow(/already open for the same message/);
      expect(reviews.get(first).status).toBe('handedOff');
      expect(exampleQuestions()).toEqual(['Can I change my email?']);
    });
  });

  describe('the same question asked again', () => {
    const handoff = (question: string) => reviews.add({ question, lang: 'en', origin: 'handoff' }).id;
    const statuses = (ids: number[]) => ids.map((id) => reviews.get(id).status);
    /** Three hand-offs of one question and one of another. */
    const askedThrice = () => {
      const ids = [handoff('Are you open on Christmas Day?'), handoff('are you open on christmas day'), handoff('Are you open on Christmas Day ?')];
      handoff('Do you sell gift cards?');
      return ids;
    };

    it('links every item of the row, adding the question once, and unlink puts all of them back and takes the question off', () => {
      const ids = askedThrice();
      const entry = kb.repo.create({ question: 'What are your holiday hours?', answer: 'Closed on 25 December.' });
      const { item } = service.link(ids[1], entry.id);
      expect(item).toMatchObject({ id: ids[1], status: 'linked', entryId: entry.id, count: 3 });
      expect(statuses(ids)).toEqual(['linked', 'linked', 'linked']);
      expect(kb.repo.get(entry.id).paraphrases).toEqual(['are you open on christmas day']);
      expect(openCounts).toEqual([1]);

      // Undone from another item of the row: the question the link added comes off, and all three are open again.
      const result = service.unlink(ids[0]);
      expect(result).toMatchObject({ questionRemoved: true, item: { status: 'open', count: 3 } });
      expect(kb.repo.get(entry.id).paraphrases).toEqual([]);
      expect(statuses(ids)).toEqual(['open', 'open', 'open']);
      expect(openCounts).toEqual([1, 2]);
      expect(() => service.unlink(ids[2])).toThrow(expect.objectContaining({ code: 'review.not-linked' }));
    });

    it('makes one entry of the row and closes all of it', () => {
      const ids = askedThrice();
      const { item, entry } = service.create(ids[0], { answer: 'No, we are closed on 25 December.' });
      expect(item).toMatchObject({ status: 'created', entryId: entry.id, count: 3 });
      expect(ids.map((id) => reviews.get(id).entryId)).toEqual([entry.id, entry.id, entry.id]);
      expect(kb.repo.list({ limit: 10 }).entries.map((e) => e.question)).toEqual(['Are you open on Christmas Day?']);
    });

    it('dismisses the row and reopens all of it', () => {
      const ids = askedThrice();
      expect(service.dismiss(ids[2])).toMatchObject({ status: 'dismissed', count: 3 });
      expect(service.reopen(ids[0])).toMatchObject({ status: 'open', count: 3 });
      expect(statuses(ids)).toEqual(['open', 'open', 'open']);
      expect(openCounts).toEqual([1, 2]);
    });

    it('hands off the row with one marked example, and reopening any item of it deletes that example and reopens all', () => {
      const ids = askedThrice();
      expect(service.handoff(ids[2])).toMatchObject({ status: 'handedOff', count: 3 });
      expect(examples.getMany(examples.stamps().map((stamp) => stamp.id))).toMatchObject([{ question: 'Are you open on Christmas Day ?', reviewId: ids[2] }]);
      expect(service.reopen(ids[0])).toMatchObject({ status: 'open', count: 3 });
      expect(exampleQuestions()).toEqual([]);
      expect(statuses(ids)).toEqual(['open', 'open', 'open']);
    });
  });
});

