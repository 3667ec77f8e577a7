import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { ChatService } from '../../../src-main/assistant/chat-service.ts';
import type { Generate } from '../../../src-main/assistant/decide.ts';
import { answerOnlyIn } from '../../../src-main/shared/api/chat.ts';
import { faqKnowledge } from '../../../src-main/assistant/faq-knowledge.ts';
import { Retriever, type RankQuestion } from '../../../src-main/assistant/retriever.ts';
import { activeModelGenerator } from '../../../src-main/assistant/model-generate.ts';
import { AnswerSettingsStore } from '../../../src-main/assistant/settings.ts';
import { InferenceClient } from '../../../src-main/inference/inference-client.ts';
import { estimateLoadMemory } from '../../../src-main/model/load-memory.ts';
import { ModelRegistry } from '../../../src-main/model/model-registry.ts';
import { ModelRepository } from '../../../src-main/store/model-repository.ts';
import { ConversationRepository } from '../../../src-main/store/conversation-repository.ts';
import { ReviewRepository } from '../../../src-main/store/review-repository.ts';
import { SettingsRepository } from '../../../src-main/store/settings-repository.ts';
import { TINY_MODEL_CONFIG } from '../../helpers/tiny-model.ts';
import { sampleDatabase, sampleDrafts } from './sample-kb.ts';

/** The word ranker alone: these tests are about the chat, not the meaning re-rank. */
const byWords = (retriever: Retriever): RankQuestion => async (question, options) => retriever.retrieve(question, options);

