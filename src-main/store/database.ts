import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { diskError } from '../node/disk-space.ts';
import { UnavailableError } from '../shared/errors.ts';
import { dataFileWriteProblem, makeDataFolder } from './data-folder.ts';
import { migrate, schemaVersions, type MigrationResult } from './migrate.ts';
import type { Migration } from './migration.ts';
import { migrations as allMigrations } from './migrations/index.ts';

export type { Database } from 'better-sqlite3';

export const DATABASE_FILE = 'concierge.db';
export const BACKUP_DIR = 'backups';

export interface OpenDatabaseOptions {
  /** The schema steps to apply; tests pass a prefix of the registry to build an older schema. */
  migrations?: readonly Migration[];
  /** Called with what the migration did (e.g. to log the backup path). */
  onMigrated?: (result: MigrationResult) => void;
  /**
   * The caller can work without writing: a database file that may not be written (data.file-not-writable) is
   * opened read-only (`db.readonly`) instead of refused, when its schema is current; one that needs a migration,
   * which writes, is still refused.
   */
  readOnlyIfUnwritable?: boolean;
}

/**
 * Opens (creating if needed) `<dataDir>/concierge.db` in WAL mode with foreign keys on, and migrates it.
 * Throws UnavailableError for a file that is not a database or was written by a newer Concierge, and the coded
 * data.not-writable / data.file-not-writable for a folder or file it may not write (but see readOnlyIfUnwritable).
 */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): Database {
  makeDataFolder(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  const unwritable = dataFileWriteProblem(file);
  if (unwritable) {
    if (!options.readOnlyIfUnwritable) throw unwritable;
    return openReadOnly(file, options.migrations ?? allMigrations, unwritable);
  }
  let db: Database;
  try {
    db = new BetterSqlite3(file);
  } catch (error) {
    throw diskError(error, 'create the database', dataDir);
  }
  try {
    // Wait for a concurrent writer (the CLI while the app runs) instead of failing with SQLITE_BUSY.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no committed data on a process crash, only (at worst) the last commits on power loss.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const result = migrate(db, options.migrations ?? allMigrations, { backupDir: join(dataDir, BACKUP_DIR) });
    if (result.from !== result.to) options.onMigrated?.(result);
    return db;
  } catch (error) {
    db.close();
    throw notADatabase(diskError(error, 'open the database', dataDir), file);
  }
}

/** `file` read-only, refused with `unwritable` when its schema is older than `migrations` (migrating writes). */
function openReadOnly(file: string, migrations: readonly Migration[], unwritable: Error): Database {
  let db: Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    // No database yet, with a companion file (-wal, -shm) that may not be written: there is nothing to read.
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN') throw unwritable;
    throw error;
  }
  try {
    db.pragma('busy_timeout = 5000');
    const { current, latest } = schemaVersions(db, migrations);
    if (current < latest) throw unwritable;
    return db;
  } catch (error) {
    db.close();
    throw notADatabase(error, file);
  }
}

/** SQLite's "file is not a database" in words that name the file and say what to do; other errors unchanged. */
function notADatabase(error: unknown, file: string): unknown {
  if ((error as { code?: string }).code !== 'SQLITE_NOTADB') return error;
  return new UnavailableError(`${file} is not a Concierge database (move it away to start a new one)`).withCode('data.not-a-database', { file });
}
