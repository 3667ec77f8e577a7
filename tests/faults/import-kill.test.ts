// kill -9 during `concierge faq import big.jsonl` (10,000 rows): the knowledge base holds all of them or none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../src-main/store/backup.ts';
import { BACKUP_DIR, DATABASE_FILE, openDatabase } from '../../src-main/store/database.ts';
import { FaqRepository } from '../../src-main/store/faq-repository.ts';
import { integrityCheck, KILLS, killAfterRandomDelay, killLeftovers, query, reportKills, startConcierge, waitForWork } from './kill-harness.ts';

const ROWS = 10_000;
let work: string;
const dataDir = () => join(work, 'data');
const dbFile = () => join(dataDir(), DATABASE_FILE);
const liveEntries = () => query(dbFile(), (db) => db.prepare('SELECT count(*) FROM faq_entries WHERE deleted_at IS NULL').pluck().get() as number);

/** 10,000 rows no earlier attempt used, so a completed import always adds exactly ROWS entries. */
function bigFile(attempt: number): string {
  const lines = Array.from({ length: ROWS }, (_, i) =>
    JSON.stringify({ question: `Attempt ${attempt} question ${i}: how do I return parcel ${i}?`, answer: `Send it back within ${i % 30} days.`, category: `c${i % 20}` }),
  );
  const file = join(work, `big-${attempt}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'concierge-fault-import-'));
  // One entry already there: the import then backs up first, and the backup file marks the import's start.
  const db = openDatabase(dataDir());
  new FaqRepository(db).create({ question: 'Seed question', answer: 'Seed answer', category: '', tags: [], enabled: true, paraphrases: [] });
  db.close();
});
afterAll(() => {
  killLeftovers();
  rmSync(work, { recursive: true, force: true });
});

describe('kill -9 during a 10,000-row import', () => {
  it(`leaves all rows or none, and an intact database, ${KILLS} times`, { timeout: KILLS * 120_000 + 60_000 }, async () => {
    const outcomes = { none: 0, all: 0, finishedFirst: 0 };
    let windowMs = 6_000; // shrinks when the import keeps finishing before the kill
    for (let attempt = 0, kills = 0; kills < KILLS; attempt++) {
      const before = liveEntries();
      const newestBackup = () => listBackups(join(dataDir(), BACKUP_DIR))[0]?.file;
      const backupBefore = newestBackup();
      const file = bigFile(attempt);
      const child = startConcierge(dataDir(), ['faq', 'import', file]);
      // The pre-import backup is written right before the import transaction starts.
      await waitForWork(child, () => newestBackup() !== backupBefore);
      const { killed } = await killAfterRandomDelay(child, windowMs);

      expect(integrityCheck(dbFile())).toBe('ok');
      const after = liveEntries();
      expect([before, before + ROWS]).toContain(after);
      if (!killed) {
        expect(await child.exited).toBe(0);
        expect(after).toBe(before + ROWS);
        outcomes.finishedFirst++;
        windowMs = Math.max(200, windowMs * 0.7);
        continue;
      }
      kills++;
      outcomes[after === before ? 'none' : 'all']++;
      // Every backup file left in the folder is a whole database (they are written under a temp name).
      for (const backup of listBackups(join(dataDir(), BACKUP_DIR))) {
        expect(integrityCheck(join(dataDir(), BACKUP_DIR, backup.file))).toBe('ok');
      }
    }
    reportKills(
      'import 10,000 rows',
      outcomes.none + outcomes.all,
      `${outcomes.none} left none, ${outcomes.all} left all; ${outcomes.finishedFirst} runs finished before the kill`,
    );
  });
});
