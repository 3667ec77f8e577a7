// Restoring a backup into a running app. The services hold the one open connection (and prepared
// statements on it), so the database is not closed and swapped: the checked copy is written INTO the live
// file with SQLite's online backup API. That runs as one write transaction on the live file: readers see
// the old database or the new one, never a mix, and the connection's statements re-prepare on the new
// schema by themselves.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { isMissing, noSuchFile } from '../node/input-file.ts';
import { tempSibling } from '../node/temp-path.ts';
import { ConciergeError, ConflictError, InvalidInputError } from '../shared/errors.ts';
import { BACKUP_KEEP_SETTING, backupDatabase, rememberedBackupKeep, storedBackupKeep } from './backup.ts';
import { FaqRepository } from './faq-repository.ts';
import { TrainingRunRepository } from './training-run-repository.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './migration.ts';
import { migrations as allMigrations } from './migrations/index.ts';

/** The tables each schema version must have: a file without them is not a Concierge database. */
const TABLES_BY_VERSION: readonly [version: number, tables: readonly string[]][] = [
  [10, ['faq_entries', 'faq_paraphrases', 'kb_meta', 'faq_fts']],
  [20, ['model_versions']],
  [30, ['training_runs']],
  [40, ['conversations', 'messages', 'review_queue', 'settings']],
  [100, ['marked_examples', 'marked_meta']],
];

/** Why checkBackup() refused a file (the `details.problem` of its error; a missing file is a NotFoundError). */
export type BackupProblem = 'unreadable' | 'damaged' | 'newer' | 'foreign';

/** The problem checkBackup() finds with `file`, or null for a healthy Concierge database. */
export function backupProblem(file: string, migrations?: readonly Migration[]): BackupProblem | null {
  try {
    checkBackup(file, migrations);
    return null;
  } catch (error) {
    const problem = (error as ConciergeError).details as { problem?: BackupProblem } | undefined;
    if (problem?.problem) return problem.problem;
    throw error;
  }
}

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
    if (!statSync(file).isFile()) throw new InvalidInputError(`${file} is not a file`, { problem: 'unreadable' }).withCode('backup.not-a-file', { file });
    candidate = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    if (isMissing(error)) throw noSuchFile(file, { problem: 'unreadable' });
    throw new InvalidInputError(`Cannot open ${file}: ${(error as Error).message}`, { problem: 'unreadable' }).withCode('backup.unreadable', {
      file,
      detail: (error as Error).message,
    });
  }
  try {
    const problems = readOnly(file, () => candidate.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]);
    if (problems.length !== 1 || problems[0].integrity_check !== 'ok') {
      const first = problems.slice(0, 3).map((row) => row.integrity_check).join('; ');
      throw new InvalidInputError(`${file} is damaged (SQLite integrity check: ${first}); choose another backup`, { problem: 'damaged' }).withCode(
        'backup.damaged',
        { file },
      );
    }
    const version = candidate.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) {
      throw new InvalidInputError(
        `${file} was written by a newer Concierge (schema ${version}; this version supports up to ${latest}); update Concierge to restore it`,
        { problem: 'newer' },
      ).withCode('backup.newer', { file });
    }
    const present = new Set(candidate.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = TABLES_BY_VERSION.filter(([since]) => since <= version)
      .flatMap(([, tables]) => tables)
      .filter((table) => !present.has(table));
    if (version < TABLES_BY_VERSION[0][0] || missing.length) {
      throw new InvalidInputError(
        `${file} is not a Concierge database (schema ${version}${missing.length ? `, missing tables ${missing.join(', ')}` : ''})`,
        { problem: 'foreign' },
      ).withCode('backup.foreign', { file });
    }
    // Concierge makes no triggers or views. One in a file from elsewhere would run its own SQL on every later write
    // once restored (a trigger rewriting each new answer), so the file is not a backup of ours.
    const foreign = candidate.prepare("SELECT type || ' ' || name FROM sqlite_schema WHERE type IN ('trigger', 'view') ORDER BY name").pluck().all() as string[];
    if (foreign.length) {
      throw new InvalidInputError(
        `${file} is not a Concierge database: it holds ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? '…' : ''}, which Concierge never makes`,
        { problem: 'foreign' },
      ).withCode('backup.foreign', { file });
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
    throw new InvalidInputError(`${file} is not a readable SQLite database (${(error as Error).message}); choose another backup`, {
      problem: 'unreadable',
    }).withCode('backup.not-sqlite', { file });
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
  checkBackup(file, options.migrations);
  const runs = new TrainingRunRepository(db);
  runs.recoverInterrupted(); // a run whose process died (kill, crash) does not block a restore
  const active = runs.active();
  if (active) {
    throw new ConflictError(`Training run ${active.id} is active; cancel it (it can be resumed later) before restoring a backup`);
  }
  const live: LiveState = {
    revision: db.prepare('SELECT revision FROM kb_meta WHERE id = 1').pluck().get() as number,
    markedRevision: db.prepare('SELECT revision FROM marked_meta WHERE id = 1').pluck().get() as number,
    pageSize: db.pragma('page_size', { simple: true }) as number,
    // `backup --keep N` says how this data folder keeps its backups, not what a backup holds: an older backup's
    // setting must not come back with it (and prune the backups kept since).
    backupKeep: storedBackupKeep(db),
  };
  return withStagedCopy(file, live, options, async (staging) => {
    const safetyBackup = backupDatabase(db, options.backupDir, 'pre-restore', options.now);
    // Writes every page into the live file in one write transaction on a second connection; the
    // other connections (this app's, a CLI's) see the restored database from their next statement.
    await staging.backup(db.name, { progress: () => 0x7fffffff });
    return safetyBackup;
  });
}

/**
 * For a database file that no longer opens (damaged, or not a database at all): checks backup `file`, moves
 * the broken file (and its -wal/-shm) aside to `<dbFile>.broken-<UTC time>`, and puts a migrated copy of the
 * backup in its place. Returns where the broken file went. Nothing is moved unless the copy is ready.
 * The backupKeep setting, which cannot be read from the broken file, comes from its copy beside the backups.
 */
export async function replaceBrokenDatabase(dbFile: string, file: string, options: RestoreOptions): Promise<string> {
  checkBackup(file, options.migrations);
  const live = { revision: 0, markedRevision: 0, pageSize: 4096, backupKeep: rememberedBackupKeep(options.backupDir) };
  return withStagedCopy(file, live, options, async (staging) => {
    staging.close(); // closed before the rename: the copy is a plain rollback-journal file, complete on disk
    const aside = `${dbFile}.broken-${(options.now ?? new Date()).toISOString().replace(/[-:]|\.\d+/g, '')}`;
    for (const suffix of ['-wal', '-shm']) if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, aside + suffix);
    renameSync(dbFile, aside);
    renameSync(staging.name, dbFile);
    return aside;
  });
}

