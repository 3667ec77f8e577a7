// The answer pipeline per message: store the question, retrieve (with the recent turns for follow-ups),
// decide, stream a draft when one is generated, store the answer with its mode, confidence, sources, model and
// latency, and queue hand-offs for review.
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diskError } from '../node/disk-space.ts';
import type { AnswerMode, AnswerSettings, ChatMessage, ChatReply, Feedback, MessageNotice } from '../shared/api/chat.ts';
import { modelProblemOf } from '../shared/api/models.ts';
import { THUMBS_DOWN_REASONS } from '../shared/api/review-reasons.ts';
import { ConflictError, InvalidInputError } from '../shared/errors.ts';
import type { ConversationRepository, MessageFields } from '../store/conversation-repository.ts';
import type { FaqRepository } from '../store/faq-repository.ts';
import type { ReviewRepository } from '../store/review-repository.ts';
import { decide, type Decision, type Generate } from './decide.ts';
import { detectLang } from './language.ts';
import { PROMPT_LIMITS, type PromptTurn } from './prompt.ts';
import type { RankQuestion } from './retriever.ts';
import type { AnswerSettingsStore } from './settings.ts';

export interface ChatServiceDeps {
  faq: FaqRepository;
  conversations: ConversationRepository;
  reviews: ReviewRepository;
  settings: AnswerSettingsStore;
  rank: RankQuestion;
  /**
   * The active model's generate function, or null when no model is installed (drafts then quote the FAQ). A
   * generate that throws an error carrying a ModelProblem (files deleted, not enough memory) gets that problem
   * stored with the answer as its notice.
   */
  generator: (settings: AnswerSettings, caller: string) => Promise<Generate | null> | Generate | null;
  onToken: (event: { requestId: string; conversationId: number; messageId: number; text: string }) => void;
  onReviewChanged: (open: number) => void;
}

export interface SendInput {
  text: string;
  conversationId?: number;
  requestId?: string;
  forceMode?: AnswerMode;
}

/** How often a streaming draft is written to the database, so a killed process leaves its partial text. */
const DRAFT_FLUSH_MS = 500;
const TITLE_CHARS = 50;

// C0/C1 control characters other than tab and newline: invisible, and they break terminals and exports.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The question as stored: well-formed Unicode, no control characters, trimmed. */
function cleanQuestion(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '').trim();
}

