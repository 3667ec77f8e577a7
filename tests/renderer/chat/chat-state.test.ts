import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { ChatState } from '../../../src-renderer/state/chat/chat.svelte.ts';
import { Toasts } from '../../../src-renderer/state/toasts.svelte.ts';

// ChatState against the real app (SQLite in a temp folder, no model: answers are FAQ or hand-off).
let dataDir: string;
let app: App;
let toasts: Toasts;
let errors: unknown[];
let saved: { fileName: string; content: string }[];
let requests: number;

const t = (key: MessageKey, params?: MessageParams) => formatMessage('en', key, params);

function createChat(locale: 'en' | 'zh' = 'en'): ChatState {
  return new ChatState({
    api: app.client,
    toasts,
    t: locale === 'en' ? t : (key, params) => formatMessage(locale, key, params),
    onError: (error) => errors.push(error),
    saveFile: (fileName, content) => saved.push({ fileName, content }),
    newRequestId: () => `request-${++requests}`,
  });
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-chat-state-'));
  app = await createApp({ dataDir, seedSample: false });
  await app.client.invoke('faq:create', {
    question: 'How long does delivery take?',
    answer: 'Delivery takes 2 to 4 working days.',
    paraphrases: ['When will my parcel arrive?'],
  });
  toasts = new Toasts();
  errors = [];
  saved = [];
  requests = 0;
});

afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('ChatState', () => {
  describe('send()', () => {
    it('stores a new conversation with the question and the cited FAQ answer', async () => {
      const chat = createChat();
      expect(await chat.send('  How long does delivery take?  ')).toBe(true);
      expect(chat.turn).toBeNull();
      expect(chat.currentId).not.toBeNull();
      expect(chat.messages.map((message) => [message.role, message.mode])).toEqual([
        ['user', null],
        ['assistant', 'faq'],
      ]);
      expect(chat.messages[1].text).toBe('Delivery takes 2 to 4 working days.');
      expect(chat.messages[1].sources[0].question).toBe('How long does delivery take?');
      expect(chat.conversations.map((conversation) => conversation.id)).toEqual([chat.currentId]);
    });

    it('refuses an empty question and a second question while one is answered', async () => {
      const chat = createChat();
      expect(await chat.send('   ')).toBe(false);
      const first = chat.send('When will my parcel arrive?');
      expect(chat.busy).toBe(true);
      expect(await chat.send('Another one')).toBe(false);
      await first;
      expect(chat.messages).toHaveLength(2);
    });

    it('keeps asking in the open conversation', async () => {
      const chat = createChat();
      await chat.send('How long does delivery take?');
      const id = chat.currentId;
      await chat.send('When will my parcel arrive?');
      expect(chat.currentId).toBe(id);
      expect(chat.messages.map((message) => message.mode)).toEqual([null, 'faq', null, 'faq']);
      expect((await app.client.invoke('chat:messages', { conversationId: id! })).length).toBe(4);
    });
  });

  describe('rate()', () => {
    it('sends a thumbs-down with a correction to the review queue', async () => {
      const chat = createChat();
      await chat.send('How long does delivery take?');
      await chat.rate(chat.messages[1], 'down', 'Delivery takes 1 to 2 days now.');
      expect(chat.messages[1].feedback).toBe('down');
      const { items } = await app.client.invoke('review:list', { status: 'open' });
      expect(items.map((item) => item.suggestedAnswer)).toEqual(['Delivery takes 1 to 2 days now.']);
      expect(toasts.items.map((toast) => toast.message)).toEqual(['Sent to the review queue']);
    });

    it('clears a rating given twice', async () => {
      const chat = createChat();
      await chat.send('How long does delivery take?');
      await chat.rate(chat.messages[1], 'up');
      await chat.rate(chat.messages[1], 'up');
      expect(chat.messages[1].feedback).toBeNull();
    });
  });

  describe('regenerate()', () => {
    it('replaces the answer in place', async () => {
      const chat = createChat();
      await chat.send('How long does delivery take?');
      const before = chat.messages[1];
      await chat.regenerate(before);
      expect(chat.messages).toHaveLength(2);
      expect(chat.messages[1].mode).toBe('faq');
      expect(errors).toEqual([]);
    });
  });

  describe('conversations', () => {
    it('renames, searches, exports and deletes a conversation', async () => {
      const chat = createChat();
      await chat.send('How long does delivery take?');
      const id = chat.currentId!;
      await chat.rename(id, 'Delivery times');
      expect(chat.current?.title).toBe('Delivery times');

      await chat.exportAs('markdown');
      expect(saved[0].content).toContain('Delivery takes 2 to 4 working days.');

      chat.startNew();
      await chat.open(id);
      expect(chat.messages).toHaveLength(2);

      await chat.remove(id);
      expect(chat.currentId).toBeNull();
      expect(chat.conversations).toEqual([]);
      expect((await app.client.invoke('chat:conversations', {})).total).toBe(0);
    });
  });

  describe('titleOf()', () => {
    it('names a conversation created through the API without a title in the UI’s language, not in English words stored', async () => {
      const created = await app.client.invoke('chat:create', {});
      expect(created.title).toBeNull();
      const english = createChat();
      const chinese = createChat('zh');
      await Promise.all([english.loadConversations(), chinese.loadConversations()]);
      expect(english.conversations.map((conversation) => english.titleOf(conversation))).toEqual(['New conversation']);
      expect(chinese.conversations.map((conversation) => chinese.titleOf(conversation))).toEqual(['新对话']);
      // One titled by its first question, or renamed, is named by that in either language.
      await app.client.invoke('chat:rename', { conversationId: created.id, title: 'Refunds' });
      await chinese.loadConversations();
      expect(chinese.titleOf(chinese.conversations[0])).toBe('Refunds');
    });
  });

  describe('knowledgeEmpty', () => {
    it('follows whether any entry is enabled as the knowledge base changes, and asking still works while none is', async () => {
      const chat = createChat();
      const stop = chat.connect();
      try {
        const [entry] = (await app.client.invoke('faq:list', {})).entries;
        await expect.poll(() => chat.knowledgeEmpty).toBe(false);
        await app.client.invoke('faq:update', { id: entry.id, enabled: false });
        await expect.poll(() => chat.knowledgeEmpty).toBe(true);
        expect(await chat.send('How long does delivery take?')).toBe(true);
        expect(chat.messages[1].mode).toBe('handoff');
        await app.client.invoke('faq:update', { id: entry.id, enabled: true });
        await expect.poll(() => chat.knowledgeEmpty).toBe(false);
        await app.client.invoke('faq:delete', { ids: [entry.id] });
        await expect.poll(() => chat.knowledgeEmpty).toBe(true);
        await app.client.invoke('faq:restore', { ids: [entry.id] });
        await expect.poll(() => chat.knowledgeEmpty).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        stop();
      }
    });
  });

  describe('after a backup is restored', () => {
    it('shows the restored conversations: one the backup does not have is closed, not left to fail the next question', async () => {
      const chat = createChat();
      const stop = chat.connect();
      try {
        const { file } = await app.client.invoke('backup:create', {});
        await chat.send('How long does delivery take?');
        expect(chat.conversations).toHaveLength(1);

        await app.client.invoke('backup:restore', { file });

        await expect.poll(() => chat.conversations).toEqual([]);
        await expect.poll(() => chat.currentId).toBeNull();
        expect(chat.messages).toEqual([]);
        expect(await chat.send('When will my parcel arrive?')).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        stop();
      }
    });

    it('keeps a conversation the backup has open, with the messages it had then', async () => {
      const chat = createChat();
      const stop = chat.connect();
      try {
        await chat.send('How long does delivery take?');
        const id = chat.currentId;
        const { file } = await app.client.invoke('backup:create', {});
        await chat.send('When will my parcel arrive?');
        expect(chat.messages).toHaveLength(4);

        await app.client.invoke('backup:restore', { file });

        await expect.poll(() => chat.messages.length).toBe(2);
        expect(chat.currentId).toBe(id);
        expect(errors).toEqual([]);
      } finally {
        stop();
      }
    });

    it('reads the conversation again when the screen comes back after a restore made elsewhere (Settings)', async () => {
      const chat = createChat();
      const { file } = await app.client.invoke('backup:create', {});
      await chat.send('How long does delivery take?');
      expect(chat.currentId).not.toBeNull();

      await app.client.invoke('backup:restore', { file }); // the chat screen is not shown: no one listens
      const stop = chat.connect();
      try {
        await expect.poll(() => chat.currentId).toBeNull();
        expect(chat.messages).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        stop();
      }
    });
  });
});
