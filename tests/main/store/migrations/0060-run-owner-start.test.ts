import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../src-main/store/database.ts';
import { migrations } from '../../../../src-main/store/migrations/index.ts';
import { TrainingRunRepository } from '../../../../src-main/store/training-run-repository.ts';
import { makeTempDir } from '../temp-kb.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const before60 = migrations.filter((migration) => migration.version < 60);

let dir: string;
let db: Database;
beforeEach(() => {
  dir = makeTempDir('concierge-0060-');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0060 run owner start', () => {
  it("keeps a run recorded before it, judged by its pid alone: this process's run stays, a dead one is interrupted", () => {
    db = openDatabase(dir, { migrations: before60 });
    const insert = db.prepare(
      `INSERT INTO training_runs (id, status, phase, kb_revision, options, owner_pid, created_at, updated_at)
       VALUES (?, ?, 'training', 0, '{}', ?, ?, ?)`,
    );
    insert.run('old-dead', 'interrupted', 4_194_305, NOW, NOW); // not active: left alone either way
    insert.run('old-live', 'running', process.pid, NOW, NOW);
    db.close();

    db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const runs = new TrainingRunRepository(db);
    expect(runs.recoverInterrupted()).toEqual([]); // no start time recorded: the live pid is trusted
    expect(runs.get('old-live').status).toBe('running');
    expect(db.prepare('SELECT owner_started FROM training_runs').pluck().all()).toEqual([null, null]);
  });
});
