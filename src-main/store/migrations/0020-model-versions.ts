import type { Migration } from '../migration.ts';

/**
 * Model versions: one row per folder `models/<id>/`. A row is written only after its folder is complete,
 * so a listed version always has a whole folder. At most one version is active (a unique partial index);
 * the registry keeps exactly one active whenever any exist.
 */
export const modelVersions: Migration = {
  version: 20,
  name: 'model-versions',
  up(db) {
    db.exec(`
      CREATE TABLE model_versions (
        -- A slug, used as the folder name: never a path.
        id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^a-z0-9-]*' AND id NOT GLOB '-*'),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        source TEXT NOT NULL CHECK (source IN ('starter', 'init', 'import', 'pull', 'train')),
        -- No foreign key: a version outlives the deletion of the one it was fine-tuned from.
        parent_id TEXT,
        kb_revision INTEGER,
        config TEXT NOT NULL CHECK (json_valid(config)),
        metrics TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metrics)),
        format TEXT NOT NULL CHECK (format IN ('safetensors', 'onnx')),
        origin TEXT,
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        created_at TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
      );
      CREATE UNIQUE INDEX model_versions_one_active ON model_versions (active) WHERE active = 1;
      CREATE INDEX model_versions_created ON model_versions (created_at);
    `);
  },
};
