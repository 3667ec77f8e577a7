import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { knowledgeBase } from '../../../../src-main/store/migrations/0010-knowledge-base.ts';
import { makeTempDir } from '../temp-kb.ts';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0010-');
  db = openDatabase(dir, { migrations: [knowledgeBase] }); // an empty database (schema 0) → 10
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const NOW = '2025-01-01T00:00:00.000Z';
const insertEntry = (values: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO faq_entries (question, question_key, answer, lang, ref, tags, created_at, updated_at, deleted_at)
       VALUES (@question, @question, @answer, @lang, @ref, @tags, @now, @now, @deletedAt) RETURNING id`,
    )
    .pluck()
    .get({ question: 'q', answer: 'a', lang: 'en', ref: null, tags: '[]', now: NOW, deletedAt: null, ...values }) as number;

describe('migration 0010 knowledge-base', () => {
  it('sets user_version 10 and creates the KB tables, the FTS5 index and revision 0', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'faq_fts_%'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['faq_entries', 'faq_paraphrases', 'kb_meta', 'faq_fts']));
    expect(db.prepare('SELECT revision, tokenizer_version FROM kb_meta').all()).toEqual([{ revision: 0, tokenizer_version: 0 }]);
  });

  it('keeps refs unique among live entries but lets a deleted entry keep its ref', () => {
    insertEntry({ ref: 'r1', question: 'q1' });
    expect(() => insertEntry({ ref: 'r1', question: 'q2' })).toThrow(/UNIQUE/);
    db.prepare('UPDATE faq_entries SET deleted_at = ?').run(NOW);
    expect(() => insertEntry({ ref: 'r1', question: 'q3' })).not.toThrow();
    insertEntry({ ref: null, question: 'q4' });
    expect(() => insertEntry({ ref: null, question: 'q5' })).not.toThrow();
  });

  it('rejects an unknown language, malformed tags and an empty question', () => {
    expect(() => insertEntry({ lang: 'fr' })).toThrow(/CHECK/);
    expect(() => insertEntry({ tags: '{"a":1}' })).toThrow(/CHECK/);
    expect(() => insertEntry({ question: '  ' })).toThrow(/CHECK/);
  });

  it('deletes similar questions with their entry (foreign key, cascade)', () => {
    const id = insertEntry();
    db.prepare('INSERT INTO faq_paraphrases (entry_id, text, position) VALUES (?, ?, 0), (?, ?, 1)').run(id, 'p0', id, 'p1');
    expect(() => db.prepare('INSERT INTO faq_paraphrases (entry_id, text, position) VALUES (999, ?, 0)').run('x')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM faq_entries WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM faq_paraphrases').pluck().get()).toBe(0);
  });
});
