import type { ApiClient, ChatMessage, ChatReply, Conversation, Feedback } from '../../../src-main/shared/api/index.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';
import type { Toasts } from '../toasts.svelte.ts';
import { appendToken, startTurn, type StreamingTurn } from './streaming-turn.ts';

export type ChatExportFormat = 'markdown' | 'json';

export interface ChatDeps {
  api: ApiClient;
  toasts: Toasts;
  t: (key: MessageKey, params?: MessageParams) => string;
  onError: (error: unknown) => void;
  saveFile: (fileName: string, content: string) => void;
  /** Request ids must be unique per answer so stream events and `chat:stop` find it. */
  newRequestId?: () => string;
}

export const CONVERSATION_SEARCH_DEBOUNCE_MS = 200;
const CONVERSATIONS_LIMIT = 500;

/**
 * The chat screen: the conversation list, the open conversation, and the answer being streamed. One answer
 * streams at a time; sending is refused while one is in flight.
 */
export class ChatState {
  conversations = $state.raw<Conversation[]>([]);
  search = $state('');
  currentId = $state<number | null>(null);
  messages = $state.raw<ChatMessage[]>([]);
  turn = $state.raw<StreamingTurn | null>(null);
  /** The question being typed, kept here so it is still there after a look at another screen. */
  draft = $state('');
  /** No entry is enabled: every question is handed to a person (the screen says so; asking still works). */
  knowledgeEmpty = $state(false);

  current = $derived(this.conversations.find((conversation) => conversation.id === this.currentId) ?? null);
  busy = $derived(this.turn !== null);

