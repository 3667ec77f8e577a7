import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';
import { ReviewQueue, reasonText } from '../../../src-renderer/state/kb/review-queue.svelte.ts';
import { Toasts } from '../../../src-renderer/state/toasts.svelte.ts';

// The review queue's state against the real app (SQLite in a temp folder) through its in-process client.
let dataDir: string;
let app: App;

const zh = (key: MessageKey) => formatMessage('zh', key);
const en = (key: MessageKey) => formatMessage('en', key);

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-review-state-'));
  app = await createApp({ dataDir, seedSample: false });
});

afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function thumbsDown(correction?: string): Promise<void> {
  const api = app.client;
  await api.invoke('faq:create', { question: 'How long does a refund take?', answer: 'Five business days.' });
  const { message } = await api.invoke('chat:send', { text: 'How long does a refund take?' });
  await api.invoke('chat:feedback', { messageId: message.id, feedback: 'down', ...(correction && { correction }) });
}

describe('reasonText()', () => {
  it('says why a thumbs-down with a correction is in the queue in Chinese, not in the server’s English', async () => {
    await thumbsDown('Three business days.');
    const errors: unknown[] = [];
    const review = new ReviewQueue({ api: app.client, toasts: new Toasts(), t: en, onError: (error) => errors.push(error) });
    await review.load();
    expect(errors).toEqual([]);
    const [item] = review.items;
    expect(item.origin).toBe('thumbs-down');
    expect(reasonText(item.reason!, zh)).toBe('回答被标记为有误，并附上了建议的答案');
    expect(reasonText(item.reason!, en)).toBe('the answer was marked wrong, with a suggested answer');
  });

  it('translates a plain thumbs-down and the hand-off codes, and shows any other reason as written', async () => {
    await thumbsDown();
    const { items } = await app.client.invoke('review:list', { status: 'open' });
    expect(reasonText(items[0].reason!, zh)).toBe('回答被标记为有误，未附正确回答');
    expect(reasonText('low-confidence', zh)).toBe('没有条目能充分回答此问题');
    expect(reasonText('the price looked wrong', zh)).toBe('the price looked wrong');
  });
});

describe('ReviewQueue', () => {
  /** A new entry, and `question` handed off into a loaded queue: the item to resolve, with its queue and toasts. */
  async function handedOff(question: string, entry: { question: string; answer: string }) {
    const api = app.client;
    const created = await api.invoke('faq:create', entry);
    await api.invoke('chat:send', { text: question, forceMode: 'handoff' });
    const toasts = new Toasts();
    const errors: unknown[] = [];
    const review = new ReviewQueue({ api, toasts, t: en, onError: (error) => errors.push(error) });
    await review.load();
    const item = review.items.find((candidate) => candidate.question === question)!;
    return { api, entry: created, toasts, errors, review, item };
  }

  describe('link()', () => {
    it('offers Undo, which takes the question back off the entry and returns the item to the queue', async () => {
      const question = 'Can someone call me back about my order?';
      const { api, entry, toasts, errors, review, item } = await handedOff(question, { question: 'How do I reach a person?', answer: 'Call us.' });

      await review.link(item, entry.id);
      expect((await api.invoke('faq:get', { id: entry.id })).paraphrases).toEqual([question]);
      expect(review.items.map((open) => open.id)).not.toContain(item.id);
      const [toast] = toasts.items;
      expect(toast.actions.map((action) => action.label)).toEqual(['toast.undo']);

      await toasts.act(toast.id, 'toast.undo');
      expect(errors).toEqual([]);
      expect((await api.invoke('faq:get', { id: entry.id })).paraphrases).toEqual([]);
      expect(review.items.map((open) => open.id)).toContain(item.id);
      expect(toasts.items.map((shown) => shown.message)).toEqual([en('toast.undone')]);
    });

    it('keeps an answer edited after the link when undone, and says so', async () => {
      const question = 'Will somebody phone me about the refund?';
      const { api, entry, toasts, errors, review, item } = await handedOff(question, { question: 'Do you phone customers?', answer: 'Sometimes.' });
      await review.link(item, entry.id, 'Yes, within a day.');
      await api.invoke('faq:update', { id: entry.id, answer: 'Yes, within two hours.' });

      await toasts.act(toasts.items[0].id, 'toast.undo');
      expect(errors).toEqual([]);
      expect(await api.invoke('faq:get', { id: entry.id })).toMatchObject({ answer: 'Yes, within two hours.', paraphrases: [] });
      expect(review.items.map((open) => open.id)).toContain(item.id);
      expect(toasts.items.map((shown) => shown.message)).toEqual([en('review.toast.unlinkedAnswerKept')]);
    });
  });

  describe('handOff()', () => {
    it('closes the item as handed off (the question then handed off as marked), and its Undo puts it back in the queue and takes the mark back', async () => {
      const question = 'Can I change the email on my account password reset page?';
      const { api, toasts, errors, review, item } = await handedOff(question, { question: 'How do I reset my account password?', answer: 'Use the reset link.' });

      await review.handOff(item);
      expect(errors).toEqual([]);
      expect(review.items.map((open) => open.id)).not.toContain(item.id);
      expect((await api.invoke('review:list', { status: 'handedOff' })).items.map((done) => done.id)).toEqual([item.id]);
      expect((await api.invoke('chat:send', { text: question })).message).toMatchObject({ mode: 'handoff', handoffReason: 'marked' });
      const [toast] = toasts.items;
      expect(toast.message).toBe(en('review.toast.handedOff'));

      await toasts.act(toast.id, 'toast.undo');
      expect(errors).toEqual([]);
      expect(review.items.map((open) => open.id)).toContain(item.id);
      expect((await api.invoke('chat:send', { text: question })).message.handoffReason).not.toBe('marked');
    });
  });

  describe('a question asked again', () => {
    it('is one row; dismissing it says it closed all three, and Undo brings back the row with all three', async () => {
      const api = app.client;
      for (const text of ['Are you open on Christmas Day?', 'are you open on christmas day', 'Are you open on Christmas Day？']) {
        await api.invoke('chat:send', { text, forceMode: 'handoff' });
      }
      const toasts = new Toasts();
      const errors: unknown[] = [];
      const t = (key: MessageKey, params?: MessageParams) => formatMessage('en', key, params);
      const review = new ReviewQueue({ api, toasts, t, onError: (error) => errors.push(error) });
      await review.load();
      expect(review.items.map(({ question, count }) => ({ question, count }))).toEqual([{ question: 'Are you open on Christmas Day?', count: 3 }]);
      expect(review.openCount).toBe(1);

      await review.dismiss(review.items[0]);
      expect(review.items).toEqual([]);
      expect(review.openCount).toBe(0);
      const [toast] = toasts.items;
      expect(toast.message).toBe('Dismissed all 3');

      await toasts.act(toast.id, 'toast.undo');
      expect(errors).toEqual([]);
      expect(review.items.map(({ count }) => count)).toEqual([3]);
      expect(review.openCount).toBe(1);
    });
  });
});

