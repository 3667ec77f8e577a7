import type { Migration } from '../migration.ts';

/** The hub commit a pulled model version's files came from (X-Repo-Commit), so a pull can be told apart from a later one. */
export const modelRevision: Migration = {
  version: 90,
  name: 'model-revision',
  up(db) {
    db.exec(`ALTER TABLE model_versions ADD COLUMN revision TEXT`);
  },
};
