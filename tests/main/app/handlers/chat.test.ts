import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import { handoffMessage } from '../../../../src-main/assistant/messages.ts';
import { DEFAULT_ANSWER_SETTINGS } from '../../../../src-main/assistant/settings.ts';
import { syntheticEntries } from '../../../../src-main/bench/kb-bench.ts';
import { answerOnlyIn, type ChatEvents, type FaqEntry } from '../../../../src-main/shared/api/index.ts';

let dataDir: string;
let app: App;
let byRef: Map<string, FaqEntry>;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-chat-'));
  app = await createApp({ dataDir, seedSample: false });
  const content = await readFile(new URL('../../../../resources/sample-faq.json', import.meta.url), 'utf8');
  await app.client.invoke('faq:import', { fileName: 'sample-faq.json', content });
  const { entries } = await app.client.invoke('faq:list', { limit: 1_000 });
  byRef = new Map(entries.map((entry) => [entry.ref ?? '', entry]));
});

afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const send = (text: string, extra: { conversationId?: number; requestId?: string; forceMode?: 'faq' | 'generated' | 'handoff' } = {}) =>
  app.client.invoke('chat:send', { text, ...extra });

function tokensOf(requestId: string) {
  const events: ChatEvents['chat:token'][] = [];
  const stop = app.client.on('chat:token', (event) => {
    if (event.requestId === requestId) events.push(event);
  });
  return { events, stop };
}

