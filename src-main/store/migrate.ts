import type { Database } from 'better-sqlite3';
import { UnavailableError } from '../shared/errors.ts';
import { backupDatabase } from './backup.ts';
import type { Migration } from './migration.ts';

export interface MigrationResult {
  from: number;
  to: number;
  /** The copy taken before migrating a non-empty database, else null. */
  backupFile: string | null;
}

/** Refuses a registry that is out of order: versions must be positive, in steps of 10, strictly increasing. */
function checkRegistry(migrations: readonly Migration[]): void {
  migrations.forEach(({ version, name }, i) => {
    if (!Number.isInteger(version) || version <= 0 || version % 10 !== 0) {
      throw new Error(`Migration "${name}" has version ${version}; versions are positive multiples of 10`);
    }
    const previous = migrations[i - 1];
    if (previous && version <= previous.version) {
      throw new Error(`Migration "${name}" (${version}) must come after "${previous.name}" (${previous.version})`);
    }
  });
}

const isEmpty = (db: Database) => db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0;

/**
 * The database's schema version and the newest of `migrations`; a database from a newer Concierge is refused (an
 * UnavailableError that says to update, coded data.newer-database).
 */
export function schemaVersions(db: Database, migrations: readonly Migration[]): { current: number; latest: number } {
  checkRegistry(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new UnavailableError(
      `The database ${db.name} was written by a newer version of Concierge (schema ${current}; this version ` +
        `supports up to ${latest}). Update Concierge to open it.`,
    ).withCode('data.newer-database', { file: db.name });
  }
  return { current, latest };
}

/**
 * Brings the schema to the newest migration: all pending steps and the new `user_version` in ONE
 * transaction, so a failure leaves the database exactly as it was. A non-empty database is first copied to
 * `backupDir`. A database from a newer Concierge is refused untouched.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  options: { backupDir: string; now?: Date },
): MigrationResult {
  const { current, latest } = schemaVersions(db, migrations);
  if (current === latest) return { from: current, to: current, backupFile: null };

  const backupFile = isEmpty(db) ? null : backupDatabase(db, options.backupDir, `v${current}`, options.now);
  // IMMEDIATE, and the version read again under the lock: two processes starting at once migrate once.
  const from = db
    .transaction(() => {
      const start = db.pragma('user_version', { simple: true }) as number;
      for (const migration of migrations) if (migration.version > start) migration.up(db);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length) throw new Error(`Migration to ${latest} left ${violations.length} foreign-key violations`);
      db.pragma(`user_version = ${latest}`);
      return start;
    })
    .immediate();
  return { from, to: latest, backupFile };
}
