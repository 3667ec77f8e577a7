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
});
