import { z } from 'zod';
import { channel } from './define.ts';

/** One backup file in `<data>/backups/`. */
export interface BackupInfo {
  /** File name inside the backups folder, e.g. `concierge-20251129T104500Z-manual.db`. */
  file: string;
  bytes: number;
  /** ISO 8601, from the UTC time in the file name. */
  createdAt: string;
  /** Why it was taken: `manual`, `import`, `delete`, `pre-restore`, `v30` (before migrating from schema 30)… */
  label: string;
}

export interface BackupList {
  /** Newest first. */
  backups: BackupInfo[];
  /** The backups folder (absolute). */
  dir: string;
}

export interface RestoreResult {
  /** The backup file name that is now the live database. */
  restoredFrom: string;
  /** The file name of the copy of the database as it was just before the restore. */
  safetyBackup: string;
}

/** A plain file name inside the backups folder: no folder part, no `..`, ending in `.db`. */
const BackupFileName = z
  .string()
  .min(4)
  .max(255)
  .regex(/^[^/\\\0]+\.db$/, 'a backup is named by its file name in the backups folder (no folder part), ending in .db')
  .refine((name) => !name.startsWith('.'), 'a backup file name cannot start with "."');

export const backupChannels = {
  /** The backups in the data folder, newest first. */
  'backup:list': channel(z.object({}).optional()).returns<BackupList>(),
  /** Takes a backup now (`VACUUM INTO`, label `manual`); older ones beyond the kept count are pruned. */
  'backup:create': channel(z.object({}).optional()).returns<BackupInfo>(),
  /**
   * Replaces the database with a backup after checking it (SQLite integrity, a Concierge schema not newer
   * than this version). The current database is first backed up (`pre-restore`); `backup:restored` follows.
   */
  'backup:restore': channel(z.object({ file: BackupFileName })).returns<RestoreResult>(),
};
