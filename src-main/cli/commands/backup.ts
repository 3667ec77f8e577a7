import { join } from 'node:path';
import { backupDatabase, backupKeep, listBackups, setBackupKeep } from '../../store/backup.ts';
import { BACKUP_DIR, openDatabase } from '../../store/database.ts';
import { noPositionals, parseCommandArgs, parseInteger } from '../args.ts';
import type { Command } from '../command.ts';
import { printJson } from '../with-app.ts';

export const backupCommand: Command = {
  name: 'backup',
  usage: `Usage: concierge backup [--list] [--keep N] [--json]

Without options, writes a consistent copy of the database (VACUUM INTO) to
<data>/backups/concierge-<UTC time>-manual.db and prints its path. Concierge also backs up before every
migration, bulk import, bulk delete and restore, keeping the newest N backups (default 10).

Options:
  --list     list the backups, newest first (file, size, time, label)
  --keep N   keep the newest N backups from now on (a setting of the data folder), pruning older ones now

Restore one with "concierge restore FILE".`,

  async run(args, leading) {
    const { values, positionals, global } = parseCommandArgs(
      args,
      { list: { type: 'boolean' }, keep: { type: 'string' } },
      leading,
    );
    noPositionals(positionals);
    const dir = join(global.dataDir, BACKUP_DIR);
    // Listing and copying only read the database: a file that may not be written is read (--keep writes the setting).
    const db = openDatabase(global.dataDir, { readOnlyIfUnwritable: values.keep === undefined });
    try {
      if (values.keep !== undefined) {
        const keep = parseInteger(values.keep, '--keep', 1, 1_000);
        const pruned = setBackupKeep(db, dir, keep);
        if (!global.json) console.error(`Keeping the newest ${keep} backups; removed ${pruned.length}`);
        if (values.list) return list(dir, global.json);
        if (global.json) return printJson({ keep, pruned });
        return;
      }
      if (values.list) return list(dir, global.json);
      const file = backupDatabase(db, dir, 'manual');
      if (global.json) return printJson(listBackups(dir).find((backup) => join(dir, backup.file) === file));
      console.log(file);
      console.error(`Keeping the newest ${backupKeep(db)} backups in ${dir}`);
    } finally {
      db.close();
    }
  },
};

function list(dir: string, json: boolean): void {
  const backups = listBackups(dir);
  if (json) return printJson({ backups, dir });
  for (const backup of backups) {
    console.log(`${backup.file}  ${(backup.bytes / 2 ** 20).toFixed(1).padStart(7)} MB  ${backup.createdAt}  ${backup.label}`);
  }
  console.error(`${backups.length} backups in ${dir}`);
}