  readonly #deps: ChatDeps;
  readonly #newRequestId: () => string;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: ChatDeps) {
    this.#deps = deps;
    this.#newRequestId = deps.newRequestId ?? (() => crypto.randomUUID());
  }

  /**
   * Loads the list (and the open conversation again), follows streamed tokens and whether the knowledge base has an
   * enabled entry (another screen, window or the CLI may change it); returns the stop function.
   */
  connect(): () => void {
    void this.#reload();
    void this.#checkKnowledge();
    const stops = [
      this.#deps.api.on('chat:token', (event) => (this.turn = appendToken(this.turn, event))),
      this.#deps.api.on('faq:changed', () => void this.#checkKnowledge()),
      this.#deps.api.on('backup:restored', () => void this.#reload()),
      // Back from a dropped connection: a faq:changed or backup:restored may have been missed.
      this.#deps.api.on('connection:resumed', () => void Promise.all([this.#reload(), this.#checkKnowledge()])),
    ];
    return () => {
      clearTimeout(this.#searchTimer);
      for (const stop of stops) stop();
    };
  }

  /**
   * A conversation's title as the screen shows it: one without a title (created through the API) is named in the UI's
   * language, as the new conversation not yet sent is.
   */
  titleOf(conversation: Conversation | null | undefined): string {
    return conversation?.title ?? this.#deps.t('chat.new');
  }

  async loadConversations(): Promise<void> {
    await this.#attempt(async () => {
      const { conversations } = await this.#deps.api.invoke('chat:conversations', {
        search: this.search.trim() || undefined,
        limit: CONVERSATIONS_LIMIT,
      });
      this.conversations = conversations;
    });
  }

  setSearch(text: string): void {
    this.search = text;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => void this.loadConversations(), CONVERSATION_SEARCH_DEBOUNCE_MS);
  }

  async open(conversationId: number): Promise<void> {
    if (this.busy) return;
    this.currentId = conversationId;
    await this.#attempt(async () => {
      const messages = await this.#deps.api.invoke('chat:messages', { conversationId });
      if (this.currentId === conversationId) this.messages = messages;
    });
  }

  /** A blank conversation; it is stored when its first question is sent. */
  startNew(): void {
    if (this.busy) return;
    this.currentId = null;
    this.messages = [];
  }

  /** Sends a question; returns false when it was not sent (empty, or an answer is still streaming). */
  async send(text: string): Promise<boolean> {
    const question = text.trim();
    if (!question || this.busy) return false;
    const turn = startTurn(this.#newRequestId(), question);
    this.turn = turn;
    try {
      const reply = await this.#deps.api.invoke('chat:send', {
        text: question,
        conversationId: this.currentId ?? undefined,
        requestId: turn.requestId,
      });
      await this.#applyReply(reply, null);
      return true;
    } catch (error) {
      this.#deps.onError(error);
      return false;
    } finally {
      this.turn = null;
    }
  }

  /** Asks the server to stop the streaming answer; the part produced so far is kept, marked interrupted. */
  async stop(): Promise<void> {
    const turn = this.turn;
    if (!turn || turn.stopping) return;
    this.turn = { ...turn, stopping: true };
    await this.#attempt(() => this.#deps.api.invoke('chat:stop', { requestId: turn.requestId }));
  }

  async regenerate(message: ChatMessage): Promise<void> {
    if (this.busy) return;
    const question = this.#questionBefore(message)?.text ?? '';
    this.turn = startTurn(this.#newRequestId(), question, message.id);
    try {
      const reply = await this.#deps.api.invoke('chat:regenerate', {
        messageId: message.id,
        requestId: this.turn.requestId,
      });
      await this.#applyReply(reply, message.id);
    } catch (error) {
      this.#deps.onError(error);
    } finally {
      this.turn = null;
    }
  }

  /** Thumbs up/down (the same again clears it); a thumbs-down may carry a corrected answer for the review queue. */
  async rate(message: ChatMessage, feedback: Feedback, correction?: string): Promise<void> {
    const next = message.feedback === feedback && !correction ? null : feedback;
    await this.#attempt(async () => {
      const updated = await this.#deps.api.invoke('chat:feedback', {
        messageId: message.id,
        feedback: next,
        correction: correction?.trim() || undefined,
      });
      this.messages = this.messages.map((item) => (item.id === updated.id ? updated : item));
      if (correction) this.#deps.toasts.show(this.#deps.t('chat.toast.correctionSent'));
    });
  }

  async rename(conversationId: number, title: string): Promise<void> {
    await this.#attempt(async () => {
      const renamed = await this.#deps.api.invoke('chat:rename', { conversationId, title });
      this.conversations = this.conversations.map((item) => (item.id === renamed.id ? renamed : item));
    });
  }

  async remove(conversationId: number): Promise<void> {
    await this.#attempt(async () => {
      await this.#deps.api.invoke('chat:delete', { conversationId });
      if (this.currentId === conversationId) this.startNew();
      this.conversations = this.conversations.filter((item) => item.id !== conversationId);
      this.#deps.toasts.show(this.#deps.t('chat.toast.deleted'));
    });
  }

  async exportAs(format: ChatExportFormat): Promise<void> {
    const conversationId = this.currentId;
    if (conversationId === null) return;
    await this.#attempt(async () => {
      const file = await this.#deps.api.invoke('chat:export', { conversationId, format });
      this.#deps.saveFile(file.fileName, file.content);
      this.#deps.toasts.show(this.#deps.t('kb.toast.exported', { fileName: file.fileName }));
    });
  }

  /**
   * The list and the open conversation as stored now: a backup restored (while the screen was shown or away from
   * it) may have replaced them. A conversation that no longer exists is closed, or the next question would go to it.
   */
  async #reload(): Promise<void> {
    await this.loadConversations();
    const conversationId = this.currentId;
    if (conversationId === null || this.busy) return;
    try {
      const messages = await this.#deps.api.invoke('chat:messages', { conversationId });
      if (this.currentId === conversationId) this.messages = messages;
    } catch (error) {
      if ((error as { kind?: unknown }).kind !== 'not-found') return this.#deps.onError(error);
      if (this.currentId === conversationId) this.startNew();
    }
  }

  async #checkKnowledge(): Promise<void> {
    await this.#attempt(async () => {
      const { total } = await this.#deps.api.invoke('faq:list', { enabled: true, limit: 1 });
      this.knowledgeEmpty = total === 0;
    });
  }

  /** The customer question an assistant message answers. */
  #questionBefore(message: ChatMessage): ChatMessage | undefined {
    const index = this.messages.findIndex((item) => item.id === message.id);
    return this.messages.slice(0, Math.max(0, index)).findLast((item) => item.role === 'user');
  }

  async #applyReply(reply: ChatReply, replaced: number | null): Promise<void> {
    if (this.currentId !== null && this.currentId !== reply.conversation.id) return; // user moved on
    this.currentId = reply.conversation.id;
    this.messages =
      replaced === null
        ? [...this.messages, reply.userMessage, reply.message]
        : this.messages.map((item) => (item.id === replaced ? reply.message : item));
    const others = this.conversations.filter((item) => item.id !== reply.conversation.id);
    this.conversations = [reply.conversation, ...others];
  }

  async #attempt(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#deps.onError(error);
    }
  }
}
