import type { Database, Statement } from 'better-sqlite3';
import type { Lang } from '../shared/api/faq.ts';
import {
  REVIEW_ASKINGS_LISTED,
  type MessageSource,
  type ReviewAsking,
  type ReviewItem,
  type ReviewLinkUndo,
  type ReviewOrigin,
  type ReviewStatus,
} from '../shared/api/chat.ts';
import { ConflictError, NotFoundError } from '../shared/errors.ts';
import { reviewRepeatKey } from './review-repeat-key.ts';

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
  repeat_key: string;
  resolved_with: number | null;
}

/** A row's items, newest first, each with the row's count and newest time (see the `askings` statements). */
interface AskingRow {
  id: number;
  conversation_id: number | null;
  created_at: string;
  count: number;
  last_asked_at: string;
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

const toItem = (row: Row, askings: AskingRow[]): ReviewItem => ({
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
  count: askings[0]?.count ?? 1,
  lastAskedAt: askings[0]?.last_asked_at ?? row.created_at,
  askings: askings.map((asking): ReviewAsking => ({ id: asking.id, conversationId: asking.conversation_id, createdAt: asking.created_at })),
});

/**
 * The row an item belongs to, as one value per row: open items by their question (origin, language, repeat key:
 * review-repeat-key.ts), resolved ones by the action that resolved them (`resolved_with`, migration 0110).
 */
const ROW_OF = `CASE status WHEN 'open' THEN origin || ' ' || lang || ' ' || repeat_key ELSE 'resolved ' || coalesce(resolved_with, id) END`;
const ASKING_COLUMNS = `id, conversation_id, created_at, count(*) OVER () AS count, max(created_at) OVER () AS last_asked_at`;

/**
 * Questions waiting for a person: hand-offs and thumbs-down, in rows (ReviewItem): the same question asked again is
 * one row, whose items are resolved, and reopened, together. Oldest row first.
 */
export class ReviewRepository {
  readonly #now: () => Date;
  readonly #sql: Record<
    | 'insert'
    | 'get'
    | 'list'
    | 'count'
    | 'openAskings'
    | 'resolvedAskings'
    | 'resolve'
    | 'reopen'
    | 'ratedAgain'
    | 'openForMessage'
    | 'updateOpen'
    | 'setKey',
    Statement
  >;

  constructor(readonly db: Database, options: { now?: () => Date } = {}) {
    this.#now = options.now ?? (() => new Date());
    const filter = 'WHERE @status IS NULL OR status = @status';
    this.#sql = {
      insert: db
        .prepare(
          `INSERT INTO review_queue (question, lang, origin, reason, suggested_answer, candidates, conversation_id,
             message_id, created_at, repeat_key)
           VALUES (@question, @lang, @origin, @reason, @suggestedAnswer, @candidates, @conversationId, @messageId, @now,
             @repeatKey)
           RETURNING id`,
        )
        .pluck(),
      get: db.prepare('SELECT * FROM review_queue WHERE id = ?'),
      // Each row shown by its first item.
      list: db.prepare(
        `SELECT * FROM review_queue WHERE id IN (SELECT min(id) FROM review_queue ${filter} GROUP BY status, ${ROW_OF})
         ORDER BY id LIMIT @limit OFFSET @offset`,
      ),
      count: db.prepare(`SELECT count(*) FROM (SELECT 1 FROM review_queue ${filter} GROUP BY status, ${ROW_OF})`).pluck(),
      openAskings: db.prepare(
        `SELECT ${ASKING_COLUMNS} FROM review_queue
         WHERE status = 'open' AND origin = @origin AND lang = @lang AND repeat_key = @repeat_key
         ORDER BY id DESC LIMIT ${REVIEW_ASKINGS_LISTED}`,
      ),
      resolvedAskings: db.prepare(
        `SELECT ${ASKING_COLUMNS} FROM review_queue WHERE resolved_with = @resolved_with AND status = @status
         ORDER BY id DESC LIMIT ${REVIEW_ASKINGS_LISTED}`,
      ),
      // Every open item of the row of @id; @id keeps what its link changed.
      resolve: db.prepare(
        `UPDATE review_queue SET status = @status, entry_id = @entryId, resolved_at = @now, resolved_with = @id,
           link_undo = CASE id WHEN @id THEN @linkUndo END
         WHERE status = 'open' AND origin = @origin AND lang = @lang AND repeat_key = @repeat_key`,
      ),
      reopen: db.prepare(
        `UPDATE review_queue SET status = 'open', entry_id = NULL, resolved_at = NULL, link_undo = NULL, resolved_with = NULL
         WHERE resolved_with = @resolved_with AND status = @status`,
      ),
      // An item of a resolved row whose message has an open item again (rated down again since).
      ratedAgain: db.prepare(
        `SELECT item.id AS id, newer.id AS openId FROM review_queue item
         JOIN review_queue newer ON newer.message_id = item.message_id AND newer.origin = item.origin AND newer.status = 'open'
         WHERE item.resolved_with = @resolved_with AND item.status = @status ORDER BY item.id LIMIT 1`,
      ),
      openForMessage: db
        .prepare(`SELECT id FROM review_queue WHERE message_id = ? AND origin = ? AND status = 'open'`)
        .pluck(),
      updateOpen: db.prepare(
        'UPDATE review_queue SET reason = ?, suggested_answer = coalesce(?, suggested_answer) WHERE id = ? RETURNING *',
      ),
      setKey: db.prepare('UPDATE review_queue SET repeat_key = ? WHERE id = ?'),
    };
  }

