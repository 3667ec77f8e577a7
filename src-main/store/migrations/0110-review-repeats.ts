import type { Migration } from '../migration.ts';
import type { ReviewOrigin } from '../../shared/api/chat.ts';
import { reviewRepeatKey } from '../review-repeat-key.ts';

/**
 * The same question asked again: open review items with the same origin, language and `repeat_key` (see
 * review-repeat-key.ts) are one row of the queue and are resolved together; `resolved_with` is the id of the item a
 * person acted on, the same on every item that one action resolved, so an undo (reopen, unlink) puts all of them back.
 * Every row gets its key here, by the rule of this version (a later change of the rule recomputes the keys in a migration
 * of its own); items resolved before it are each their own batch (`resolved_with` = their id).
 */
export const reviewRepeats: Migration = {
  version: 110,
  name: 'review-repeats',
  up(db) {
    db.exec(`
      ALTER TABLE review_queue ADD COLUMN repeat_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE review_queue ADD COLUMN resolved_with INTEGER;
      UPDATE review_queue SET resolved_with = id WHERE status <> 'open';
      CREATE INDEX review_queue_repeats ON review_queue (status, origin, lang, repeat_key);
      CREATE INDEX review_queue_resolved_with ON review_queue (resolved_with);
    `);
    const rows = db.prepare('SELECT id, origin, question, candidates, suggested_answer FROM review_queue').all() as {
      id: number;
      origin: ReviewOrigin;
      question: string;
      candidates: string;
      suggested_answer: string | null;
    }[];
    const setKey = db.prepare('UPDATE review_queue SET repeat_key = ? WHERE id = ?');
    for (const row of rows) {
      const candidates = JSON.parse(row.candidates) as { id: number }[];
      setKey.run(reviewRepeatKey({ origin: row.origin, question: row.question, candidates, suggestedAnswer: row.suggested_answer }), row.id);
    }
  },
};
