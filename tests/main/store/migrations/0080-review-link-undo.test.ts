import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewService } from '../../../../src-main/assistant/review-service.ts';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { FaqRepository } from '../../../../src-main/store/faq-repository.ts';
import { MarkedExampleRepository } from '../../../../src-main/store/marked-example-repository.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { ReviewRepository } from '../../../../src-main/store/review-repository.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const before80 = migrations.filter((migration) => migration.version < 80);

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0080-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0080 review link undo', () => {
  it('unlinks an item linked before it by reopening it and leaving its entry as it is, and records links after it', () => {
    db = openDatabase(dir, { migrations: before80 });
    const entryId = new FaqRepository(db).create({ question: 'Do you deliver?', answer: 'Yes.', paraphrases: ['Can you bring it?'] }).id;
    db.prepare(
      `INSERT INTO review_queue (id, question, lang, origin, status, entry_id, created_at, resolved_at)
       VALUES (1, 'Can you bring it?', 'en', 'handoff', 'linked', ?, ?, ?), (2, 'Do you ship?', 'en', 'handoff', 'open', NULL, ?, NULL)`,
    ).run(entryId, NOW, NOW, NOW);
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const faq = new FaqRepository(db);
    const reviews = new ReviewRepository(db);
    const service = new ReviewService({ faq, reviews, examples: new MarkedExampleRepository(db), onReviewChanged: () => {}, onKnowledgeChanged: () => {} });
    // What that link changed was never recorded: the similar question may have been there before it.
    expect(service.unlink(1)).toMatchObject({ item: { status: 'open' }, questionRemoved: false, answer: 'unchanged' });
    expect(faq.get(entryId)).toMatchObject({ answer: 'Yes.', paraphrases: ['Can you bring it?'] });

    service.link(2, entryId, 'Yes, in two days.');
    expect(reviews.linkUndo(2)).toEqual({ addedQuestion: true, previousAnswer: 'Yes.', linkedAnswer: 'Yes, in two days.' });
    expect(service.unlink(2)).toMatchObject({ questionRemoved: true, answer: 'restored' });
    expect(reviews.linkUndo(2)).toBeNull();
    expect(() => db.prepare(`UPDATE review_queue SET link_undo = 'not json' WHERE id = 1`).run()).toThrow(/CHECK constraint/);
  });
});
