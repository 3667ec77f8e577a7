import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationRepository } from '../../../src-main/store/conversation-repository.ts';
import { openTempKb, type TempKb } from './temp-kb.ts';

let kb: TempKb;
let repo: ConversationRepository;
let clock: number;
beforeEach(() => {
  kb = openTempKb();
  clock = Date.parse('2026-01-01T00:00:00Z');
  repo = new ConversationRepository(kb.db, { now: () => new Date((clock += 1_000)) });
});
afterEach(() => kb.dispose());

describe('ConversationRepository', () => {
  describe('createConversation()', () => {
    it('stores a conversation created without a title with none, in no language, read back as null until renamed', () => {
      const untitled = repo.createConversation(null);
      expect(untitled.title).toBeNull();
      expect(kb.db.prepare('SELECT title FROM conversations WHERE id = ?').pluck().get(untitled.id)).toBe('');
      expect(repo.listConversations().conversations.map((conversation) => conversation.title)).toEqual([null]);
      expect(repo.rename(untitled.id, 'Refunds').title).toBe('Refunds');
    });
  });

  describe('addMessage()', () => {
    it('stores an answer with its mode, confidence, sources, model and latency, and bumps the conversation', () => {
      const conversation = repo.createConversation('Refunds');
      repo.addMessage(conversation.id, 'user', { text: 'How do refunds work?', lang: 'en' });
      const answer = repo.addMessage(conversation.id, 'assistant', {
        text: 'Within 2 days.',
        lang: 'en',
        mode: 'generated',
        confidence: 0.52,
        sources: [{ id: 3, ref: 'refunds', question: 'How do refunds work?', score: 0.52 }],
        model: 'tiny-1',
        latencyMs: 840,
      });
      expect(answer).toMatchObject({
        role: 'assistant',
        mode: 'generated',
        confidence: 0.52,
        model: 'tiny-1',
        latencyMs: 840,
        feedback: null,
        interrupted: false,
        sources: [{ ref: 'refunds' }],
      });
      expect(repo.getConversation(conversation.id)).toMatchObject({ messageCount: 2, updatedAt: answer.createdAt });
    });

    it('refuses a message for a conversation that does not exist, coded so the UI says it in its language', () => {
      expect(() => repo.addMessage(999, 'user', { text: 'hi' })).toThrow(/Conversation #999 does not exist/);
      expect(() => repo.messages(999)).toThrow(expect.objectContaining({ code: 'chat.conversation-missing', params: { id: 999 } }));
      expect(() => repo.setFeedback(998, 'down')).toThrow(expect.objectContaining({ code: 'chat.message-missing', params: { id: 998 } }));
    });
  });

  describe('updateMessage()', () => {
    it('rewrites a message and clears feedback that was about the old text', () => {
      const { id } = repo.createConversation('t');
      const message = repo.addMessage(id, 'assistant', { text: 'old', mode: 'faq' });
      repo.setFeedback(message.id, 'down');
      const updated = repo.updateMessage(message.id, { text: 'new', mode: 'generated', interrupted: true });
      expect(updated).toMatchObject({ text: 'new', mode: 'generated', interrupted: true, feedback: null });
    });
  });

  describe('recentUserTexts()', () => {
    it('returns the last questions before a message, oldest first', () => {
      const { id } = repo.createConversation('t');
      for (const text of ['one', 'two', 'three']) {
        repo.addMessage(id, 'user', { text });
        repo.addMessage(id, 'assistant', { text: `answer ${text}` });
      }
      const latest = repo.addMessage(id, 'user', { text: 'four' });
      expect(repo.recentUserTexts(id, latest.id, 2)).toEqual(['two', 'three']);
      expect(repo.recentUserTexts(id, latest.id, 0)).toEqual([]);
      expect(repo.turnsBefore(id, latest.id, 2).map((m) => m.text)).toEqual(['three', 'answer three']);
    });
  });

  describe('listConversations()', () => {
    it('lists the most recent first and searches titles and message text literally', () => {
      const a = repo.createConversation('Returns');
      const b = repo.createConversation('Shipping');
      repo.addMessage(a.id, 'user', { text: '100% cotton?' });
      expect(repo.listConversations().conversations.map((c) => c.id)).toEqual([a.id, b.id]);
      expect(repo.listConversations({ search: 'ship' }).conversations.map((c) => c.id)).toEqual([b.id]);
      expect(repo.listConversations({ search: '100%' }).total).toBe(1);
      expect(repo.listConversations({ search: '_' }).total).toBe(0);
    });
  });

  describe('deleteConversation()', () => {
    it('removes the conversation with its messages', () => {
      const { id } = repo.createConversation('t');
      repo.addMessage(id, 'user', { text: 'hi' });
      expect(repo.deleteConversation(id)).toBe(true);
      expect(repo.deleteConversation(id)).toBe(false);
      expect(kb.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
    });
  });
});