describe('chat handlers', () => {
  describe('chat:send', () => {
    it('answers with the curated entry, cited, and stores both messages', async () => {
      const { conversation, userMessage, message } = await send('How do I stop the newsletter?');
      expect(message).toMatchObject({
        role: 'assistant',
        mode: 'faq',
        text: byRef.get('newsletter-unsubscribe')!.answer,
        model: null,
        interrupted: false,
        lang: 'en',
      });
      expect(message.sources[0]).toMatchObject({ ref: 'newsletter-unsubscribe', id: byRef.get('newsletter-unsubscribe')!.id });
      expect(message.confidence).toBeGreaterThanOrEqual(DEFAULT_ANSWER_SETTINGS.faqThreshold);
      expect(message.latencyMs).toBeGreaterThanOrEqual(0);
      const stored = await app.client.invoke('chat:messages', { conversationId: conversation.id });
      expect(stored.map((m) => m.id)).toEqual([userMessage.id, message.id]);
      expect(conversation).toMatchObject({ title: 'How do I stop the newsletter?', messageCount: 2 });
    });

    it('cites the language of an entry that answers a question asked in the other language', async () => {
      // Forced: across languages a question rarely reaches the verbatim threshold (it meets the entry only through translations).
      const { conversation, message } = await send('How do I cancel my order?', { forceMode: 'faq' });
      expect(message).toMatchObject({ mode: 'faq', lang: 'en', text: byRef.get('cancel-order')!.answer });
      expect(message.sources[0]).toMatchObject({ ref: 'cancel-order', lang: 'zh' });
      const stored = await app.client.invoke('chat:messages', { conversationId: conversation.id });
      expect(answerOnlyIn(stored[1])).toBe('zh');
    });

    it('drafts from the top entries at medium confidence, streaming it (no model: the closest answer, quoted)', async () => {
      const tokens = tokensOf('draft-1');
      const { message } = await send('My toaster is broken after a month', { requestId: 'draft-1' });
      tokens.stop();
      expect(message).toMatchObject({ mode: 'generated', model: null, interrupted: false });
      expect(message.text).toContain(byRef.get('warranty')!.answer);
      expect(message.sources[0].ref).toBe('warranty');
      expect(tokens.events.map((e) => e.text).join('')).toBe(message.text);
      expect(tokens.events.every((e) => e.messageId === message.id)).toBe(true);
    });

    it('hands off off-topic questions in the customer language and queues them for review', async () => {
      const zh = await send('今天天气怎么样？');
      const en = await send('Write me a poem about the sea');
      expect(zh.message).toMatchObject({ mode: 'handoff', text: handoffMessage('zh'), handoffReason: 'low-confidence' });
      expect(en.message).toMatchObject({ mode: 'handoff', text: handoffMessage('en') });
      const { items } = await app.client.invoke('review:list', { status: 'open' });
      expect(items.map((item) => item.question)).toEqual(expect.arrayContaining(['今天天气怎么样？', 'Write me a poem about the sea']));
      expect(items.find((item) => item.question === '今天天气怎么样？')).toMatchObject({
        origin: 'handoff',
        lang: 'zh',
        conversationId: zh.conversation.id,
        messageId: zh.message.id,
      });
    });

    it('reads a follow-up question through the conversation', async () => {
      const first = await send('How do I get my money back?');
      const followUp = await send('and how long does that take?', { conversationId: first.conversation.id });
      expect(followUp.message.sources[0].ref).toBe('refunds');
      expect(followUp.message.mode).not.toBe('handoff');
      expect(followUp.conversation.messageCount).toBe(4);
    });

    it('obeys --force-mode', async () => {
      const { message } = await send('How do I stop the newsletter?', { forceMode: 'handoff' });
      expect(message).toMatchObject({ mode: 'handoff', handoffReason: 'forced' });
    });

    it.each([
      ['emoji only', '😀🙏📦'],
      ['FTS5 syntax', '"refund* NEAR(return'],
      ['SQL', "'; DROP TABLE messages; --"],
      ['mixed scripts', 'Can I 退货 please？ Привет'],
    ])('answers %s with a sensible reply', async (_, text) => {
      const { message } = await send(text);
      expect(['faq', 'generated', 'handoff']).toContain(message.mode);
    });

    it('stores the question without control characters', async () => {
      const { userMessage } = await send('How do I\u0000 stop the \u001b[31mnewsletter?\u0007');
      expect(userMessage.text).toBe('How do I stop the [31mnewsletter?');
    });

    it('refuses an empty question and one over the size limit with a clear error', async () => {
      await expect(send('')).rejects.toThrow('The question is empty');
      await expect(send(' \u0000\u0007 ')).rejects.toThrow('The question is empty');
      await expect(send('退'.repeat(100_000))).rejects.toThrow(/Invalid input for chat:send: text/);
    });
  });

  describe('review:list', () => {
    it('marks the candidates the meaning re-rank placed above ones whose words match better, as chat sources are', async () => {
      // By its words the contact page comes first; by meaning the newsletter's unsubscribe.
      const { message } = await send("I don't want the weekly deals email anymore");
      expect(message.sources).toEqual([expect.objectContaining({ ref: 'newsletter-unsubscribe', byMeaning: true })]);
      await app.client.invoke('chat:feedback', { messageId: message.id, feedback: 'down' });
      const { items } = await app.client.invoke('review:list', { status: 'open' });
      const item = items.find((i) => i.messageId === message.id)!;
      expect(item.candidates).toEqual([expect.objectContaining({ ref: 'newsletter-unsubscribe', byMeaning: true })]);
    });
  });

  describe('review:link', () => {
    it('adds the handed-off wording to the entry, so the same question then gets that answer', async () => {
      const question = 'Could the courier leave it with my neighbour?';
      const before = await send(question);
      expect(before.message.mode).toBe('handoff');
      const { items } = await app.client.invoke('review:list', { status: 'open' });
      const item = items.find((candidate) => candidate.question === question)!;
      const target = byRef.get('change-address')!;
      const linked = await app.client.invoke('review:link', { id: item.id, entryId: target.id });
      expect(linked.item).toMatchObject({ status: 'linked', entryId: target.id });
      expect(linked.entry.paraphrases).toContain(question);

      const after = await send(question);
      expect(after.message).toMatchObject({ mode: 'faq', text: target.answer });
      expect(after.message.sources[0].id).toBe(target.id);
      await expect(app.client.invoke('review:link', { id: item.id, entryId: target.id })).rejects.toThrow(/already linked/);
    });
  });

  describe('review:new', () => {
    it('creates an entry from a handed-off question', async () => {
      const question = '这个杯子能放洗碗机吗？';
      expect((await send(question)).message.mode).toBe('handoff');
      const item = (await app.client.invoke('review:list', { status: 'open' })).items.find((i) => i.question === question)!;
      const answer = '陶瓷杯可以放洗碗机，手绘款请手洗。';
      const created = await app.client.invoke('review:new', { id: item.id, answer, category: 'product-care' });
      expect(created.entry).toMatchObject({ question, answer, lang: 'zh', category: 'product-care' });
      expect((await send(question)).message).toMatchObject({ mode: 'faq', text: answer });
    });
  });

  describe('review:dismiss', () => {
    it('closes the item without touching the knowledge base', async () => {
      const { revision } = await app.client.invoke('faq:list', {});
      await send('Tell me a joke');
      const item = (await app.client.invoke('review:list', { status: 'open' })).items.find((i) => i.question === 'Tell me a joke')!;
      expect(await app.client.invoke('review:dismiss', { id: item.id })).toMatchObject({ status: 'dismissed' });
      expect((await app.client.invoke('faq:list', {})).revision).toBe(revision);
    });
  });

  describe('review:handoff', () => {
    it('hands off questions like the item, announces the open count, validates its id, and review:reopen takes it back', async () => {
      const question = 'Do gift cards work in other currencies?';
      const rewording = 'Can I use a gift card in another currency?';
      expect((await send(question, { forceMode: 'handoff' })).message.mode).toBe('handoff');
      const item = (await app.client.invoke('review:list', { status: 'open' })).items.find((i) => i.question === question)!;
      const open = (await app.client.invoke('review:list', { status: 'open' })).total;
      const changes: number[] = [];
      const stop = app.client.on('review:changed', ({ open: count }) => changes.push(count));
      try {
        expect(await app.client.invoke('review:handoff', { id: item.id })).toMatchObject({ status: 'handedOff' });
        expect(changes).toEqual([open - 1]);
      } finally {
        stop();
      }
      expect((await send(rewording)).message).toMatchObject({ mode: 'handoff', handoffReason: 'marked' });
      await expect(app.client.invoke('review:handoff', { id: item.id })).rejects.toThrow(/already handedOff/);
      await expect(app.client.invoke('review:handoff', { id: -1 })).rejects.toThrow(/Invalid input for review:handoff: id/);

      expect(await app.client.invoke('review:reopen', { id: item.id })).toMatchObject({ status: 'open' });
      expect((await send(rewording)).message.mode).toBe('faq');
    });
  });

  describe('review:reopen', () => {
    it('brings a dismissed question back to the open queue and announces the new open count', async () => {
      const question = 'Can I speak to a person about my order?';
      expect((await send(question, { forceMode: 'handoff' })).message.mode).toBe('handoff');
      const item = (await app.client.invoke('review:list', { status: 'open' })).items.find((i) => i.question === question)!;
      await app.client.invoke('review:dismiss', { id: item.id });
      const openAfterDismiss = (await app.client.invoke('review:list', { status: 'open' })).total;
      const changes: number[] = [];
      const stop = app.client.on('review:changed', ({ open }) => changes.push(open));
      try {
        expect(await app.client.invoke('review:reopen', { id: item.id })).toMatchObject({ status: 'open', resolvedAt: null });
        expect(changes).toEqual([openAfterDismiss + 1]);
      } finally {
        stop();
      }
      const open = await app.client.invoke('review:list', { status: 'open' });
      expect(open.items.map((i) => i.id)).toContain(item.id);
      await expect(app.client.invoke('review:reopen', { id: item.id })).rejects.toThrow(/is open, not dismissed/);
      await expect(app.client.invoke('review:reopen', { id: 0 })).rejects.toThrow(/Invalid input for review:reopen: id/);
    });
  });

  describe('review:unlink', () => {
    /** A handed-off question in the queue, linked to a new entry; returns the item and the entry. */
    async function linked(question: string, entry: { question: string; answer: string; paraphrases?: string[] }, answer?: string) {
      const created = await app.client.invoke('faq:create', entry);
      await send(question, { forceMode: 'handoff' });
      const item = (await app.client.invoke('review:list', { status: 'open' })).items.find((i) => i.question === question)!;
      await app.client.invoke('review:link', { id: item.id, entryId: created.id, answer });
      return { item, entry: created };
    }

    it('takes the linked question off the entry, puts back the answer it replaced, and reopens the item', async () => {
      const question = 'Can someone call me back about my order?';
      const { item, entry } = await linked(question, { question: 'How do I reach a person?', answer: 'Call us.', paraphrases: ['Phone number?'] }, 'We call back within a day.');
      expect(await app.client.invoke('faq:get', { id: entry.id })).toMatchObject({ answer: 'We call back within a day.', paraphrases: ['Phone number?', question] });

      const result = await app.client.invoke('review:unlink', { id: item.id });
      expect(result).toMatchObject({ questionRemoved: true, answer: 'restored', entry: { answer: 'Call us.', paraphrases: ['Phone number?'] } });
      expect(result.item).toMatchObject({ status: 'open', entryId: null, resolvedAt: null });
      expect(await app.client.invoke('faq:get', { id: entry.id })).toMatchObject({ answer: 'Call us.', paraphrases: ['Phone number?'] });
      const again = app.client.invoke('review:unlink', { id: item.id });
      await expect(again).rejects.toThrow(/is open, not linked/);
      await expect(again).rejects.toMatchObject({ kind: 'conflict', code: 'review.not-linked', params: { id: item.id } });
    });

    it('keeps an answer edited after the link, and still takes the question off', async () => {
      const question = 'Will somebody phone me about the refund?';
      const { item, entry } = await linked(question, { question: 'Do you phone customers?', answer: 'Sometimes.' }, 'Yes, within a day.');
      await app.client.invoke('faq:update', { id: entry.id, answer: 'Yes, within two hours.' });

      const result = await app.client.invoke('review:unlink', { id: item.id });
      expect(result).toMatchObject({ questionRemoved: true, answer: 'kept', item: { status: 'open' } });
      expect(await app.client.invoke('faq:get', { id: entry.id })).toMatchObject({ answer: 'Yes, within two hours.', paraphrases: [] });
    });

    it('puts the replaced answer back when only other fields changed since the link', async () => {
      const question = 'Is a call back possible for my booking?';
      const { item, entry } = await linked(question, { question: 'Can you call me?', answer: 'On request.' }, 'Yes, ask in the chat.');
      await app.client.invoke('faq:update', { id: entry.id, category: 'contact', paraphrases: ['Ring me?', question] });

      expect(await app.client.invoke('review:unlink', { id: item.id })).toMatchObject({ questionRemoved: true, answer: 'restored' });
      expect(await app.client.invoke('faq:get', { id: entry.id })).toMatchObject({ answer: 'On request.', category: 'contact', paraphrases: ['Ring me?'] });
    });

    it('keeps a similar question the entry already had when the link added nothing', async () => {
      const question = 'Could a person ring me about my parcel?';
      const { item, entry } = await linked(question, { question: 'Do you call customers back?', answer: 'Yes.', paraphrases: [question] });
      expect(await app.client.invoke('review:unlink', { id: item.id })).toMatchObject({ questionRemoved: false, answer: 'unchanged' });
      expect((await app.client.invoke('faq:get', { id: entry.id })).paraphrases).toEqual([question]);
    });

    it('reopens the item and leaves a since-deleted entry alone', async () => {
      const question = 'Can I get a call about my delivery slot?';
      const { item, entry } = await linked(question, { question: 'Do you confirm delivery slots by phone?', answer: 'No.' }, 'Yes.');
      await app.client.invoke('faq:delete', { ids: [entry.id] });
      expect(await app.client.invoke('review:unlink', { id: item.id })).toMatchObject({ entry: null, questionRemoved: false, answer: 'unchanged', item: { status: 'open' } });
      expect(await app.client.invoke('faq:get', { id: entry.id })).toMatchObject({ answer: 'Yes.', paraphrases: [question] });
    });
  });

  describe('chat:feedback', () => {
    it('sends a thumbs-down with its correction to the review queue', async () => {
      const { message } = await send('How do refunds work?');
      const rated = await app.client.invoke('chat:feedback', {
        messageId: message.id,
        feedback: 'down',
        correction: 'Refunds take 5 days.',
      });
      expect(rated.feedback).toBe('down');
      const { items } = await app.client.invoke('review:list', { status: 'open' });
      expect(items.find((item) => item.messageId === message.id)).toMatchObject({
        origin: 'thumbs-down',
        question: 'How do refunds work?',
        suggestedAnswer: 'Refunds take 5 days.',
      });
      expect((await app.client.invoke('chat:feedback', { messageId: message.id, feedback: 'up' })).feedback).toBe('up');
    });
  });

  describe('chat:regenerate', () => {
    it('answers the same question again in place of the old answer', async () => {
      const { message, conversation } = await send('How do I stop the newsletter?');
      const again = await app.client.invoke('chat:regenerate', { messageId: message.id, forceMode: 'generated' });
      expect(again.message).toMatchObject({ id: message.id, mode: 'generated' });
      expect((await app.client.invoke('chat:messages', { conversationId: conversation.id })).length).toBe(2);
    });
  });

  describe('conversations', () => {
    it('lists, searches, renames, exports and deletes them', async () => {
      const { conversation } = await send('Do you sell gift cards?');
      const renamed = await app.client.invoke('chat:rename', { conversationId: conversation.id, title: 'Gift cards' });
      expect(renamed.title).toBe('Gift cards');
      const found = await app.client.invoke('chat:conversations', { search: 'never expire' });
      expect(found.conversations.map((c) => c.id)).toContain(conversation.id);

      const markdown = await app.client.invoke('chat:export', { conversationId: conversation.id, format: 'markdown' });
      expect(markdown.fileName).toBe('Gift cards.md');
      expect(markdown.content).toContain('# Gift cards');
      expect(markdown.content).toContain('> Do you sell gift cards?');
      expect(markdown.content).toContain('(`gift-cards`)');
      const json = JSON.parse((await app.client.invoke('chat:export', { conversationId: conversation.id, format: 'json' })).content);
      expect(json.messages).toHaveLength(2);
      expect(json.messages[1].sources[0].ref).toBe('gift-cards');

      expect(await app.client.invoke('chat:delete', { conversationId: conversation.id })).toEqual({ deleted: true });
      await expect(app.client.invoke('chat:messages', { conversationId: conversation.id })).rejects.toThrow(/does not exist/);
    });
  });

  describe('settings', () => {
    it('returns the calibrated defaults and validates changes', async () => {
      const settings = await app.client.invoke('settings:get', {});
      expect(settings).toMatchObject({ faqThreshold: DEFAULT_ANSWER_SETTINGS.faqThreshold, generateThreshold: DEFAULT_ANSWER_SETTINGS.generateThreshold });
      await expect(app.client.invoke('settings:set', { generateThreshold: 0.9 })).rejects.toMatchObject({
        message: expect.stringMatching(/must not exceed/),
        code: 'settings.thresholds-order',
        params: { generate: 0.9, faq: DEFAULT_ANSWER_SETTINGS.faqThreshold },
      });
      await expect(app.client.invoke('settings:set', { blockedPatterns: ['(open'] })).rejects.toMatchObject({
        message: expect.stringMatching(/not a valid regular expression/),
        code: 'settings.bad-pattern',
        params: { pattern: '(open' },
      });
      await expect(app.client.invoke('settings:set', { blockedPatterns: ['(a+)+$'] })).rejects.toMatchObject({
        message: expect.stringMatching(/could take minutes to check/),
        code: 'settings.pattern-nested-quantifier',
        params: { pattern: '(a+)+$' },
      });
      expect((await send('Is gift wrap available?')).message.mode).toBe('faq');
      expect(await app.client.invoke('settings:set', { faqThreshold: 0.95 })).toMatchObject({ faqThreshold: 0.95 });
      expect((await send('Is gift wrap available?')).message.mode).toBe('generated');
      await app.client.invoke('settings:set', { faqThreshold: settings.faqThreshold });
    });
  });

  describe('eval:run', () => {
    it('reports the metrics on the small fixture', async () => {
      const { cases } = JSON.parse(await readFile(new URL('../../../fixtures/eval-small.json', import.meta.url), 'utf8'));
      const report = await app.client.invoke('eval:run', { cases });
      expect(report).toMatchObject({ n: 6, p_at_1: 1, handoff_rate_out_of_scope: 1, answered_rate_in_scope: 1 });
      expect(report.calibration).toBeUndefined();
      expect(report.unknown_refs).toBeUndefined();
    });

    it('ranks an unsure English question by meaning too, as the chat does', async () => {
      const query = "I don't want the weekly deals email anymore";
      const report = await app.client.invoke('eval:run', { cases: [{ query, expect: 'newsletter-unsubscribe' }] });
      expect(report.cases[0]).toMatchObject({ top: 'newsletter-unsubscribe', rank: 1 });
      const { message } = await app.client.invoke('chat:send', { text: query });
      expect(message.sources[0]?.ref).toBe('newsletter-unsubscribe');
    });

    it('names the expected refs no enabled entry has, which count as misses', async () => {
      const report = await app.client.invoke('eval:run', {
        cases: [
          { query: '如何申请退货？', expect: 'returns-policy' },
          { query: 'Where is my parcel?', expect: 'no-such-entry' },
          { query: 'And this one?', expect: 'no-such-entry' },
        ],
      });
      expect(report.unknown_refs).toEqual(['no-such-entry']);
      expect(report.cases.map((result) => result.correct)).toEqual([true, false, false]);
    });

    it('fits thresholds to the set when asked, from the thresholds in force, and refuses a set too small for it', async () => {
      const { cases } = JSON.parse(await readFile(new URL('../../../fixtures/eval-blind3-zh.json', import.meta.url), 'utf8'));
      const { generateThreshold, faqThreshold } = await app.client.invoke('settings:get', {});
      const { calibration, answered_rate_in_scope, handoff_rate_out_of_scope } = await app.client.invoke('eval:run', { cases, calibrate: true });
      expect(calibration?.current).toMatchObject({ thresholds: { generated: generateThreshold, faq: faqThreshold } });
      expect(calibration?.current.answeredInScope).toBeCloseTo(answered_rate_in_scope ?? -1, 4);
      expect(calibration?.current.handedOffOutOfScope).toBeCloseTo(handoff_rate_out_of_scope ?? -1, 4);
      const small = JSON.parse(await readFile(new URL('../../../fixtures/eval-small.json', import.meta.url), 'utf8'));
      await expect(app.client.invoke('eval:run', { cases: small.cases, calibrate: true })).rejects.toThrow(/needs at least 10 in-scope/);
      await expect(app.client.invoke('eval:run', { cases: small.cases, calibrate: 'yes' as unknown as boolean })).rejects.toThrow(/calibrate/);
    });
  });
});