/** Streams numbered words every few milliseconds until aborted, or fails after `failAfter` words. */
function slowModel(options: { failAfter?: number; tokens?: number } = {}): Generate {
  return async ({ onToken, signal }) => {
    let text = '';
    for (let i = 0; i < (options.tokens ?? 500); i++) {
      if (signal?.aborted) return { text, model: 'slow-model', cancelled: true };
      if (i === options.failAfter) throw new Error('onnxruntime: session run failed');
      const piece = ` word${i}`;
      onToken(piece);
      text += piece;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return { text, model: 'slow-model' };
  };
}

describe('ChatService', () => {
  let kb: ReturnType<typeof sampleDatabase>;
  let conversations: ConversationRepository;
  let reviews: ReviewRepository;
  let generate: Generate;
  let tokens: { requestId: string; messageId: number; text: string }[];
  let chat: ChatService;

  beforeEach(() => {
    kb = sampleDatabase();
    conversations = new ConversationRepository(kb.db);
    reviews = new ReviewRepository(kb.db);
    tokens = [];
    generate = slowModel();
    const settings = new AnswerSettingsStore(new SettingsRepository(kb.db));
    // The fake model writes numbered words, which no FAQ answer supports: keep its drafts as written.
    settings.set({ replaceGarbledDrafts: false });
    chat = new ChatService({
      faq: kb.faq,
      conversations,
      reviews,
      settings,
      rank: byWords(new Retriever(faqKnowledge(kb.faq))),
      generator: () => generate,
      onToken: (event) => tokens.push(event),
      onReviewChanged: () => {},
    });
  });
  afterEach(() => kb.close());

  describe('stop()', () => {
    it('stops a streaming draft and stores the part shown, marked interrupted', async () => {
      generate = slowModel({ tokens: 1_000_000 }); // streams until stopped: no race with its end on a busy machine
      const reply = chat.send({ text: 'My toaster is broken after a month', requestId: 'r1' });
      await vi.waitFor(() => expect(tokens.length).toBeGreaterThanOrEqual(3), { timeout: 20_000, interval: 20 });
      expect(chat.stop('r1')).toBe(true);
      const { message } = await reply;
      expect(message).toMatchObject({ mode: 'generated', interrupted: true, model: 'slow-model' });
      expect(message.text).toMatch(/^word0 word1 word2/);
      expect(tokens.map((t) => t.text).join('')).toBe(message.text);
      expect(conversations.getMessage(message.id)).toMatchObject({ text: message.text, interrupted: true });
      expect(chat.stop('r1')).toBe(false);
    });

    it('stops a question still being ranked (the sentence encoder loading), and refuses its request id meanwhile', async () => {
      let release!: () => void;
      const ranked = new Promise<void>((resolve) => (release = resolve));
      const retriever = new Retriever(faqKnowledge(kb.faq));
      const waiting = new ChatService({
        faq: kb.faq,
        conversations,
        reviews,
        settings: new AnswerSettingsStore(new SettingsRepository(kb.db)),
        rank: async (question, options) => {
          await ranked;
          return retriever.retrieve(question, options);
        },
        generator: () => slowModel({ tokens: 20 }),
        onToken: (event) => tokens.push(event),
        onReviewChanged: () => {},
      });
      const reply = waiting.send({ text: 'My toaster is broken after a month', requestId: 'r3', forceMode: 'generated' });
      await new Promise((resolve) => setImmediate(resolve));
      const twin = waiting.send({ text: 'And my kettle?', requestId: 'r3', forceMode: 'generated' });
      const stopped = waiting.stop('r3');
      release();
      await expect(twin).rejects.toThrow(/"r3" is already running/);
      expect(stopped).toBe(true);
      const { message } = await reply;
      expect(message).toMatchObject({ mode: 'generated', interrupted: true });
      expect(tokens).toEqual([]);
      expect(waiting.stop('r3')).toBe(false);
    });

    it('keeps a streaming draft in the database while it streams, marked interrupted until it completes', async () => {
      // A draft that streams until stopped, so the check below never races its end on a busy machine.
      generate = slowModel({ tokens: 1_000_000 });
      const reply = chat.send({ text: 'My toaster is broken after a month', requestId: 'r2' });
      await vi.waitFor(
        () => {
          const streaming = conversations.getMessage(tokens[0].messageId);
          expect(streaming).toMatchObject({ mode: 'generated', interrupted: true });
          expect(streaming.text).toMatch(/^word0 word1/);
        },
        { timeout: 20_000, interval: 100 },
      );
      chat.stop('r2');
      await reply;
    });
  });

  describe('send()', () => {
    it('hands off when the model fails mid-generation, stores the message and queues the question', async () => {
      generate = slowModel({ failAfter: 5 });
      const { message, conversation } = await chat.send({ text: 'My toaster is broken after a month' });
      expect(message).toMatchObject({ mode: 'handoff', handoffReason: 'generation-failed', interrupted: false });
      expect(conversations.messages(conversation.id).map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(reviews.list({ status: 'open' }).items[0]).toMatchObject({
        question: 'My toaster is broken after a month',
        origin: 'handoff',
        reason: 'generation-failed: onnxruntime: session run failed',
        messageId: message.id,
      });
    });

    it('answers in the three modes and records confidence, sources and latency for each', async () => {
      const faq = await chat.send({ text: 'How do I stop the newsletter?' });
      const generated = await chat.send({ text: 'My toaster is broken after a month', forceMode: 'generated' });
      const handoff = await chat.send({ text: 'Write me a poem about the sea' });
      expect([faq, generated, handoff].map((reply) => reply.message.mode)).toEqual(['faq', 'generated', 'handoff']);
      for (const { message } of [faq, generated]) {
        expect(message.sources.length).toBeGreaterThan(0);
        expect(message.confidence).toBeGreaterThan(0);
        expect(message.latencyMs).not.toBeNull();
      }
      expect(generated.message.model).toBe('slow-model');
    });

    it.each(['Tell me a joke', 'Who are you?', '给我讲个笑话'])(
      'hands off the off-topic %s asked after an FAQ question, as in a new conversation',
      async (offTopic) => {
        const first = await chat.send({ text: 'How do I stop the newsletter?' });
        const { message } = await chat.send({ text: offTopic, conversationId: first.conversation.id });
        expect(first.message.mode).toBe('faq');
        expect(message).toMatchObject({ mode: 'handoff', handoffReason: 'low-confidence' });
        expect(message.confidence).toBe((await chat.send({ text: offTopic })).message.confidence);
      },
    );

    it('still reads a follow-up that points back through the same conversation', async () => {
      const first = await chat.send({ text: 'How do I get my money back?' });
      const { message } = await chat.send({ text: 'and how long does that take?', conversationId: first.conversation.id });
      expect(message.mode).not.toBe('handoff');
      expect(message.sources[0].ref).toBe('refunds');
    });

    it('says when a verbatim FAQ answer exists only in the other language, and keeps saying it once stored', async () => {
      // Forced: across languages a question rarely reaches the verbatim threshold (it meets the entry only through translations).
      const english = await chat.send({ text: 'How do I cancel my order?', forceMode: 'faq' });
      expect(english.message).toMatchObject({ mode: 'faq', lang: 'en', sources: [{ ref: 'cancel-order', lang: 'zh' }] });
      expect(answerOnlyIn(english.message)).toBe('zh');
      expect(answerOnlyIn(conversations.getMessage(english.message.id)!)).toBe('zh');

      const chinese = await chat.send({ text: '怎么注销我的账号？', forceMode: 'faq' });
      expect(chinese.message).toMatchObject({ mode: 'faq', lang: 'zh', sources: [{ ref: 'delete-account', lang: 'en' }] });
      expect(answerOnlyIn(chinese.message)).toBe('en');

      const same = await chat.send({ text: 'How do I stop the newsletter?' });
      expect(same.message).toMatchObject({ mode: 'faq', sources: [{ lang: 'en' }] });
      expect(answerOnlyIn(same.message)).toBeNull();
      // A draft is written in the customer's language whatever its sources' language: nothing to say.
      const draft = await chat.send({ text: 'How do I cancel my order?', forceMode: 'generated' });
      expect(answerOnlyIn(draft.message)).toBeNull();
    });

    it('answers "how much?" about the topic of the previous question', async () => {
      const first = await chat.send({ text: 'Do you offer gift wrapping?' });
      const { message } = await chat.send({ text: 'how much?', conversationId: first.conversation.id });
      expect(message.mode).not.toBe('handoff');
      expect(message.sources[0].ref).toBe('gift-wrapping');
    });
  });
});

describe('an active model too big for the free memory', () => {
  it('hands the draft off without loading it, and stores the sizes and what to do with the answer', async () => {
    const kb = sampleDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), 'concierge-chat-memory-'));
    const inference = new InferenceClient(); // its worker starts on first use: a load would show in loadedModel
    const free = 64 * 2 ** 20;
    try {
      const registry = new ModelRegistry({ dataDir, repository: new ModelRepository(kb.db), freeMemory: () => free });
      const version = await registry.installRandom(TINY_MODEL_CONFIG, 3, { name: 'tiny', source: 'init', activate: true });
      const reviews = new ReviewRepository(kb.db);
      const chat = new ChatService({
        faq: kb.faq,
        conversations: new ConversationRepository(kb.db),
        reviews,
        settings: new AnswerSettingsStore(new SettingsRepository(kb.db)),
        rank: byWords(new Retriever(faqKnowledge(kb.faq))),
        generator: activeModelGenerator(registry, inference),
        onToken: () => {},
        onReviewChanged: () => {},
      });
      const { message } = await chat.send({ text: 'Can I pay with PayPal?', forceMode: 'generated' });
      expect(message).toMatchObject({
        mode: 'handoff',
        handoffReason: 'generation-failed',
        notice: { code: 'model-memory', modelId: version.id, neededBytes: estimateLoadMemory(TINY_MODEL_CONFIG), freeBytes: free },
      });
      expect(message.notice?.message).toMatch(/needs about 0\.\d GB of memory, but only 0\.1 GB is free\. Close other programs/);
      expect(inference.loadedModel).toBeNull();
      expect(reviews.list({ status: 'open' }).items[0]).toMatchObject({ reason: expect.stringMatching(/^generation-failed: Loading model/) });
    } finally {
      await inference.close();
      kb.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('chat through the real inference worker', () => {
  let dataDir: string;
  let app: App;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-chat-model-'));
    app = await createApp({ dataDir, seedSample: false });
    for (const draft of sampleDrafts()) await app.client.invoke('faq:create', draft);
    await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 1024, seed: 7, name: 'tiny', activate: true });
    // Greedy decoding of a fixed random model: the same draft every run; the filter is off because random
    // text may contain anything.
    await app.client.invoke('settings:set', { temperature: 0, maxNewTokens: 12, blockedWords: [], blockUnlistedPrices: false, replaceGarbledDrafts: false });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('streams a generated draft from the active model, cited and stamped with the model version', async () => {
    const streamed: string[] = [];
    const stop = app.client.on('chat:token', (event) => event.requestId === 'real-1' && streamed.push(event.text));
    const { message } = await app.client.invoke('chat:send', {
      text: 'Can I pay with PayPal?',
      requestId: 'real-1',
      forceMode: 'generated',
    });
    stop();
    const [version] = await app.client.invoke('model:list', {});
    expect(message).toMatchObject({ mode: 'generated', model: version.id, interrupted: false, notice: null });
    expect(message.sources[0].ref).toBe('payment-methods');
    expect(message.text.length).toBeGreaterThan(0);
    expect(streamed.join('')).toBe(message.text);
  }, 120_000);
});
