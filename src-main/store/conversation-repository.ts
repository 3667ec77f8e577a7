import type { Database, Statement } from 'better-sqlite3';
import type { Lang } from '../shared/api/faq.ts';
import type {
  AnswerMode,
  ChatMessage,
  Conversation,
  Feedback,
  HandoffReason,
  MessageNotice,
  MessageSource,
} from '../shared/api/chat.ts';
import { NotFoundError } from '../shared/errors.ts';

interface MessageRow {
  id: number;
  conversation_id: number;
  role: 'user' | 'assistant';
  text: string;
  lang: Lang | null;
  mode: AnswerMode | null;
  confidence: number | null;
  sources: string;
  model_version: string | null;
  latency_ms: number | null;
  handoff_reason: HandoffReason | null;
  feedback: Feedback | null;
  interrupted: 0 | 1;
  notice: string | null;
  created_at: string;
  updated_at: string;
}

interface ConversationRow {
  id: number;
  title: string;
  created_at: string;
  updated_at: string;
  message_count: number;
}

/** The fields of a message the answer pipeline writes. */
export interface MessageFields {
  text: string;
  lang?: Lang | null;
  mode?: AnswerMode | null;
  confidence?: number | null;
  sources?: MessageSource[];
  model?: string | null;
  latencyMs?: number | null;
  handoffReason?: HandoffReason | null;
  interrupted?: boolean;
  notice?: MessageNotice | null;
}

