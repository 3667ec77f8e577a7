import type { Database } from 'better-sqlite3';
import { calibrateThresholds } from '../../assistant/calibrate-thresholds.ts';
import { ChatService, type ChatServiceDeps } from '../../assistant/chat-service.ts';
import { evaluateRanking } from '../../assistant/evaluate.ts';
import { exportConversation } from '../../assistant/export-conversation.ts';
import { faqKnowledge } from '../../assistant/faq-knowledge.ts';
import { MeaningRerank, rankByMeaning } from '../../assistant/meaning-rerank.ts';
import { Retriever } from '../../assistant/retriever.ts';
import { ReviewService } from '../../assistant/review-service.ts';
import type { SentenceEncoderLoader } from '../../assistant/sentence-encoder/sentence-encoder-loader.ts';
import { AnswerSettingsStore } from '../../assistant/settings.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { ConversationRepository } from '../../store/conversation-repository.ts';
import { FaqRepository } from '../../store/faq-repository.ts';
import { MarkedExampleRepository } from '../../store/marked-example-repository.ts';
import { ReviewRepository } from '../../store/review-repository.ts';
import { SettingsRepository } from '../../store/settings-repository.ts';
import type { EventBus } from '../events.ts';
import type { ChatChannel } from './chat-channels.ts';

export interface ChatDeps {
  db: Database;
  events: EventBus;
  /** The active model's generate function, or null without a model (see ChatServiceDeps). */
  generator?: ChatServiceDeps['generator'];
  /** Warm the ranker's index at start and after every KB change (AppOptions.warmIndex). */
  warmIndex?: boolean;
  /** The meaning re-rank's sentence encoder (in its worker), loaded when first asked for. */
  encoder: SentenceEncoderLoader;
  /** Registers what to release when the app closes (the sentence encoder's worker). */
  onClose?: (close: () => unknown) => void;
}

export function createChatHandlers(deps: ChatDeps): Pick<Handlers, ChatChannel> {
  const faq = new FaqRepository(deps.db);
  const conversations = new ConversationRepository(deps.db);
  const reviews = new ReviewRepository(deps.db);
  const examples = new MarkedExampleRepository(deps.db);
  const settings = new AnswerSettingsStore(new SettingsRepository(deps.db));
  const retriever = new Retriever(faqKnowledge(faq, examples));
  // The sentence encoder loads at the first English question the word ranker is not sure of (MEANING.leadGate), or
  // in a long-lived app at the meaning warm-up below when the knowledge base has enabled English entries; without
  // it (a broken install, files unreadable for a while, a worker that keeps stopping) answers are ranked by words
  // alone (sentence-encoder-loader.ts). It runs in a worker thread: its runs would hold the main thread (the API,
  // the chat's streaming) for tens of ms.
  const rerank = new MeaningRerank(deps.encoder.embedder, (ids) => faq.getMany(ids));
  // The warm-up's encoder runs end before the encoder's worker stops (closers run before the database's).
  deps.onClose?.(async () => {
    await rerank.close();
    await deps.encoder.close();
  });
  // A question asked while the index builds (after an import) waits for it, in slices, once the chat has registered
  // its request: a Stop meanwhile stops it.
  const rank = rankByMeaning(retriever, rerank);
  // A long-lived app warms the ranker's index in the background at start and after every KB change (an import
  // re-analyses thousands of entries), in slices that leave the event loop free; answering waits for it. Then the
  // meaning re-rank embeds the English entries' texts not yet cached; answering does not wait for that. A failure
  // (the encoder's worker crashed) is logged and the warm-up tried again at the next KB change, by a new worker:
  // meanwhile questions embed their candidates as they come. An encoder that loads only at a later try (it did not
  // at first) warms then; one whose worker kept stopping is not asked again, so nothing more is logged.
  if (deps.warmIndex) {
    const warmMeaning = () =>
      rerank.warm(() => faq.enabledIds('en')).catch((error: unknown) => {
        console.error('Embedding the English FAQ texts ahead of questions failed:', error);
      });
    const warm = () =>
      retriever.warm().then(warmMeaning, (error: unknown) => {
        if (deps.db.open) console.error('Warming the FAQ index failed:', error);
      });
    void warm();
    deps.events.on('faq:changed', () => void warm());
    deps.encoder.onReloaded(() => void warm());
  }
  const onReviewChanged = (open: number) => deps.events.emit('review:changed', { open });
  const chat = new ChatService({
    faq,
    conversations,
    reviews,
    settings,
    rank,
    generator: deps.generator ?? (() => null),
    onToken: (event) => deps.events.emit('chat:token', event),
    onReviewChanged,
  });
  const review = new ReviewService({
    faq,
    reviews,
    examples,
    onReviewChanged,
    onKnowledgeChanged: (revision) => deps.events.emit('faq:changed', { revision }),
  });

  return {
    'chat:send': async (input) => chat.send(input),
    'chat:stop': async ({ requestId }) => ({ stopped: chat.stop(requestId) }),
    'chat:regenerate': async (input) => chat.regenerate(input),
    'chat:feedback': async (input) => chat.feedback(input),
    'chat:create': async ({ title }) => conversations.createConversation(title ?? null),
    'chat:conversations': async (query) => conversations.listConversations(query),
    'chat:messages': async ({ conversationId }) => conversations.messages(conversationId),
    'chat:rename': async ({ conversationId, title }) => conversations.rename(conversationId, title),
    'chat:delete': async ({ conversationId }) => ({ deleted: conversations.deleteConversation(conversationId) }),
    'chat:export': async ({ conversationId, format }) =>
      exportConversation(conversations.getConversation(conversationId), conversations.messages(conversationId), format),
    'review:list': async (query) => reviews.list(query),
    'review:link': async ({ id, entryId, answer }) => review.link(id, entryId, answer),
    'review:unlink': async ({ id }) => review.unlink(id),
    'review:new': async ({ id, ...draft }) => review.create(id, draft),
    'review:dismiss': async ({ id }) => review.dismiss(id),
    'review:handoff': async ({ id }) => review.handoff(id),
    'review:reopen': async ({ id }) => review.reopen(id),
    'eval:run': async ({ cases, calibrate }) => {
      const { faqThreshold, generateThreshold } = settings.get();
      const thresholds = { faq: faqThreshold, generated: generateThreshold };
      const report = await evaluateRanking(cases, rank, thresholds);
      const answerable = faq.answerableRefs();
      const unknown = [...new Set(cases.flatMap(({ expect }) => (expect === null || answerable.has(expect) ? [] : [expect])))];
      return {
        ...report,
        ...(unknown.length ? { unknown_refs: unknown } : {}),
        ...(calibrate ? { calibration: calibrateThresholds(report.cases, thresholds) } : {}),
      };
    },
    'settings:get': async () => settings.get(),
    'settings:set': async (patch) => settings.set(patch),
  };
}
