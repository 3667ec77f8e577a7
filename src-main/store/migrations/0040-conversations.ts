import type { Migration } from '../migration.ts';

/**
 * Conversations and their messages, the review queue (hand-offs and thumbs-down waiting for a person), and
 * a key/value settings table (values are JSON; absent keys take the defaults in code).
 */
export const conversations: Migration = {
  version: 40,
  name: 'conversations',
  up(db) {
    db.exec(`
      CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX conversations_updated ON conversations (updated_at);

      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        text TEXT NOT NULL,
        lang TEXT CHECK (lang IS NULL OR lang IN ('zh', 'en')),
        -- Assistant messages: how the answer was made, how sure, from which entries, by which model, how fast.
        mode TEXT CHECK (mode IS NULL OR mode IN ('faq', 'generated', 'handoff')),
        confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
        sources TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources) AND json_type(sources) = 'array'),
        model_version TEXT,
        latency_ms INTEGER,
        handoff_reason TEXT,
        feedback TEXT CHECK (feedback IS NULL OR feedback IN ('up', 'down')),
        -- Set while a draft streams and cleared when it completes, so a draft cut off by a stop or by a
        -- killed process stays marked interrupted with the text streamed so far.
        interrupted INTEGER NOT NULL DEFAULT 0 CHECK (interrupted IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX messages_conversation ON messages (conversation_id, id);

      CREATE TABLE review_queue (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
        origin TEXT NOT NULL CHECK (origin IN ('handoff', 'thumbs-down')),
        reason TEXT,
        suggested_answer TEXT,
        -- The closest entries when it was asked: [{id, ref, question, score}].
        candidates TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(candidates) AND json_type(candidates) = 'array'),
        conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
        message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'linked', 'created', 'dismissed')),
        entry_id INTEGER REFERENCES faq_entries (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT
      );
      CREATE INDEX review_queue_status ON review_queue (status, id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      );
    `);
  },
};
