import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { TrainingRunRepository } from '../../../../src-main/store/training-run-repository.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const before70 = migrations.filter((migration) => migration.version < 70);

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0070-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0070 run error code', () => {
  it('keeps the English reason of a run that failed before it, without a code, and stores codes after it', () => {
    db = openDatabase(dir, { migrations: before70 });
    db.prepare(
      `INSERT INTO training_runs (id, status, phase, kb_revision, options, error, created_at, updated_at)
       VALUES ('old', 'failed', 'training', 0, '{}', 'Training worker exited with code 1', ?, ?)`,
    ).run(NOW, NOW);
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const runs = new TrainingRunRepository(db);
    expect(runs.get('old')).toMatchObject({ error: 'Training worker exited with code 1', errorCode: null });
    const errorCode = { code: 'training.worker-failed', params: { detail: 'exit code 1' } };
    expect(runs.update('old', { errorCode }).errorCode).toEqual(errorCode);
    expect(() => db.prepare(`UPDATE training_runs SET error_code = 'not json' WHERE id = 'old'`).run()).toThrow(/CHECK constraint/);
  });
});
