import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { UnavailableError } from '../shared/errors.ts';
import { checkDataFileWritable, makeDataFolder } from './data-folder.ts';
import { migrate, type MigrationResult } from './migrate.ts';
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
}

/**
 * Opens (creating if needed) `<dataDir>/concierge.db` in WAL mode with foreign keys on, and migrates it.
 * Throws UnavailableError for a file that is not a database or was written by a newer Concierge, and the coded
 * data.not-writable / data.file-not-writable for a folder or file it may not write.
 */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): Database {
  makeDataFolder(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  checkDataFileWritable(file);
  const db = new BetterSqlite3(file);
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
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new UnavailableError(`${file} is not a Concierge database (move it away to start a new one)`);
    }
    throw error;
  }
}
