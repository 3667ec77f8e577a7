import type { Database, Statement } from 'better-sqlite3';
import type { Lang } from '../shared/api/faq.ts';
import type { MessageSource, ReviewItem, ReviewLinkUndo, ReviewOrigin, ReviewStatus } from '../shared/api/chat.ts';
import { ConflictError, NotFoundError } from '../shared/errors.ts';

interface Row {
  id: number;
  question: string;
  lang: Lang;
  origin: ReviewOrigin;
  reason: string | null;
  suggested_answer: string | null;
  candidates: string;
  conversation_id: number | null;
  message_id: number | null;
  status: ReviewStatus;
  entry_id: number | null;
  created_at: string;
  resolved_at: string | null;
  link_undo: string | null;
}

export interface NewReviewItem {
  question: string;
  lang: Lang;
  origin: ReviewOrigin;
  reason?: string | null;
  suggestedAnswer?: string | null;
  candidates?: MessageSource[];
  conversationId?: number | null;
  messageId?: number | null;
}

const toItem = (row: Row): ReviewItem => ({
  id: row.id,
  question: row.question,
  lang: row.lang,
  origin: row.origin,
  reason: row.reason,
  suggestedAnswer: row.suggested_answer,
  candidates: JSON.parse(row.candidates) as MessageSource[],
  conversationId: row.conversation_id,
  messageId: row.message_id,
  status: row.status,
  entryId: row.entry_id,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
});

/** Questions waiting for a person: hand-offs and thumbs-down, oldest first. */
export class ReviewRepository {
  readonly #now: () => Date;
  readonly #sql: Record<
    'insert' | 'get' | 'list' | 'count' | 'resolve' | 'reopen' | 'openForMessage' | 'updateOpen' | 'linkUndo',
    Statement
  >;

  constructor(readonly db: Database, options: { now?: () => Date } = {}) {
    this.#now = options.now ?? (() => new Date());
    const filter = 'WHERE @status IS NULL OR status = @status';
    this.#sql = {
      insert: db
        .prepare(
          `INSERT INTO review_queue (question, lang, origin, reason, suggested_answer, candidates, conversation_id,
             message_id, created_at)
           VALUES (@question, @lang, @origin, @reason, @suggestedAnswer, @candidates, @conversationId, @messageId, @now)
           RETURNING id`,
        )
        .pluck(),
      get: db.prepare('SELECT * FROM review_queue WHERE id = ?'),
      list: db.prepare(`SELECT * FROM review_queue ${filter} ORDER BY id LIMIT @limit OFFSET @offset`),
      count: db.prepare(`SELECT count(*) FROM review_queue ${filter}`).pluck(),
      resolve: db.prepare('UPDATE review_queue SET status = ?, entry_id = ?, resolved_at = ?, link_undo = ? WHERE id = ?'),
      reopen: db.prepare(
        `UPDATE review_queue SET status = 'open', entry_id = NULL, resolved_at = NULL, link_undo = NULL WHERE id = ?`,
      ),
      linkUndo: db.prepare('SELECT link_undo FROM review_queue WHERE id = ?').pluck(),
      openForMessage: db
        .prepare(`SELECT id FROM review_queue WHERE message_id = ? AND origin = ? AND status = 'open'`)
        .pluck(),
      updateOpen: db.prepare(
        'UPDATE review_queue SET reason = ?, suggested_answer = coalesce(?, suggested_answer) WHERE id = ?',
      ),
    };
  }

  /** Queues a question; a second thumbs-down on the same message updates the open item instead of adding one. */
  add(item: NewReviewItem): ReviewItem {
    const existing = item.messageId != null ? (this.#sql.openForMessage.get(item.messageId, item.origin) as number | undefined) : undefined;
    if (existing !== undefined) {
      this.#sql.updateOpen.run(item.reason ?? null, item.suggestedAnswer ?? null, existing);
      return this.get(existing);
    }
    // In a transaction: autocommitted, INSERT … RETURNING read with get() hides a failed commit (a full disk).
    const insert = this.db.transaction(() => this.#sql.insert.get({
      question: item.question,
      lang: item.lang,
      origin: item.origin,
      reason: item.reason ?? null,
      suggestedAnswer: item.suggestedAnswer ?? null,
      candidates: JSON.stringify(item.candidates ?? []),
      conversationId: item.conversationId ?? null,
      messageId: item.messageId ?? null,
      now: this.#now().toISOString(),
    }) as number);
    return this.get(insert());
  }

  get(id: number): ReviewItem {
    const row = this.#sql.get.get(id) as Row | undefined;
    if (!row) throw new NotFoundError(`Review item #${id} does not exist`).withCode('review.missing', { id });
    return toItem(row);
  }

  /** The item while it is open; ConflictError when it was already resolved (linked, created, dismissed, handed off). */
  getOpen(id: number): ReviewItem {
    const item = this.get(id);
    if (item.status !== 'open') {
      throw new ConflictError(`Review item #${id} is already ${item.status}`).withCode('review.already-resolved', { id, status: item.status });
    }
    return item;
  }

  list(query: { status?: ReviewStatus; limit?: number; offset?: number } = {}): { items: ReviewItem[]; total: number } {
    const status = query.status ?? null;
    return this.db.transaction(() => ({
      items: (this.#sql.list.all({ status, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as Row[]).map(toItem),
      total: this.#sql.count.get({ status }) as number,
    }))();
  }

  openCount(): number {
    return this.#sql.count.get({ status: 'open' }) as number;
  }

  /**
   * Closes an open item as linked, created, dismissed or handed off; a link keeps what it changed (`linkUndo`) for unlinking.
   * ConflictError when it was already resolved.
   */
  resolve(id: number, status: Exclude<ReviewStatus, 'open'>, entryId: number | null = null, linkUndo?: ReviewLinkUndo): ReviewItem {
    this.getOpen(id);
    this.#sql.resolve.run(status, entryId, this.#now().toISOString(), linkUndo ? JSON.stringify(linkUndo) : null, id);
    return this.get(id);
  }

  /** What the link of a linked item changed, or null (not linked, or linked before this was kept). */
  linkUndo(id: number): ReviewLinkUndo | null {
    const text = this.#sql.linkUndo.get(id) as string | null | undefined;
    return text ? (JSON.parse(text) as ReviewLinkUndo) : null;
  }

  /**
   * Puts a dismissed item back in the queue. Only dismissed ones: a linked or created item already changed the
   * knowledge base and a handed-off one has a marked example (`from: 'linked'` / `'handedOff'` are for ReviewService,
   * which undoes that change in the same transaction). ConflictError when the item is not `from`, or when its message
   * has since been rated down again (that newer open item carries the latest feedback, and a message has at most one
   * open item).
   */
  reopen(id: number, from: 'dismissed' | 'linked' | 'handedOff' = 'dismissed'): ReviewItem {
    return this.db.transaction(() => {
      const item = this.get(id);
      if (item.status !== from) {
        throw new ConflictError(`Review item #${id} is ${item.status}, not ${from}`).withCode('review.wrong-status', { id, status: item.status, from });
      }
      const other = item.messageId != null ? (this.#sql.openForMessage.get(item.messageId, item.origin) as number | undefined) : undefined;
      if (other !== undefined) {
        throw new ConflictError(`Review item #${other} is already open for the same message`).withCode('review.rated-again', { id, openId: other });
      }
      this.#sql.reopen.run(id);
      return this.get(id);
    })();
  }
}