  /**
   * Queues a question, in the row of the same question when one is open; a second thumbs-down on the same message
   * updates the open item instead of adding one.
   */
  add(item: NewReviewItem): ReviewItem {
    const existing = item.messageId != null ? (this.#sql.openForMessage.get(item.messageId, item.origin) as number | undefined) : undefined;
    if (existing !== undefined) {
      this.db.transaction(() => {
        const row = this.#sql.updateOpen.get(item.reason ?? null, item.suggestedAnswer ?? null, existing) as Row;
        // A correction makes it another answer (review-repeat-key.ts): the item may move to another row.
        this.#sql.setKey.run(repeatKeyOf(row), existing);
      })();
      return this.get(existing);
    }
    const candidates = item.candidates ?? [];
    const suggestedAnswer = item.suggestedAnswer ?? null;
    // In a transaction: autocommitted, INSERT … RETURNING read with get() hides a failed commit (a full disk).
    const insert = this.db.transaction(() => this.#sql.insert.get({
      question: item.question,
      lang: item.lang,
      origin: item.origin,
      reason: item.reason ?? null,
      suggestedAnswer,
      candidates: JSON.stringify(candidates),
      conversationId: item.conversationId ?? null,
      messageId: item.messageId ?? null,
      now: this.#now().toISOString(),
      repeatKey: reviewRepeatKey({ origin: item.origin, question: item.question, candidates, suggestedAnswer }),
    }) as number);
    return this.get(insert());
  }

  /** The item, with its row's count and askings. */
  get(id: number): ReviewItem {
    return this.#toItem(this.#row(id));
  }

  /** The item while it is open; ConflictError when it was already resolved (linked, created, dismissed, handed off). */
  getOpen(id: number): ReviewItem {
    return this.#toItem(this.#openRow(id));
  }

  /**
   * The item a person acted on to resolve `id` (with every other item of its row): the one that keeps what a link
   * changed, and whose id a marked example carries. The item itself while it is open.
   */
  lead(id: number): ReviewItem {
    return this.#toItem(this.#leadRow(id));
  }

  /** Rows, each shown by its first item; `total` counts rows. */
  list(query: { status?: ReviewStatus; limit?: number; offset?: number } = {}): { items: ReviewItem[]; total: number } {
    const status = query.status ?? null;
    return this.db.transaction(() => ({
      items: (this.#sql.list.all({ status, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as Row[]).map((row) => this.#toItem(row)),
      total: this.#sql.count.get({ status }) as number,
    }))();
  }

  /** Open rows: the questions a person has to act on (the Knowledge base's Review queue badge). */
  openCount(): number {
    return this.#sql.count.get({ status: 'open' }) as number;
  }

  /**
   * Closes the open item `id` and every other open item of its row (the same question asked again) as linked, created,
   * dismissed or handed off, in one transaction; a link keeps what it changed (`linkUndo`) with `id`, for unlinking.
   * The result's `count` is how many it closed. ConflictError when `id` was already resolved.
   */
  resolve(id: number, status: Exclude<ReviewStatus, 'open'>, entryId: number | null = null, linkUndo?: ReviewLinkUndo): ReviewItem {
    return this.db.transaction(() => {
      const row = this.#openRow(id);
      this.#sql.resolve.run({
        status,
        entryId,
        now: this.#now().toISOString(),
        id,
        linkUndo: linkUndo ? JSON.stringify(linkUndo) : null,
        origin: row.origin,
        lang: row.lang,
        repeat_key: row.repeat_key,
      });
      return this.get(id);
    })();
  }

  /** What the link that resolved `id` changed, or null (not linked, or linked before this was kept). */
  linkUndo(id: number): ReviewLinkUndo | null {
    const text = this.#leadRow(id).link_undo;
    return text ? (JSON.parse(text) as ReviewLinkUndo) : null;
  }

  /**
   * Puts a dismissed item back in the queue, with every item resolved with it. Only dismissed ones: a linked or created
   * item already changed the knowledge base and a handed-off one has a marked example (`from: 'linked'` /
   * `'handedOff'` are for ReviewService, which undoes that change in the same transaction). ConflictError when the item
   * is not `from`, or when the message of one of them has since been rated down again (that newer open item carries
   * the latest feedback, and a message has at most one open item): then none is reopened. Returns the open row `id` is
   * back in (with any item of the same question queued meanwhile).
   */
  reopen(id: number, from: 'dismissed' | 'linked' | 'handedOff' = 'dismissed'): ReviewItem {
    return this.db.transaction(() => {
      const row = this.#row(id);
      if (row.status !== from) {
        throw new ConflictError(`Review item #${id} is ${row.status}, not ${from}`).withCode('review.wrong-status', { id, status: row.status, from });
      }
      const batch = { resolved_with: row.resolved_with ?? id, status: from };
      const other = this.#sql.ratedAgain.get(batch) as { id: number; openId: number } | undefined;
      if (other !== undefined) {
        throw new ConflictError(`Review item #${other.openId} is already open for the same message`).withCode('review.rated-again', {
          id: other.id,
          openId: other.openId,
        });
      }
      this.#sql.reopen.run(batch);
      return this.get(id);
    })();
  }

  #row(id: number): Row {
    const row = this.#sql.get.get(id) as Row | undefined;
    if (!row) throw new NotFoundError(`Review item #${id} does not exist`).withCode('review.missing', { id });
    return row;
  }

  #openRow(id: number): Row {
    const row = this.#row(id);
    if (row.status !== 'open') {
      throw new ConflictError(`Review item #${id} is already ${row.status}`).withCode('review.already-resolved', { id, status: row.status });
    }
    return row;
  }

  #leadRow(id: number): Row {
    const row = this.#row(id);
    return row.resolved_with === null || row.resolved_with === id ? row : this.#row(row.resolved_with);
  }

  #toItem(row: Row): ReviewItem {
    const askings =
      row.status === 'open'
        ? this.#sql.openAskings.all({ origin: row.origin, lang: row.lang, repeat_key: row.repeat_key })
        : this.#sql.resolvedAskings.all({ resolved_with: row.resolved_with ?? row.id, status: row.status });
    return toItem(row, askings as AskingRow[]);
  }
}

const repeatKeyOf = (row: Row) =>
  reviewRepeatKey({
    origin: row.origin,
    question: row.question,
    candidates: JSON.parse(row.candidates) as MessageSource[],
    suggestedAnswer: row.suggested_answer,
  });