export class ChatService {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly deps: ChatServiceDeps) {}

  async send(input: SendInput): Promise<ChatReply> {
    const text = cleanQuestion(input.text);
    if (!text) throw new InvalidInputError('The question is empty');
    this.assertIdle(input.requestId);
    const { conversations } = this.deps;
    return this.onDisk(async () => {
      const conversationId = input.conversationId ?? conversations.createConversation(titleOf(text)).id;
      const userMessage = conversations.addMessage(conversationId, 'user', { text, lang: detectLang(text) });
      const message = await this.answer(userMessage, { requestId: input.requestId, forceMode: input.forceMode });
      return { conversation: conversations.getConversation(conversationId), userMessage, message };
    });
  }

  /** Answers the question before assistant message `messageId` again, replacing that message. */
  async regenerate(input: { messageId: number; requestId?: string; forceMode?: AnswerMode }): Promise<ChatReply> {
    const { conversations } = this.deps;
    const target = conversations.getMessage(input.messageId);
    const [question] = conversations.turnsBefore(target.conversationId, target.id, 1);
    if (target.role !== 'assistant' || question?.role !== 'user') {
      throw new InvalidInputError(`Message #${input.messageId} is not an answer to a question`);
    }
    const message = await this.onDisk(() => this.answer(question, { ...input, replace: target.id }));
    return { conversation: conversations.getConversation(target.conversationId), userMessage: question, message };
  }

  /** Stops a streaming draft; false when `requestId` is not running. */
  stop(requestId: string): boolean {
    const controller = this.running.get(requestId);
    controller?.abort();
    return controller !== undefined;
  }

  feedback(input: { messageId: number; feedback: Feedback | null; correction?: string }): ChatMessage {
    const { conversations, reviews } = this.deps;
    const message = conversations.getMessage(input.messageId);
    if (message.role !== 'assistant') throw new InvalidInputError('Only answers can be rated');
    const rated = conversations.setFeedback(message.id, input.feedback);
    if (input.feedback === 'down') {
      const [question] = conversations.turnsBefore(message.conversationId, message.id, 1);
      reviews.add({
        question: question?.text ?? message.text,
        lang: question?.lang ?? detectLang(message.text),
        origin: 'thumbs-down',
        reason: input.correction ? THUMBS_DOWN_REASONS.correction : THUMBS_DOWN_REASONS.plain,
        suggestedAnswer: input.correction ?? null,
        candidates: message.sources,
        conversationId: message.conversationId,
        messageId: message.id,
      });
      this.deps.onReviewChanged(reviews.openCount());
    }
    return rated;
  }

  private async answer(
    question: ChatMessage,
    options: { requestId?: string; forceMode?: AnswerMode; replace?: number },
  ): Promise<ChatMessage> {
    const started = performance.now();
    const { conversations, rank, faq } = this.deps;
    const settings = this.deps.settings.get();
    const requestId = options.requestId ?? randomUUID();
    this.assertIdle(requestId);
    // Registered before ranking, which may wait (the sentence encoder loads at the first unsure English question):
    // a Stop meanwhile stops this answer, and the same request id is refused.
    const controller = new AbortController();
    this.running.set(requestId, controller);
    let messageId = options.replace ?? null;
    let decision: Decision;
    let notice: MessageNotice | null = null;
    try {
      const retrieval = await rank(question.text, {
        history: conversations.recentUserTexts(question.conversationId, question.id, settings.historyTurns),
      });
      const entries = new Map(faq.getMany(retrieval.hits.slice(0, PROMPT_LIMITS.contextEntries).map((hit) => hit.id)).map((e) => [e.id, e]));
      const history: PromptTurn[] = conversations
        .turnsBefore(question.conversationId, question.id, PROMPT_LIMITS.historyTurns)
        .map((turn) => ({ role: turn.role, text: turn.text }));

      // A draft streams into a stored message, so it exists (marked interrupted) from its first token.
      let streamed = '';
      let lastFlush = 0;
      const draftFields = (): MessageFields => ({ text: streamed, lang: retrieval.lang, mode: 'generated', interrupted: true });
      const onToken = (text: string) => {
        streamed += text; // before the insert: a draft killed right after its first token still has that token
        if (messageId === null) messageId = conversations.addMessage(question.conversationId, 'assistant', draftFields()).id;
        this.deps.onToken({ requestId, conversationId: question.conversationId, messageId, text });
        if (performance.now() - lastFlush > DRAFT_FLUSH_MS) {
          conversations.updateMessage(messageId, draftFields());
          lastFlush = performance.now();
        }
      };

      // Generation queues fairly per conversation in the inference worker.
      const generate = await this.deps.generator(settings, `conversation-${question.conversationId}`);
      decision = await decide({
        question: question.text,
        retrieval,
        entry: (id) => entries.get(id),
        history,
        thresholds: { faq: settings.faqThreshold, generated: settings.generateThreshold },
        filter: settings,
        replaceUnfit: settings.replaceGarbledDrafts,
        forceMode: options.forceMode,
        generate:
          generate &&
          ((request) =>
            generate(request).catch((error: unknown) => {
              const problem = modelProblemOf(error);
              if (problem) notice = { ...problem, message: (error as Error).message };
              throw error;
            })),
        onToken,
        signal: controller.signal,
      });
    } finally {
      this.running.delete(requestId);
    }

    const fields: MessageFields = {
      text: decision.text,
      lang: decision.lang,
      mode: decision.mode,
      confidence: decision.confidence,
      sources: decision.sources,
      model: decision.model,
      latencyMs: Math.round(performance.now() - started),
      handoffReason: decision.handoffReason,
      interrupted: decision.interrupted,
      notice,
    };
    const stored =
      messageId === null
        ? conversations.addMessage(question.conversationId, 'assistant', fields)
        : conversations.updateMessage(messageId, fields);
    if (decision.mode === 'handoff') this.queueHandoff(question, stored.id, decision);
    return stored;
  }

  /** Runs `write`; a full disk becomes an error naming the data folder and the space free. */
  private async onDisk<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw diskError(error, 'save the conversation', dirname(this.deps.conversations.db.name));
    }
  }

  private assertIdle(requestId: string | undefined): void {
    if (requestId !== undefined && this.running.has(requestId)) throw new ConflictError(`Request "${requestId}" is already running`);
  }

  private queueHandoff(question: ChatMessage, messageId: number, decision: Decision): void {
    const { reviews } = this.deps;
    reviews.add({
      question: question.text,
      lang: decision.lang,
      origin: 'handoff',
      reason: decision.detail ? `${decision.handoffReason}: ${decision.detail}` : decision.handoffReason,
      candidates: decision.sources,
      conversationId: question.conversationId,
      messageId,
    });
    this.deps.onReviewChanged(reviews.openCount());
  }
}

function titleOf(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= TITLE_CHARS ? line : `${line.slice(0, TITLE_CHARS - 1)}…`;
}
