import type { Database, Statement } from 'better-sqlite3';
import type { Lang } from '../shared/api/faq.ts';

/** A question marked "hand off questions like this" (migration 0100): the ranker hands off questions more like it than like any entry. */
export interface MarkedExample {
  id: number;
  question: string;
  lang: Lang;
  /** The review item it was marked from; null once that item is gone. */
  reviewId: number | null;
  createdAt: string;
}

interface Row {
  id: number;
  question: string;
  lang: Lang;
  review_id: number | null;
  created_at: string;
}

const toExample = (row: Row): MarkedExample => ({
  id: row.id,
  question: row.question,
  lang: row.lang,
  reviewId: row.review_id,
  createdAt: row.created_at,
});

/**
 * The marked examples and their revision: every add and removal moves it in the same transaction, so a ranker that
 * compares revisions re-reads the examples exactly when they changed. Examples are never edited (an id and its
 * created time stamp one for good).
 */
export class MarkedExampleRepository {
  readonly #now: () => Date;
  readonly #sql: Record<'insert' | 'removeForReview' | 'bump' | 'revision' | 'many' | 'stamps', Statement>;

  constructor(readonly db: Database, options: { now?: () => Date } = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#sql = {
      insert: db.prepare('INSERT INTO marked_examples (question, lang, review_id, created_at) VALUES (?, ?, ?, ?) RETURNING *'),
      removeForReview: db.prepare('DELETE FROM marked_examples WHERE review_id = ?'),
      bump: db.prepare('UPDATE marked_meta SET revision = revision + 1 WHERE id = 1'),
      revision: db.prepare('SELECT revision FROM marked_meta WHERE id = 1').pluck(),
      many: db.prepare('SELECT * FROM marked_examples WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id'),
      stamps: db.prepare('SELECT id, created_at AS updatedAt FROM marked_examples'),
    };
  }

  /** Marks a question; ConstraintError (SQLITE_CONSTRAINT_UNIQUE) when the review item already has an example. */
  add(example: { question: string; lang: Lang; reviewId: number | null }): MarkedExample {
    return this.db.transaction(() => {
      const row = this.#sql.insert.get(example.question, example.lang, example.reviewId, this.#now().toISOString()) as Row;
      this.#sql.bump.run();
      return toExample(row);
    })();
  }

  /** Deletes the example marked from a review item; false when it has none. */
  removeForReview(reviewId: number): boolean {
    return this.db.transaction(() => {
      const removed = this.#sql.removeForReview.run(reviewId).changes > 0;
      if (removed) this.#sql.bump.run();
      return removed;
    })();
  }

  /** The examples with these ids that exist, by id. */
  getMany(ids: readonly number[]): MarkedExample[] {
    return (this.#sql.many.all(JSON.stringify(ids)) as Row[]).map(toExample);
  }

  /** Moves with every add and removal. */
  revision(): number {
    return this.#sql.revision.get() as number;
  }

  /** Id and created time of every example (the ranker's sync reads these; see KnowledgeSource.stamps). */
  stamps(): { id: number; updatedAt: string }[] {
    return this.#sql.stamps.all() as { id: number; updatedAt: string }[];
  }
}
