import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { ReviewRepository } from '../../../../src-main/store/review-repository.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const LATER = '2026-01-02T00:00:00.000Z';
const before110 = migrations.filter((migration) => migration.version < 110);

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0110-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0110 review repeats', () => {
  it('groups the open items already queued by their question, keeps each resolved one a row of its own, and both can be acted on', () => {
    db = openDatabase(dir, { migrations: before110 });
    const candidates = JSON.stringify([{ id: 5, ref: 'hours', question: 'Opening hours', score: 0.9 }]);
    db.prepare(
      `INSERT INTO review_queue (id, question, lang, origin, candidates, suggested_answer, status, created_at, resolved_at)
       VALUES (1, '圣诞节营业吗？', 'zh', 'handoff', '[]', NULL, 'open', @now, NULL),
              (2, 'Open on Sunday?', 'en', 'handoff', '[]', NULL, 'dismissed', @now, @now),
              (3, '圣诞节营业吗?', 'zh', 'handoff', '[]', NULL, 'open', @later, NULL),
              (4, 'open on sunday', 'en', 'handoff', '[]', NULL, 'dismissed', @now, @now),
              (5, 'When do you open?', 'en', 'thumbs-down', @candidates, NULL, 'open', @now, NULL),
              (6, 'when do you open', 'en', 'thumbs-down', @candidates, NULL, 'open', @now, NULL),
              (7, 'When do you open?', 'en', 'thumbs-down', @candidates, 'At 9.', 'open', @now, NULL)`,
    ).run({ now: NOW, later: LATER, candidates });
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const reviews = new ReviewRepository(db);
    const rows = (status: 'open' | 'dismissed') => reviews.list({ status }).items.map(({ id, count, lastAskedAt }) => ({ id, count, lastAskedAt }));
    expect(rows('open')).toEqual([
      { id: 1, count: 2, lastAskedAt: LATER },
      { id: 5, count: 2, lastAskedAt: NOW },
      { id: 7, count: 1, lastAskedAt: NOW },
    ]);
    expect(rows('dismissed')).toEqual([
      { id: 2, count: 1, lastAskedAt: NOW },
      { id: 4, count: 1, lastAskedAt: NOW },
    ]);
    expect(reviews.openCount()).toBe(3);

    // Reopened, the two dismissed ones are the same question: one row.
    reviews.reopen(2);
    expect(reviews.reopen(4)).toMatchObject({ status: 'open', count: 2 });
    expect(reviews.resolve(3, 'dismissed').count).toBe(2);
    expect(reviews.get(1).status).toBe('dismissed');
  });
});
