import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo } from '../shared/api/backup.ts';
import { diskError } from '../node/disk-space.ts';
import { isStaleTemp, tempSibling } from '../node/temp-path.ts';
import { SettingsRepository } from './settings-repository.ts';

/** How many backups are kept when the `backupKeep` setting is absent. */
const DEFAULT_BACKUP_KEEP = 10;
/** The settings key (settings table, JSON number ≥ 1) for how many backups to keep. */
export const BACKUP_KEEP_SETTING = 'backupKeep';
/**
 * Beside the backups, the backupKeep setting as last written or backed up: `{"backupKeep": <its stored JSON> | null}`.
 * The setting lives in the database, and a restore over a database that no longer opens could not read it there
 * (replaceBrokenDatabase); an older backup's value would then prune the backups kept since.
 */
export const BACKUP_KEEP_FILE = 'backup-keep.json';

// concierge-20250304T050607Z-import.db, or …-import-2.db for a second backup in the same second.
const BACKUP_NAME = /^concierge-(\d{8}T\d{6}Z)-([a-z0-9-]+?)(?:-(\d+))?\.db$/;

/** 2025-03-04T05:06:07.890Z → 20250304T050607Z */
function compactUtc(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/** 20250304T050607Z → 2025-03-04T05:06:07Z */
function isoFromCompact(stamp: string): string {
  return stamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
}

/**
 * A consistent copy of the open database at `<dir>/concierge-<UTC time>-<label>.db`, taken with VACUUM INTO
 * (safe while other connections read or write, and compact) into a temp name and renamed, so a crash never
 * leaves a half-written file under a backup's name. Then prunes to the newest `keep`. Returns the file written.
 */
export function backupDatabase(
  db: Database,
  dir: string,
  label: string,
  now = new Date(),
  keep = backupKeep(db),
): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(label)) throw new Error(`Backup label "${label}" is not lowercase-with-dashes`);
  mkdirSync(dir, { recursive: true });
  const stamp = compactUtc(now);
  // A second backup in the same second, whatever its label, is numbered past every one already there: the list
  // orders them by that number (the directory's order would put "import" after "pre-restore" made later).
  const counters = readdirSync(dir).flatMap((file) => {
    const match = BACKUP_NAME.exec(file);
    return match?.[1] === stamp ? [Number(match[3] ?? 1)] : [];
  });
  const counter = counters.length === 0 ? 1 : Math.max(...counters) + 1;
  const name = `concierge-${stamp}-${label}${counter === 1 ? '' : `-${counter}`}.db`;
  const file = join(dir, name);
  const partial = tempSibling(file);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw diskError(error, 'write a backup', dir);
  }
  pruneBackups(dir, keep);
  rememberBackupKeep(db, dir);
  return file;
}

/** Sets how many backups this data folder keeps (the setting, and its copy beside the backups); prunes to it now. */
export function setBackupKeep(db: Database, dir: string, keep: number): string[] {
  new SettingsRepository(db).set({ [BACKUP_KEEP_SETTING]: keep });
  mkdirSync(dir, { recursive: true });
  rememberBackupKeep(db, dir);
  return pruneBackups(dir, keep);
}

/** The backupKeep setting as stored (its JSON text), null when unset or before the settings table exists. */
export function storedBackupKeep(db: Database): string | null {
  const hasSettings = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").get();
  if (!hasSettings) return null;
  return (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(BACKUP_KEEP_SETTING) as string | undefined) ?? null;
}

/**
 * Brings BACKUP_KEEP_FILE in `dir` up to date with the stored setting (temp file and rename: a crash or a full disk
 * leaves the previous copy; a full disk is diskError()'s coded error, and a backup written just before stays). A
 * folder whose setting was never set has none: without a copy the backup's own setting stands, which for such a
 * folder is unset too.
 */
function rememberBackupKeep(db: Database, dir: string): void {
  const stored = storedBackupKeep(db);
  const remembered = rememberedBackupKeep(dir);
  if (remembered === stored || (remembered === undefined && stored === null)) return;
  const file = join(dir, BACKUP_KEEP_FILE);
  const partial = tempSibling(file);
  try {
    writeFileSync(partial, `${JSON.stringify({ backupKeep: stored })}\n`);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw diskError(error, `update ${BACKUP_KEEP_FILE} (how many backups to keep)`, dir);
  }
}

/** The stored backupKeep BACKUP_KEEP_FILE in `dir` remembers (null: unset); undefined when there is no readable copy. */
export function rememberedBackupKeep(dir: string): string | null | undefined {
  try {
    const { backupKeep } = JSON.parse(readFileSync(join(dir, BACKUP_KEEP_FILE), 'utf8')) as { backupKeep?: unknown };
    return typeof backupKeep === 'string' || backupKeep === null ? backupKeep : undefined;
  } catch {
    return undefined; // none yet (no backup since this copy was kept), or damaged: the backup's own setting stands
  }
}

/** The backups in `dir`, newest first (by the time in the name, then by the same-second counter). */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
  const found = names.flatMap((file) => {
    const match = BACKUP_NAME.exec(file);
    if (!match) return [];
    try {
      const { size } = statSync(join(dir, file));
      return [{ info: { file, bytes: size, createdAt: isoFromCompact(match[1]), label: match[2] }, counter: Number(match[3] ?? 1) }];
    } catch {
      return []; // pruned or restored away meanwhile
    }
  });
  found.sort((a, b) => b.info.createdAt.localeCompare(a.info.createdAt) || b.counter - a.counter);
  return found.map((entry) => entry.info);
}

/**
 * Deletes all but the newest `keep` backups, and temp files a killed backup or restore left behind.
 * Returns the names deleted.
 */
export function pruneBackups(dir: string, keep: number): string[] {
  for (const name of readdirSync(dir)) {
    const ours = name.startsWith('concierge-') || name.startsWith(BACKUP_KEEP_FILE);
    if (ours && isStaleTemp(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  const doomed = listBackups(dir).slice(Math.max(1, keep)).map((backup) => backup.file);
  for (const name of doomed) rmSync(join(dir, name), { force: true });
  return doomed;
}

/** The `backupKeep` setting, or the default before the settings table exists or when it is unset/invalid. */
export function backupKeep(db: Database): number {
  const value = storedBackupKeep(db);
  const keep = value === null ? NaN : Number(JSON.parse(value));
  return Number.isInteger(keep) && keep >= 1 ? keep : DEFAULT_BACKUP_KEEP;
}
