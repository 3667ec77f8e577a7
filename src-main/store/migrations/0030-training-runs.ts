import type { Migration } from '../migration.ts';

/**
 * Training runs: status, progress, loss curve and the evaluation of each fine-tuning run. Model ids are
 * plain text (no foreign key) so a run's record outlives a deleted model version.
 */
export const trainingRuns: Migration = {
  version: 30,
  name: 'training-runs',
  up(db) {
    db.exec(`
      CREATE TABLE training_runs (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL
          CHECK (status IN ('running', 'paused', 'interrupted', 'cancelled', 'failed', 'completed')),
        phase TEXT NOT NULL CHECK (phase IN ('preparing', 'training', 'evaluating', 'saving', 'done')),
        base_model_id TEXT,
        kb_revision INTEGER NOT NULL,
        options TEXT NOT NULL CHECK (json_valid(options)),
        step INTEGER NOT NULL DEFAULT 0,
        total_steps INTEGER NOT NULL DEFAULT 0,
        epoch INTEGER NOT NULL DEFAULT 0,
        epochs INTEGER NOT NULL DEFAULT 0,
        train_loss REAL,
        val_loss REAL,
        history TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(history)),
        model_version_id TEXT,
        activated INTEGER NOT NULL DEFAULT 0 CHECK (activated IN (0, 1)),
        evaluation TEXT CHECK (evaluation IS NULL OR json_valid(evaluation)),
        error TEXT,
        -- The process that runs it: a 'running' row whose process is gone was interrupted (kill, crash).
        owner_pid INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX training_runs_created ON training_runs (created_at);
      -- One active run per data folder, even across processes (the app and the CLI).
      CREATE UNIQUE INDEX training_runs_one_active ON training_runs ((1)) WHERE status IN ('running', 'paused');
    `);
  },
};
