// Restoring a backup into a running app. The services hold the one open connection (and prepared
// statements on it), so the database is not closed and swapped: the checked copy is written INTO the live
// file with SQLite's online backup API. That runs as one write transaction on the live file: readers see
// the old database or the new one, never a mix, and the connection's statements re-prepare on the new
// schema by themselves.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { tempSibling } from '../model/model-folder.ts';
import { ConflictError, InvalidInputError } from '../shared/errors.ts';
import { backupDatabase } from './backup.ts';
import { FaqRepository } from './faq-repository.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './migration.ts';
import { migrations as allMigrations } from './migrations/index.ts';

/** The tables each schema version must have: a file without them is not a Concierge database. */
const TABLES_BY_VERSION: readonly [version: number, tables: readonly string[]][] = [
  [10, ['faq_entries', 'faq_paraphrases', 'kb_meta', 'faq_fts']],
  [20, ['model_versions']],
  [30, ['training_runs']],
  [40, ['conversations', 'messages', 'review_queue', 'settings']],
];

export interface CheckedBackup {
  file: string;
  /** Its schema version (PRAGMA user_version). */
  version: number;
}

/**
 * Checks that `file` is a healthy Concierge database this version can open: SQLite opens it read-only,
 * `PRAGMA integrity_check` says ok, its schema is not newer than this code and has our tables.
 * Throws InvalidInputError saying what is wrong; never writes to the file.
 */
export function checkBackup(file: string, migrations: readonly Migration[] = allMigrations): CheckedBackup {
  let candidate: Database;
  try {
    if (!statSync(file).isFile()) throw new InvalidInputError(`${file} is not a file`);
    candidate = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`Cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    const problems = readOnly(file, () => candidate.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]);
    if (problems.length !== 1 || problems[0].integrity_check !== 'ok') {
      const first = problems.slice(0, 3).map((row) => row.integrity_check).join('; ');
      throw new InvalidInputError(`${file} is damaged (SQLite integrity check: ${first}); choose another backup`);
    }
    const version = candidate.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) {
      throw new InvalidInputError(
        `${file} was written by a newer Concierge (schema ${version}; this version supports up to ${latest}); update Concierge to restore it`,
      );
    }
    const present = new Set(candidate.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = TABLES_BY_VERSION.filter(([since]) => since <= version)
      .flatMap(([, tables]) => tables)
      .filter((table) => !present.has(table));
    if (version < TABLES_BY_VERSION[0][0] || missing.length) {
      throw new InvalidInputError(
        `${file} is not a Concierge database (schema ${version}${missing.length ? `, missing tables ${missing.join(', ')}` : ''})`,
      );
    }
    return { file, version };
  } finally {
    candidate.close();
  }
}

/** SQLITE_NOTADB and friends surface on the first read: turn them into a message about the file. */
function readOnly<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new InvalidInputError(`${file} is not a readable SQLite database (${(error as Error).message}); choose another backup`);
  }
}

export interface RestoreOptions {
  /** Where the safety backup of the current database goes (`<data>/backups`). */
  backupDir: string;
  migrations?: readonly Migration[];
  now?: Date;
}

/**
 * Replaces the contents of the open database `db` with backup `file`, leaving nothing changed if any check
 * fails: the backup is checked, copied to a staging file and migrated to the current schema there (and
 * checked again), then the current database is backed up (`pre-restore`), and only then overwritten.
 * Refused while a training run is active in this data folder (it writes its progress as it goes).
 * Returns the safety backup's path.
 */
export async function restoreDatabase(db: Database, file: string, options: RestoreOptions): Promise<string> {
  const migrations = options.migrations ?? allMigrations;
  checkBackup(file, migrations);
  const active = db
    .prepare("SELECT id FROM training_runs WHERE status IN ('running', 'paused')")
    .pluck()
    .get() as string | undefined;
  if (active !== undefined) {
    throw new ConflictError(`Training run ${active} is active; cancel it (it can be resumed later) before restoring a backup`);
  }

  // A temp name pruneBackups() clears if this process is killed mid-restore.
  const workDir = tempSibling(join(options.backupDir, 'concierge-restore'));
  mkdirSync(workDir, { recursive: true });
  try {
    const stagingFile = join(workDir, basename(file));
    const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(stagingFile);
    } finally {
      source.close();
    }
    const staging = new BetterSqlite3(stagingFile);
    try {
      staging.pragma('journal_mode = DELETE');
      migrate(staging, migrations, { backupDir: join(workDir, 'migration') });
      const violations = staging.pragma('foreign_key_check') as unknown[];
      if (violations.length) throw new InvalidInputError(`${file} has ${violations.length} broken references; choose another backup`);
      new FaqRepository(staging); // rebuilds the search index if the backup's was made by another tokenizer
      // Revisions only go up in a data folder, so nothing cached (the retrieval index) or recorded (a run's
      // KB revision) ever takes the restored knowledge base for one it saw before.
      const liveRevision = db.prepare('SELECT revision FROM kb_meta WHERE id = 1').pluck().get() as number;
      staging.prepare('UPDATE kb_meta SET revision = max(revision, ?) + 1 WHERE id = 1').run(liveRevision);
      // The backup API cannot change the page size of a WAL database: give the copy the live one's.
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      if (staging.pragma('page_size', { simple: true }) !== pageSize) {
        staging.pragma(`page_size = ${pageSize}`);
        staging.exec('VACUUM');
      }
      const safetyBackup = backupDatabase(db, options.backupDir, 'pre-restore', options.now);
      // Writes every page into the live file in one write transaction on a second connection; the
      // other connections (this app's, a CLI's) see the restored database from their next statement.
      await staging.backup(db.name, { progress: () => 0x7fffffff });
      return safetyBackup;
    } finally {
      staging.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