/** What the live database keeps across a restore. `backupKeep`: its stored setting (null when unset); undefined when not known, left as the backup has it. */
interface LiveState {
  revision: number;
  /** The marked examples' revision (migration 0100), kept going up as the KB revision is. */
  markedRevision: number;
  pageSize: number;
  backupKeep?: string | null;
}

/**
 * Copies backup `file` to a staging file next to the backups, migrates it to the current schema, checks it,
 * and hands the open copy to `use`. The staging folder is removed afterwards, whatever happens.
 */
async function withStagedCopy<T>(
  file: string,
  live: LiveState,
  options: RestoreOptions,
  use: (staging: Database) => Promise<T>,
): Promise<T> {
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
      migrate(staging, options.migrations ?? allMigrations, { backupDir: join(workDir, 'migration') });
      const violations = staging.pragma('foreign_key_check') as unknown[];
      if (violations.length) throw new InvalidInputError(`${file} has ${violations.length} broken references; choose another backup`);
      new FaqRepository(staging); // rebuilds the search index if the backup's was made by another tokenizer
      // A run the backup caught mid-way is trained by no one once restored (its process, even when it is this
      // one, writes to the database being replaced): resumable, not running forever and blocking the next run.
      new TrainingRunRepository(staging).recoverInterrupted(() => false);
      // Revisions only go up in a data folder, so nothing cached (the retrieval index) or recorded (a run's
      // KB revision) ever takes the restored knowledge base for one it saw before.
      staging.prepare('UPDATE kb_meta SET revision = max(revision, ?) + 1 WHERE id = 1').run(live.revision);
      staging.prepare('UPDATE marked_meta SET revision = max(revision, ?) + 1 WHERE id = 1').run(live.markedRevision);
      if (live.backupKeep === null) staging.prepare('DELETE FROM settings WHERE key = ?').run(BACKUP_KEEP_SETTING);
      else if (live.backupKeep !== undefined) {
        staging
          .prepare(
            `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          )
          .run(BACKUP_KEEP_SETTING, live.backupKeep, (options.now ?? new Date()).toISOString());
      }
      // The backup API cannot change the page size of a WAL database: give the copy the live one's.
      if (staging.pragma('page_size', { simple: true }) !== live.pageSize) {
        staging.pragma(`page_size = ${live.pageSize}`);
        staging.exec('VACUUM');
      }
      return await use(staging);
    } finally {
      if (staging.open) staging.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
