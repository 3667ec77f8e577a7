import type { Migration } from '../migration.ts';

/**
 * When a training run's owning process started: with the pid it tells the owner from a later process that got
 * the same pid (after a restart, often the app itself), whose run would otherwise stay 'running' for ever.
 */
export const runOwnerStart: Migration = {
  version: 60,
  name: 'run-owner-start',
  up(db) {
    db.exec(`ALTER TABLE training_runs ADD COLUMN owner_started TEXT`);
  },
};