describe('chat while the index warms up', () => {
  it('registers a question before it waits for the index, so Stop stops it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'concierge-chat-warm-'));
    const warming = await createApp({ dataDir: dir, seedSample: false, warmIndex: true });
    try {
      // An import re-analyses every entry in the background: thousands take seconds.
      const entries = syntheticEntries(3_000);
      await warming.client.invoke('faq:import', { fileName: 'many.json', content: JSON.stringify({ entries }) });
      const reply = warming.client.invoke('chat:send', { text: 'How do I return an item?', requestId: 'w1' });
      expect(await warming.client.invoke('chat:stop', { requestId: 'w1' })).toEqual({ stopped: true });
      await reply;
      expect(await warming.client.invoke('chat:stop', { requestId: 'w1' })).toEqual({ stopped: false });
    } finally {
      await warming.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('chat:stop before the answer is ranked', () => {
  /** Sends a draft-worthy question and presses Stop at once, while it is still being ranked. */
  async function stopAtOnce(client: App['client'], requestId: string) {
    const events: ChatEvents['chat:token'][] = [];
    const unsubscribe = client.on('chat:token', (event) => events.push(event));
    try {
      const reply = client.invoke('chat:send', { text: 'My toaster is broken after a month', requestId });
      expect(await client.invoke('chat:stop', { requestId })).toEqual({ stopped: true });
      const { message, conversation } = await reply;
      const stored = (await client.invoke('chat:messages', { conversationId: conversation.id })).at(-1);
      return { message, stored, events };
    } finally {
      unsubscribe();
    }
  }

  it('stores and shows the same stopped draft with and without a model: empty, marked interrupted, nothing streamed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'concierge-chat-stop-'));
    const stopping = await createApp({ dataDir: dir, seedSample: false });
    try {
      const content = await readFile(new URL('../../../../resources/sample-faq.json', import.meta.url), 'utf8');
      await stopping.client.invoke('faq:import', { fileName: 'sample-faq.json', content });
      const withoutModel = await stopAtOnce(stopping.client, 'no-model');
      const model = await stopping.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64, name: 'tiny', activate: true });
      const withModel = await stopAtOnce(stopping.client, 'with-model');

      const stopped = { mode: 'generated', text: '', interrupted: true, handoffReason: null };
      expect(withModel.message).toMatchObject({ ...stopped, model: model.id });
      expect(withoutModel.message).toMatchObject({ ...stopped, model: null });
      expect(withoutModel.message.sources).toEqual(withModel.message.sources);
      for (const { message, stored, events } of [withModel, withoutModel]) {
        expect(stored).toEqual(message);
        expect(events).toEqual([]);
      }
    } finally {
      await stopping.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
