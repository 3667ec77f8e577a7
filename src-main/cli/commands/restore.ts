import { join, resolve } from 'node:path';
import { ModelRegistry } from '../../model/model-registry.ts';
import { BACKUP_DIR, openDatabase } from '../../store/database.ts';
import { ModelRepository } from '../../store/model-repository.ts';
import { restoreDatabase } from '../../store/restore.ts';
import { onePositional, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { printJson } from '../with-app.ts';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the database with a backup, after checking it',
  usage: `Usage: concierge restore FILE [--json]

Replaces the database with FILE (any path, e.g. one listed by "concierge backup --list" in
<data>/backups/). FILE is checked first (SQLite integrity check, a Concierge schema not newer than this
version) and migrated to the current schema; then the current database is copied to
<data>/backups/concierge-<UTC time>-pre-restore.db, and only then replaced. A running app or web mode on the
same data folder sees the restored data from its next request. Refused while a training run is active.`,

  async run(args, leading) {
    const { positionals, global } = parseCommandArgs(args, {}, leading);
    const file = resolve(onePositional(positionals, 'FILE'));
    const db = openDatabase(global.dataDir);
    try {
      const safety = await restoreDatabase(db, file, { backupDir: join(global.dataDir, BACKUP_DIR) });
      const registry = new ModelRegistry({ dataDir: global.dataDir, repository: new ModelRepository(db) });
      const adopted = await registry.adoptOrphans();
      if (global.json) return printJson({ restoredFrom: file, safetyBackup: safety, adoptedModels: adopted });
      console.log(`Restored ${file}`);
      if (adopted.length) console.log(`Model versions made after that backup, registered again: ${adopted.join(', ')}`);
      console.log(`The database as it was before is in ${safety}`);
    } finally {
      db.close();
    }
  },
};
