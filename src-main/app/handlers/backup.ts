import { basename, join } from 'node:path';
import type { BackupInfo, backupChannels } from '../../shared/api/backup.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { backupDatabase, listBackups } from '../../store/backup.ts';
import { BACKUP_DIR, type Database } from '../../store/database.ts';
import type { ModelRegistry } from '../../model/model-registry.ts';
import { FaqRepository } from '../../store/faq-repository.ts';
import { ModelRepository } from '../../store/model-repository.ts';
import { restoreDatabase } from '../../store/restore.ts';
import type { EventBus } from '../events.ts';

type BackupChannel = keyof typeof backupChannels;

export interface BackupDeps {
  db: Database;
  dataDir: string;
  events: Pick<EventBus, 'emit'>;
  /** Re-registers model folders the restored database does not know (versions made after the backup). */
  models?: Pick<ModelRegistry, 'adoptOrphans'>;
}

/** The BackupInfo of a file just written to the backups folder. */
function describeBackup(dir: string, file: string): BackupInfo {
  const info = listBackups(dir).find((backup) => backup.file === basename(file));
  if (!info) throw new NotFoundError(`Backup ${file} is not in ${dir}`);
  return info;
}

/**
 * Restores `file` (any path) into the open database and tells every view to reload: `backup:restored`, then
 * the KB revision and active model of the restored database (the inference worker swaps models on the latter).
 */
async function restoreAndAnnounce(
  { db, dataDir, events, models }: BackupDeps,
  file: string,
): Promise<{ restoredFrom: string; safetyBackup: string }> {
  const safety = await restoreDatabase(db, file, { backupDir: join(dataDir, BACKUP_DIR) });
  await models?.adoptOrphans();
  const result = { restoredFrom: basename(file), safetyBackup: basename(safety) };
  events.emit('backup:restored', result);
  events.emit('faq:changed', { revision: new FaqRepository(db).revision() });
  events.emit('model:changed', { activeId: new ModelRepository(db).active()?.id ?? null });
  return result;
}

/** Takes a labelled backup of `db` into `<dataDir>/backups` (before bulk imports and deletes). */
export function backupTaker(db: Database, dataDir: string): (label: string) => void {
  return (label) => void backupDatabase(db, join(dataDir, BACKUP_DIR), label);
}

export function createBackupHandlers(deps: BackupDeps): Pick<Handlers, BackupChannel> {
  const dir = join(deps.dataDir, BACKUP_DIR);
  return {
    'backup:list': async () => ({ backups: listBackups(dir), dir }),
    'backup:create': async () => describeBackup(dir, backupDatabase(deps.db, dir, 'manual')),
    async 'backup:restore'({ file }) {
      // The schema already refused folder parts; only a file listed in the backups folder is restored.
      if (!listBackups(dir).some((backup) => backup.file === file)) {
        throw new NotFoundError(`There is no backup "${file}" in ${dir}`).withCode('backup.not-listed', { file, dir });
      }
      return restoreAndAnnounce(deps, join(dir, file));
    },
  };
}
