import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ModelRegistry } from '../../model/model-registry.ts';
import { statInputFile } from '../../node/input-file.ts';
import { BACKUP_DIR, DATABASE_FILE, openDatabase } from '../../store/database.ts';
import { ModelRepository } from '../../store/model-repository.ts';
import { backupProblem, replaceBrokenDatabase, restoreDatabase } from '../../store/restore.ts';
import { onePositional, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { printJson } from '../with-app.ts';

export const restoreCommand: Command = {
  name: 'restore',
  usage: `Usage: concierge restore FILE [--json]

Replaces the database with FILE (any path, or the name of one listed by "concierge backup --list" in
<data>/backups/). FILE is checked first (SQLite integrity check, a Concierge schema not newer than this
version) and migrated to the current schema; then the current database is copied to
<data>/backups/concierge-<UTC time>-pre-restore.db, and only then replaced. A running app or web mode on the
same data folder sees the restored data from its next request. Refused while a training run is active.
A database that no longer opens (damaged, or not a database) is moved aside to concierge.db.broken-<time>
and replaced by FILE.`,

  async run(args, leading) {
    const { positionals, global } = parseCommandArgs(args, {}, leading);
    const backupDir = join(global.dataDir, BACKUP_DIR);
    const file = backupFile(onePositional(positionals, 'FILE'), backupDir);
    // A missing FILE is said before the data folder is opened (which would create it, database and all).
    await statInputFile(file);
    const dbFile = join(global.dataDir, DATABASE_FILE);
    // A database that no longer opens cannot be backed up or written into: it is moved aside instead.
    const problem = existsSync(dbFile) ? backupProblem(dbFile) : null;
    const movedAside = problem === 'damaged' || problem === 'unreadable' ? await replaceBrokenDatabase(dbFile, file, { backupDir }) : null;
    const db = openDatabase(global.dataDir);
    try {
      const safetyBackup = movedAside === null ? await restoreDatabase(db, file, { backupDir }) : null;
      const adopted = await new ModelRegistry({ dataDir: global.dataDir, repository: new ModelRepository(db) }).adoptOrphans();
      if (global.json) return printJson({ restoredFrom: file, safetyBackup, movedAside, adoptedModels: adopted });
      console.log(`Restored ${file}`);
      if (movedAside) console.log(`The database could not be read (${problem}); it was moved to ${movedAside}`);
      if (safetyBackup) console.log(`The database as it was before is in ${safetyBackup}`);
      if (adopted.length) console.log(`Model versions made after that backup, registered again: ${adopted.join(', ')}`);
    } finally {
      db.close();
    }
  },
};

/**
 * FILE as a path from the current folder; a bare name that is not there but is in the backups folder (as
 * "concierge backup --list" prints them) is that backup.
 */
function backupFile(named: string, backupDir: string): string {
  const here = resolve(named);
  if (basename(named) !== named || existsSync(here)) return here;
  const listed = join(backupDir, named);
  return existsSync(listed) ? listed : here;
}