const toMessage = (row: MessageRow): ChatMessage => ({
  id: row.id,
  conversationId: row.conversation_id,
  role: row.role,
  text: row.text,
  lang: row.lang,
  mode: row.mode,
  confidence: row.confidence,
  sources: JSON.parse(row.sources) as MessageSource[],
  model: row.model_version,
  latencyMs: row.latency_ms,
  handoffReason: row.handoff_reason,
  feedback: row.feedback,
  interrupted: row.interrupted === 1,
  notice: row.notice === null ? null : (JSON.parse(row.notice) as MessageNotice),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The title stored for a conversation without one: the column is NOT NULL (0040), and '' is no language's words. */
const NO_TITLE = '';

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  title: row.title === NO_TITLE ? null : row.title,
  messageCount: row.message_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const CONVERSATION_COLUMNS = `c.id, c.title, c.created_at, c.updated_at,
  (SELECT count(*) FROM messages AS m WHERE m.conversation_id = c.id) AS message_count`;

// A conversation matches a search by its title or by any of its messages.
const SEARCH_FILTER = `WHERE @search IS NULL OR c.title LIKE @search ESCAPE '\\'
  OR EXISTS (SELECT 1 FROM messages AS m WHERE m.conversation_id = c.id AND m.text LIKE @search ESCAPE '\\')`;

/** Conversations and their messages. */
export class ConversationRepository {
  readonly #now: () => Date;
  readonly #sql: Record<
    | 'insertConversation' | 'getConversation' | 'listConversations' | 'countConversations' | 'rename' | 'touch'
    | 'deleteConversation' | 'insertMessage' | 'getMessage' | 'messages' | 'updateMessage' | 'setFeedback'
    | 'recentUserTexts' | 'turnsBefore',
    Statement
  >;

  constructor(readonly db: Database, options: { now?: () => Date } = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#sql = {
      insertConversation: db
        .prepare('INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id')
        .pluck(),
      getConversation: db.prepare(`SELECT ${CONVERSATION_COLUMNS} FROM conversations AS c WHERE c.id = ?`),
      listConversations: db.prepare(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations AS c ${SEARCH_FILTER}
         ORDER BY c.updated_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
      ),
      countConversations: db.prepare(`SELECT count(*) FROM conversations AS c ${SEARCH_FILTER}`).pluck(),
      rename: db.prepare('UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?'),
      touch: db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?'),
      deleteConversation: db.prepare('DELETE FROM conversations WHERE id = ?'),
      insertMessage: db
        .prepare(
          `INSERT INTO messages (conversation_id, role, text, lang, mode, confidence, sources, model_version,
             latency_ms, handoff_reason, interrupted, notice, created_at, updated_at)
           VALUES (@conversationId, @role, @text, @lang, @mode, @confidence, @sources, @model, @latencyMs,
             @handoffReason, @interrupted, @notice, @now, @now) RETURNING id`,
        )
        .pluck(),
      getMessage: db.prepare('SELECT * FROM messages WHERE id = ?'),
      messages: db.prepare('SELECT * FROM messages WHERE conversation_id = ? ORDER BY id'),
      updateMessage: db.prepare(
        `UPDATE messages SET text = @text, lang = @lang, mode = @mode, confidence = @confidence, sources = @sources,
           model_version = @model, latency_ms = @latencyMs, handoff_reason = @handoffReason,
           interrupted = @interrupted, notice = @notice, feedback = NULL, updated_at = @now
         WHERE id = @id`,
      ),
      setFeedback: db.prepare('UPDATE messages SET feedback = ?, updated_at = ? WHERE id = ?'),
      recentUserTexts: db
        .prepare(
          `SELECT text FROM (SELECT id, text FROM messages WHERE conversation_id = ? AND role = 'user' AND id < ?
             ORDER BY id DESC LIMIT ?) ORDER BY id`,
        )
        .pluck(),
      turnsBefore: db.prepare(
        `SELECT * FROM (SELECT * FROM messages WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?) ORDER BY id`,
      ),
    };
  }

  /** `title` null: none, which the UI says in its own language (see Conversation.title). */
  createConversation(title: string | null): Conversation {
    const now = this.#now().toISOString();
    // In a transaction: an autocommitted INSERT … RETURNING read with get() hides a failed commit (a full disk),
    // handing back the id of a row that was never written.
    const id = this.db.transaction(() => this.#sql.insertConversation.get(title ?? NO_TITLE, now, now) as number)();
    return this.getConversation(id);
  }

  getConversation(id: number): Conversation {
    const row = this.#sql.getConversation.get(id) as ConversationRow | undefined;
    if (!row) throw new NotFoundError(`Conversation #${id} does not exist`).withCode('chat.conversation-missing', { id });
    return toConversation(row);
  }

  /** Most recently active first; `search` matches titles and message text (case-insensitive for ASCII). */
  listConversations(query: { search?: string; limit?: number; offset?: number } = {}): {
    conversations: Conversation[];
    total: number;
  } {
    const search = query.search?.trim() ? `%${query.search.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
    const params = { search, limit: query.limit ?? 100, offset: query.offset ?? 0 };
    return this.db.transaction(() => ({
      conversations: (this.#sql.listConversations.all(params) as ConversationRow[]).map(toConversation),
      total: this.#sql.countConversations.get({ search }) as number,
    }))();
  }

  rename(id: number, title: string): Conversation {
    this.getConversation(id);
    this.#sql.rename.run(title, this.#now().toISOString(), id);
    return this.getConversation(id);
  }

  /** Deletes the conversation and its messages; false when it did not exist. */
  deleteConversation(id: number): boolean {
    return this.#sql.deleteConversation.run(id).changes > 0;
  }

  addMessage(conversationId: number, role: 'user' | 'assistant', fields: MessageFields): ChatMessage {
    const now = this.#now().toISOString();
    return this.db.transaction(() => {
      this.getConversation(conversationId);
      const id = this.#sql.insertMessage.get({ conversationId, role, ...columns(fields), now }) as number;
      this.#sql.touch.run(now, conversationId);
      return this.getMessage(id);
    })();
  }

  /** Rewrites an assistant message (completed draft, regenerated answer); its old feedback no longer applies. */
  updateMessage(id: number, fields: MessageFields): ChatMessage {
    this.#sql.updateMessage.run({ id, ...columns(fields), now: this.#now().toISOString() });
    return this.getMessage(id);
  }

  getMessage(id: number): ChatMessage {
    const row = this.#sql.getMessage.get(id) as MessageRow | undefined;
    if (!row) throw new NotFoundError(`Message #${id} does not exist`).withCode('chat.message-missing', { id });
    return toMessage(row);
  }

  messages(conversationId: number): ChatMessage[] {
    this.getConversation(conversationId);
    return (this.#sql.messages.all(conversationId) as MessageRow[]).map(toMessage);
  }

  setFeedback(id: number, feedback: Feedback | null): ChatMessage {
    this.getMessage(id);
    this.#sql.setFeedback.run(feedback, this.#now().toISOString(), id);
    return this.getMessage(id);
  }

  /** The customer's last `count` questions before message `beforeId`, oldest first (for follow-ups). */
  recentUserTexts(conversationId: number, beforeId: number, count: number): string[] {
    return count > 0 ? (this.#sql.recentUserTexts.all(conversationId, beforeId, count) as string[]) : [];
  }

  /** The last `count` messages before message `beforeId`, oldest first (for the prompt). */
  turnsBefore(conversationId: number, beforeId: number, count: number): ChatMessage[] {
    return (this.#sql.turnsBefore.all(conversationId, beforeId, count) as MessageRow[]).map(toMessage);
  }
}

function columns(fields: MessageFields) {
  return {
    text: fields.text,
    lang: fields.lang ?? null,
    mode: fields.mode ?? null,
    confidence: fields.confidence ?? null,
    sources: JSON.stringify(fields.sources ?? []),
    model: fields.model ?? null,
    latencyMs: fields.latencyMs ?? null,
    handoffReason: fields.handoffReason ?? null,
    interrupted: fields.interrupted ? 1 : 0,
    notice: fields.notice ? JSON.stringify(fields.notice) : null,
  };
}
