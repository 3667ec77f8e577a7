import type { Migration } from '../migration.ts';

/**
 * The code and values of why a training run failed or was interrupted (`{"code": …, "params": {…}}`), beside its
 * English `error`, so the training screen says the reason in the reader's language.
 */
export const runErrorCode: Migration = {
  version: 70,
  name: 'run-error-code',
  up(db) {
    db.exec(`ALTER TABLE training_runs ADD COLUMN error_code TEXT CHECK (error_code IS NULL OR json_valid(error_code))`);
  },
};
