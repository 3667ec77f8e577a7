import type { Migration } from '../migration.ts';

/** The knowledge base: entries, their similar questions, the revision counter and the full-text index. */
export const knowledgeBase: Migration = {
  version: 10,
  name: 'knowledge-base',
  up(db) {
    db.exec(`
      CREATE TABLE faq_entries (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL CHECK (length(trim(question)) > 0),
        -- The question normalised (width, case, spaces, end punctuation) for duplicate detection.
        question_key TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (length(trim(answer)) > 0),
        category TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        -- Optional external id (from the user's own system); unique among live entries.
        ref TEXT CHECK (ref IS NULL OR length(ref) > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Soft delete: set by delete, cleared by undo.
        deleted_at TEXT
      );
      -- A deleted entry keeps its ref for undo but does not block a new entry from reusing it.
      CREATE UNIQUE INDEX faq_entries_ref ON faq_entries (ref) WHERE ref IS NOT NULL AND deleted_at IS NULL;
      CREATE INDEX faq_entries_question_key ON faq_entries (question_key) WHERE deleted_at IS NULL;
      CREATE INDEX faq_entries_category ON faq_entries (category) WHERE deleted_at IS NULL;

      CREATE TABLE faq_paraphrases (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES faq_entries (id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        position INTEGER NOT NULL CHECK (position >= 0),
        UNIQUE (entry_id, position)
      );

      -- One row. revision: bumped by every KB write, recorded by each model version trained on the KB.
      -- tokenizer_version: the tokenizer that built faq_fts; a different one triggers a rebuild at open.
      CREATE TABLE kb_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        revision INTEGER NOT NULL,
        tokenizer_version INTEGER NOT NULL
      );
      INSERT INTO kb_meta (id, revision, tokenizer_version) VALUES (1, 0, 0);

      -- Pre-tokenized text (src-main/search/tokenize.ts) joined by spaces, one row per entry (rowid = entry
      -- id), all similar questions in one column. Contentless: faq_entries holds the text.
      CREATE VIRTUAL TABLE faq_fts USING fts5 (
        question, paraphrase, answer,
        tokenize = 'unicode61 remove_diacritics 0',
        content = '', contentless_delete = 1
      );
    `);
  },
};
