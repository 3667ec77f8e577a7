import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const before40 = migrations.filter((migration) => migration.version < 40);

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0040-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0040 conversations', () => {
  it('adds conversations, messages, the review queue and settings to a database with entries, keeping them', () => {
    db = openDatabase(dir, { migrations: before40 });
    db.prepare(
      `INSERT INTO faq_entries (question, question_key, answer, lang, created_at, updated_at) VALUES ('q', 'q', 'a', 'en', ?, ?)`,
    ).run(NOW, NOW);
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['conversations', 'messages', 'review_queue', 'settings']));
    expect(db.prepare('SELECT count(*) FROM faq_entries').pluck().get()).toBe(1);
  });

  it('deletes messages with their conversation and keeps review items, unlinked', () => {
    db = openDatabase(dir);
    const conversation = db.prepare('INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id').pluck().get('t', NOW, NOW);
    const message = db
      .prepare(`INSERT INTO messages (conversation_id, role, text, created_at, updated_at) VALUES (?, 'user', 'hi', ?, ?) RETURNING id`)
      .pluck()
      .get(conversation, NOW, NOW);
    db.prepare(
      `INSERT INTO review_queue (question, lang, origin, conversation_id, message_id, created_at) VALUES ('hi', 'en', 'handoff', ?, ?, ?)`,
    ).run(conversation, message, NOW);
    db.prepare('DELETE FROM conversations WHERE id = ?').run(conversation);
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
    expect(db.prepare('SELECT conversation_id, message_id FROM review_queue').get()).toEqual({ conversation_id: null, message_id: null });
  });

  it('rejects an unknown role, mode or feedback, a confidence outside [0, 1] and sources that are not a JSON array', () => {
    db = openDatabase(dir);
    const conversation = db.prepare('INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id').pluck().get('t', NOW, NOW);
    const insert = (values: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO messages (conversation_id, role, text, mode, confidence, sources, feedback, created_at, updated_at)
           VALUES (@conversation, @role, 'x', @mode, @confidence, @sources, @feedback, @now, @now)`,
        )
        .run({ conversation, role: 'assistant', mode: 'faq', confidence: 0.5, sources: '[]', feedback: null, now: NOW, ...values });
    expect(() => insert({})).not.toThrow();
    expect(() => insert({ role: 'system' })).toThrow(/CHECK/);
    expect(() => insert({ mode: 'guess' })).toThrow(/CHECK/);
    expect(() => insert({ feedback: 'meh' })).toThrow(/CHECK/);
    expect(() => insert({ confidence: 1.5 })).toThrow(/CHECK/);
    expect(() => insert({ sources: '{}' })).toThrow(/CHECK/);
  });
});
