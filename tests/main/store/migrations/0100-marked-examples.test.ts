import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { ReviewRepository } from '../../../../src-main/store/review-repository.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const before100 = migrations.filter((migration) => migration.version < 100);

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0100-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0100 marked examples', () => {
  it('keeps every review item as it was and lets an item be handed off', () => {
    db = openDatabase(dir, { migrations: before100 });
    db.prepare(
      `INSERT INTO review_queue (id, question, lang, origin, status, created_at, resolved_at, link_undo)
       VALUES (3, 'Do you ship?', 'en', 'handoff', 'linked', ?, ?, '{"addedQuestion":true,"previousAnswer":null,"linkedAnswer":null}'),
              (7, '能改邮箱吗', 'zh', 'thumbs-down', 'open', ?, NULL, NULL)`,
    ).run(NOW, NOW, NOW);
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const reviews = new ReviewRepository(db);
    expect(reviews.list().items.map(({ id, status, question }) => ({ id, status, question }))).toEqual([
      { id: 3, status: 'linked', question: 'Do you ship?' },
      { id: 7, status: 'open', question: '能改邮箱吗' },
    ]);
    expect(reviews.linkUndo(3)).toEqual({ addedQuestion: true, previousAnswer: null, linkedAnswer: null });
    expect(reviews.resolve(7, 'handedOff').status).toBe('handedOff');
    expect(() => db.prepare(`UPDATE review_queue SET status = 'gone' WHERE id = 7`).run()).toThrow(/CHECK constraint/);
    expect(db.prepare('SELECT revision FROM marked_meta').pluck().get()).toBe(0);
  });
});
