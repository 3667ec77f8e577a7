import type { Migration } from '../migration.ts';

/**
 * Questions a person marked "hand off questions like this" from the review queue: the assistant answered an
 * off-topic question with an entry that shares its words, and the next customer who asks it in other words should
 * reach a person instead. One example per review item (its question and language); reopening the item deletes it.
 * `marked_meta.revision` moves with every insert and delete (MarkedExampleRepository; no triggers: a backup with
 * triggers is refused as foreign), so the ranker re-reads the examples exactly
 * when they change, as it re-reads entries when the KB revision moves.
 *
 * The review queue's status CHECK gains 'handedOff': SQLite cannot alter a CHECK, so the table is rebuilt (nothing
 * references it; its rows, ids and index are kept).
 */
export const markedExamples: Migration = {
  version: 100,
  name: 'marked-examples',
  up(db) {
    db.exec(`
      CREATE TABLE review_queue_new (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
        origin TEXT NOT NULL CHECK (origin IN ('handoff', 'thumbs-down')),
        reason TEXT,
        suggested_answer TEXT,
        candidates TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(candidates) AND json_type(candidates) = 'array'),
        conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
        message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'linked', 'created', 'dismissed', 'handedOff')),
        entry_id INTEGER REFERENCES faq_entries (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        link_undo TEXT CHECK (link_undo IS NULL OR json_valid(link_undo))
      );
      INSERT INTO review_queue_new SELECT id, question, lang, origin, reason, suggested_answer, candidates,
        conversation_id, message_id, status, entry_id, created_at, resolved_at, link_undo FROM review_queue;
      DROP TABLE review_queue;
      ALTER TABLE review_queue_new RENAME TO review_queue;
      CREATE INDEX review_queue_status ON review_queue (status, id);

      CREATE TABLE marked_examples (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question TEXT NOT NULL CHECK (length(trim(question)) > 0),
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
        review_id INTEGER UNIQUE REFERENCES review_queue (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE marked_meta (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL);
      INSERT INTO marked_meta (id, revision) VALUES (1, 0);
    `);
  },
};
