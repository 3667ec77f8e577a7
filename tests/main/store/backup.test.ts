import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentOwner } from '../../../src-main/node/process-owner.ts';
import { ConciergeError, ConflictError, InvalidInputError } from '../../../src-main/shared/errors.ts';
import {
  BACKUP_KEEP_FILE,
  BACKUP_KEEP_SETTING,
  backupDatabase,
  backupKeep,
  listBackups,
  pruneBackups,
  rememberedBackupKeep,
  setBackupKeep,
  storedBackupKeep,
} from '../../../src-main/store/backup.ts';
import { BACKUP_DIR, DATABASE_FILE, openDatabase } from '../../../src-main/store/database.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';
import { MarkedExampleRepository } from '../../../src-main/store/marked-example-repository.ts';
import { migrations } from '../../../src-main/store/migrations/index.ts';
import { backupProblem, checkBackup, replaceBrokenDatabase, restoreDatabase } from '../../../src-main/store/restore.ts';
import { SettingsRepository } from '../../../src-main/store/settings-repository.ts';
import { TrainingRunRepository } from '../../../src-main/store/training-run-repository.ts';
import { mountSmallDisk } from '../../helpers/small-disk.ts';
import { makeTempDir, openTempKb, type TempKb } from './temp-kb.ts';

let kb: TempKb;
let backupDir: string;
beforeEach(() => {
  kb = openTempKb();
  backupDir = join(kb.dir, BACKUP_DIR);
});
afterEach(() => kb.dispose());

const entry = (question: string) => ({ question, answer: `Answer to ${question}`, category: '', tags: [], enabled: true, paraphrases: [] });
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 10, 0, seconds));
const questions = (repo: FaqRepository) => repo.list({}).entries.map((item) => item.question);
const openReadOnly = (file: string) => new BetterSqlite3(file, { readonly: true, fileMustExist: true });

describe('backupDatabase()', () => {
  it('writes a consistent copy under a dated name and leaves no temp file behind', () => {
    kb.repo.create(entry('Where is my parcel?'));
    const file = backupDatabase(kb.db, backupDir, 'manual', at(7));
    expect(file).toBe(join(backupDir, 'concierge-20261129T100007Z-manual.db'));
    expect(readdirSync(backupDir)).toEqual(['concierge-20261129T100007Z-manual.db']);
    const copy = openReadOnly(file);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT question FROM faq_entries').pluck().all()).toEqual(['Where is my parcel?']);
    copy.close();
  });

  it('keeps the newest N backups, N from the backupKeep setting, and clears temp files of dead writers', () => {
    new SettingsRepository(kb.db).set({ [BACKUP_KEEP_SETTING]: 3 });
    mkdirSync(backupDir, { recursive: true });
    // A VACUUM INTO a killed process never finished (pid 2^22+1 does not exist on Linux).
    writeFileSync(join(backupDir, 'concierge-20261129T095959Z-import.db.tmp-4194305-abcd1234'), 'half a backup');
    for (let second = 0; second < 5; second++) backupDatabase(kb.db, backupDir, 'manual', at(second));
    expect(readdirSync(backupDir).sort()).toEqual([
      BACKUP_KEEP_FILE, // the setting's copy, for a restore over a database that no longer opens
      'concierge-20261129T100002Z-manual.db',
      'concierge-20261129T100003Z-manual.db',
      'concierge-20261129T100004Z-manual.db',
    ]);
  });

  it('numbers two backups taken in the same second and lists the later first', () => {
    backupDatabase(kb.db, backupDir, 'import', at(1));
    backupDatabase(kb.db, backupDir, 'import', at(1));
    backupDatabase(kb.db, backupDir, 'manual', at(0));
    expect(listBackups(backupDir).map((b) => [b.file, b.label, b.createdAt])).toEqual([
      ['concierge-20261129T100001Z-import-2.db', 'import', '2026-11-29T10:00:01Z'],
      ['concierge-20261129T100001Z-import.db', 'import', '2026-11-29T10:00:01Z'],
      ['concierge-20261129T100000Z-manual.db', 'manual', '2026-11-29T10:00:00Z'],
    ]);
    expect(listBackups(backupDir)[0].bytes).toBe(statSync(join(backupDir, 'concierge-20261129T100001Z-import-2.db')).size);
  });

  it('lists the later of two backups in the same second first whatever their labels, and prunes the earlier', () => {
    for (const labels of [['manual', 'import', 'pre-restore'], ['pre-restore', 'manual', 'import'], ['import', 'pre-restore', 'manual']]) {
      rmSync(backupDir, { recursive: true, force: true });
      for (const label of labels) backupDatabase(kb.db, backupDir, label, at(1));
      expect(listBackups(backupDir).map((b) => b.label)).toEqual([...labels].reverse());
      backupDatabase(kb.db, backupDir, 'manual', at(1), 2);
      expect(listBackups(backupDir).map((b) => b.label)).toEqual(['manual', labels[2]]);
    }
  });

  it('ignores files that are not backups, and prunes only backups', () => {
    mkdirSync(backupDir, { recursive: true });
    writeFileSync(join(backupDir, 'notes.txt'), 'mine');
    backupDatabase(kb.db, backupDir, 'manual', at(0));
    backupDatabase(kb.db, backupDir, 'manual', at(1));
    expect(pruneBackups(backupDir, 1)).toEqual(['concierge-20261129T100000Z-manual.db']);
    expect(readdirSync(backupDir).sort()).toEqual(['concierge-20261129T100001Z-manual.db', 'notes.txt']);
  });
  it('says the disk is full, coded, when the backup fits but its copy of backupKeep does not; the backup stays valid', () => {
    const disk = mountSmallDisk(join(kb.dir, 'disk'), '2m', 'backup');
    if (!disk) return;
    try {
      const dir = join(disk.dir, 'backups');
      mkdirSync(dir);
      kb.repo.create(entry('Where is my parcel?'));
      // VACUUM INTO's journal takes one page and gives it back before the copy is written, as much as a short
      // copy needs; a copy of two pages (the setting stored with trailing spaces, still the JSON number 5) does not fit.
      new SettingsRepository(kb.db).set({ [BACKUP_KEEP_SETTING]: 5 });
      kb.db.prepare("UPDATE settings SET value = value || ? WHERE key = ?").run(' '.repeat(5_000), BACKUP_KEEP_SETTING);
      // Room for exactly the backup and its journal: a file of that size holds the space while the disk fills up.
      const reserve = join(disk.dir, 'reserve');
      writeFileSync(reserve, Buffer.alloc(statSync(backupDatabase(kb.db, join(kb.dir, 'sizing'), 'manual')).size + 4096));
      disk.fill();
      rmSync(reserve);

      const error = (() => {
        try {
          backupDatabase(kb.db, dir, 'manual', at(3));
        } catch (caught) {
          return caught as ConciergeError;
        }
      })();
      expect(error).toMatchObject({ kind: 'unavailable', code: 'disk.full', params: { dir } });
      expect(error?.message).toMatch(
        new RegExp(`^Not enough disk space to update ${BACKUP_KEEP_FILE} \\(how many backups to keep\\) in ${dir} \\(.* MB is free\\); free some space and try again$`),
      );
      expect(readdirSync(dir)).toEqual(['concierge-20261129T100003Z-manual.db']); // no temp file left behind
      const copy = openReadOnly(join(dir, 'concierge-20261129T100003Z-manual.db'));
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT question FROM faq_entries').pluck().all()).toEqual(['Where is my parcel?']);
      copy.close();
      // Space freed: the next backup writes the copy too.
      disk.free();
      backupDatabase(kb.db, dir, 'manual', at(4));
      expect(backupKeep(kb.db)).toBe(5);
      expect(rememberedBackupKeep(dir)?.trim()).toBe('5');
    } finally {
      disk.unmount();
    }
  });

  it('says the disk has no room for new files, coded, when it is out of them with space to spare; no temp file is left', () => {
    const disk = mountSmallDisk(join(kb.dir, 'disk'), '8m', 'backup', 64);
    if (!disk) return;
    try {
      const dir = join(disk.dir, 'backups');
      mkdirSync(dir);
      kb.repo.create(entry('Where is my parcel?'));
      disk.fill();
      const error = (() => {
        try {
          backupDatabase(kb.db, dir, 'manual', at(5));
        } catch (caught) {
          return caught as ConciergeError;
        }
      })();
      expect(error).toMatchObject({ kind: 'unavailable', code: 'disk.inodes-full', params: { dir } });
      expect(error?.message).toMatch(
        new RegExp(`^No room for new files to write a backup in ${dir}: the disk holds as many files as it can \\([1-9][\\d.]* MB is still free\\); delete files you do not need and try again$`),
      );
      expect(readdirSync(dir)).toEqual([]);
      disk.free();
      expect(basename(backupDatabase(kb.db, dir, 'manual', at(6)))).toBe('concierge-20261129T100006Z-manual.db');
    } finally {
      disk.unmount();
    }
  });
});

describe('checkBackup()', () => {
  it('accepts a backup of the current schema', () => {
    const file = backupDatabase(kb.db, backupDir, 'manual');
    expect(checkBackup(file)).toEqual({ file, version: migrations.at(-1)!.version });
  });

  it('refuses a file that is not a database', () => {
    const file = join(kb.dir, 'notes.db');
    writeFileSync(file, 'just some text, long enough to look like a file '.repeat(200));
    expect(() => checkBackup(file)).toThrow(InvalidInputError);
    expect(() => checkBackup(file)).toThrow(/notes\.db is not a readable SQLite database/);
  });

  it('refuses a missing file by its path, in words and with a code, not with Node\'s ENOENT', () => {
    const gone = join(kb.dir, 'gone.db');
    const error = (() => {
      try {
        checkBackup(gone);
      } catch (caught) {
        return caught as ConciergeError;
      }
    })();
    expect(error).toMatchObject({ kind: 'not-found', message: `${gone}: no such file`, code: 'file.not-found', params: { file: gone } });
    expect(error?.message).not.toMatch(/ENOENT/);
    // A file given as a folder on the way (ENOTDIR) is just as missing.
    writeFileSync(join(kb.dir, 'notes.txt'), 'text');
    expect(() => checkBackup(join(kb.dir, 'notes.txt', 'x.db'))).toThrow(/x\.db: no such file$/);
  });

  it('refuses a damaged database (integrity check fails)', () => {
    for (let i = 0; i < 300; i++) kb.repo.create(entry(`Question number ${i} about parcels and returns`));
    const file = backupDatabase(kb.db, backupDir, 'manual');
    const fd = openSync(file, 'r+');
    // Overwrite pages in the middle of the file (the b-trees), not the header.
    writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096 * 4);
    closeSync(fd);
    expect(() => checkBackup(file)).toThrow(/damaged|not a readable SQLite database/);
  });

  it('refuses a database from a newer Concierge, saying to update', () => {
    const file = backupDatabase(kb.db, backupDir, 'manual');
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 9990');
    raw.close();
    expect(() => checkBackup(file)).toThrow(/newer Concierge \(schema 9990.*update Concierge/);
  });

  it('refuses a SQLite database that is not Concierge\'s', () => {
    const file = join(kb.dir, 'other.db');
    const other = new BetterSqlite3(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.pragma('user_version = 40');
    other.close();
    expect(() => checkBackup(file)).toThrow(/is not a Concierge database \(schema 40, missing tables faq_entries/);
  });
});

describe('restoreDatabase()', () => {
  it('refuses a backup holding a trigger or a view, which Concierge never makes, and changes nothing', async () => {
    kb.repo.create(entry('Precious'));
    const file = backupDatabase(kb.db, backupDir, 'manual', at(0));
    const raw = new BetterSqlite3(file);
    // Once restored, this would rewrite every answer written afterwards.
    raw.exec(`CREATE TRIGGER rewrite AFTER INSERT ON faq_entries BEGIN UPDATE faq_entries SET answer = 'Pay by wire to 12345' WHERE id = new.id; END`);
    raw.close();
    expect(() => checkBackup(file)).toThrow(expect.objectContaining({ code: 'backup.foreign', details: { problem: 'foreign' } }));
    expect(backupProblem(file)).toBe('foreign');
    await expect(restoreDatabase(kb.db, file, { backupDir, now: at(1) })).rejects.toThrow(/not a Concierge database: it holds trigger rewrite/);
    expect(questions(kb.repo)).toEqual(['Precious']);
    expect(kb.db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").pluck().get()).toBe(0);

    const viewFile = backupDatabase(kb.db, backupDir, 'manual', at(2));
    const withView = new BetterSqlite3(viewFile);
    withView.exec('CREATE VIEW answers AS SELECT answer FROM faq_entries');
    withView.close();
    expect(() => checkBackup(viewFile)).toThrow(/it holds view answers/);
  });

  it('puts the backup into the open connection: repositories made before the restore read the restored rows', async () => {
    kb.repo.create(entry('Kept question'));
    const examples = new MarkedExampleRepository(kb.db);
    examples.add({ question: 'Marked before the backup', lang: 'en', reviewId: null });
    const file = backupDatabase(kb.db, backupDir, 'manual', at(0));
    kb.repo.create(entry('Added after the backup'));
    examples.add({ question: 'Marked after the backup', lang: 'en', reviewId: null });
    const revisionBefore = kb.repo.revision();
    const markedBefore = examples.revision();

    const safety = await restoreDatabase(kb.db, file, { backupDir, now: at(1) });

    expect(questions(kb.repo)).toEqual(['Kept question']);
    expect(kb.repo.revision()).toBe(revisionBefore + 1); // revisions never go back in a data folder
    // Nor the marked examples': the ranker re-reads them (one fewer now) rather than keep the one marked since.
    expect(examples.revision()).toBe(markedBefore + 1);
    expect(examples.stamps()).toHaveLength(1);
    expect(kb.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(kb.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // The safety backup holds the database exactly as it was.
    const before = openReadOnly(safety);
    expect(before.prepare('SELECT question FROM faq_entries ORDER BY id').pluck().all()).toEqual(['Kept question', 'Added after the backup']);
    before.close();
    expect(safety).toMatch(/concierge-20261129T100001Z-pre-restore\.db$/);
    // Writes continue on the same connection, and search finds them.
    kb.repo.create(entry('Written after the restore'));
    expect(kb.repo.searchFaq('restore').map((hit) => hit.entry.question)).toContain('Written after the restore');
  });

  it('keeps the data folder\'s backupKeep setting, not the one the backup was made with', async () => {
    const settings = new SettingsRepository(kb.db);
    settings.set({ [BACKUP_KEEP_SETTING]: 3 });
    const old = backupDatabase(kb.db, backupDir, 'manual', at(0));
    settings.set({ [BACKUP_KEEP_SETTING]: 20 });
    await restoreDatabase(kb.db, old, { backupDir, now: at(1) });
    expect(backupKeep(kb.db)).toBe(20);

    // Unset now (the default), set in the backup: still unset after the restore.
    kb.db.prepare('DELETE FROM settings WHERE key = ?').run(BACKUP_KEEP_SETTING);
    await restoreDatabase(kb.db, old, { backupDir, now: at(2) });
    expect(kb.db.prepare('SELECT value FROM settings WHERE key = ?').get(BACKUP_KEEP_SETTING)).toBeUndefined();
  });

  it('is seen by another connection to the same file (another process, e.g. the CLI while the app runs)', async () => {
    const other = openDatabase(kb.dir);
    try {
      const otherRepo = new FaqRepository(other);
      kb.repo.create(entry('Old one'));
      const file = backupDatabase(kb.db, backupDir, 'manual');
      kb.repo.create(entry('New one'));
      expect(questions(otherRepo)).toEqual(['Old one', 'New one']);
      await restoreDatabase(other, file, { backupDir });
      expect(questions(kb.repo)).toEqual(['Old one']);
      expect(questions(otherRepo)).toEqual(['Old one']);
    } finally {
      other.close();
    }
  });

  it('migrates a backup made by an older schema before it replaces anything', async () => {
    const oldDir = makeTempDir('concierge-old-');
    try {
      const old = openDatabase(oldDir, { migrations: migrations.slice(0, 2) });
      new FaqRepository(old).create(entry('From schema 20'));
      const file = backupDatabase(old, join(oldDir, BACKUP_DIR), 'manual');
      old.close();
      expect(checkBackup(file).version).toBe(20);

      await restoreDatabase(kb.db, file, { backupDir });
      expect(kb.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      expect(questions(kb.repo)).toEqual(['From schema 20']);
      // Tables of later migrations exist and work.
      expect(kb.db.prepare('SELECT count(*) FROM conversations').pluck().get()).toBe(0);
    } finally {
      rmSync(oldDir, { recursive: true, force: true });
    }
  });

  it('changes nothing when the backup fails its checks: no safety backup, same rows', async () => {
    kb.repo.create(entry('Precious'));
    const file = join(kb.dir, 'broken.db');
    writeFileSync(file, 'SQLite format 3\0 but then nothing sensible'.repeat(100));
    await expect(restoreDatabase(kb.db, file, { backupDir })).rejects.toThrow(InvalidInputError);
    expect(questions(kb.repo)).toEqual(['Precious']);
    expect(listBackups(backupDir)).toEqual([]);
    expect(existsSync(backupDir) ? readdirSync(backupDir) : []).toEqual([]); // no staging leftovers
  });

  it('is refused while a training run is active', async () => {
    const file = backupDatabase(kb.db, backupDir, 'manual');
    new TrainingRunRepository(kb.db).create({ id: 'run-1', baseModelId: null, kbRevision: 0, options: {} as never, epochs: 1, totalSteps: 10, owner: currentOwner() });
    await expect(restoreDatabase(kb.db, file, { backupDir })).rejects.toThrow(ConflictError);
    await expect(restoreDatabase(kb.db, file, { backupDir })).rejects.toThrow(/Training run run-1 is active; cancel it/);
    expect(listBackups(backupDir)).toHaveLength(1);
  });

  it('is not blocked by a run whose process died, which becomes resumable', async () => {
    const file = backupDatabase(kb.db, backupDir, 'manual');
    const runs = new TrainingRunRepository(kb.db);
    runs.create({ id: 'run-dead', baseModelId: null, kbRevision: 0, options: {} as never, epochs: 1, totalSteps: 10, owner: { pid: 4_194_305, started: null } });
    await restoreDatabase(kb.db, file, { backupDir });
    expect(runs.list()).toEqual([]); // the backup had no runs
    const safety = openReadOnly(join(backupDir, listBackups(backupDir).find((b) => b.label === 'pre-restore')!.file));
    expect(safety.prepare('SELECT status FROM training_runs').pluck().all()).toEqual(['interrupted']);
    safety.close();
  });

  it('brings back a run the backup caught mid-way as interrupted, not running: no process trains it', async () => {
    const runs = new TrainingRunRepository(kb.db);
    // This process owns the run, as the app does a run it trains while a backup is taken.
    runs.create({ id: 'run-caught', baseModelId: null, kbRevision: 0, options: {} as never, epochs: 1, totalSteps: 10, owner: currentOwner() });
    const file = backupDatabase(kb.db, backupDir, 'manual');
    runs.update('run-caught', { status: 'completed', owner: null });

    await restoreDatabase(kb.db, file, { backupDir });

    expect(runs.active()).toBeNull();
    expect(runs.get('run-caught')).toMatchObject({ status: 'interrupted' });
    // Nothing blocks the next restore (or run) either.
    await expect(restoreDatabase(kb.db, file, { backupDir })).resolves.toContain('pre-restore');
  });

  it('restores from a file outside the backups folder and keeps the live file name', async () => {
    const elsewhere = makeTempDir('concierge-elsewhere-');
    try {
      const other = openDatabase(elsewhere);
      new FaqRepository(other).create(entry('From another machine'));
      other.close(); // a closed WAL database: everything is in the main file
      await restoreDatabase(kb.db, join(elsewhere, DATABASE_FILE), { backupDir });
      expect(questions(kb.repo)).toEqual(['From another machine']);
      expect(kb.db.name).toBe(join(kb.dir, DATABASE_FILE));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('replaces a database that no longer opens, moving the broken file aside untouched', async () => {
    kb.repo.create(entry('From the backup'));
    const file = backupDatabase(kb.db, backupDir, 'manual');
    const dbFile = kb.db.name;
    kb.db.close();
    writeFileSync(dbFile, 'garbage where the database was '.repeat(100));
    expect(backupProblem(dbFile)).toBe('unreadable');

    const aside = await replaceBrokenDatabase(dbFile, file, { backupDir, now: at(9) });

    expect(aside).toBe(`${dbFile}.broken-20261129T100009Z`);
    expect(readFileSync(aside, 'utf8')).toMatch(/^garbage where the database was/);
    expect(backupProblem(dbFile)).toBeNull();
    const reopened = openDatabase(kb.dir);
    expect(new FaqRepository(reopened).list({}).entries.map((e) => e.question)).toEqual(['From the backup']);
    reopened.close();
    expect(readdirSync(backupDir)).toEqual([basename(file)]); // no staging leftovers
  });

  it('keeps the data folder\'s backupKeep setting over a database that no longer opens, from its copy beside the backups', async () => {
    setBackupKeep(kb.db, backupDir, 3);
    const old = backupDatabase(kb.db, backupDir, 'manual', at(0));
    setBackupKeep(kb.db, backupDir, 20);
    const dbFile = kb.db.name;
    kb.db.close();
    writeFileSync(dbFile, 'garbage where the database was '.repeat(100));

    await replaceBrokenDatabase(dbFile, old, { backupDir, now: at(1) });
    let reopened = openDatabase(kb.dir);
    expect(backupKeep(reopened)).toBe(20); // not the backup's 3, which would prune the backups kept since

    // Unset now (the default), set in the backup: still unset after the restore.
    reopened.prepare('DELETE FROM settings WHERE key = ?').run(BACKUP_KEEP_SETTING);
    backupDatabase(reopened, backupDir, 'manual', at(2)); // a backup records the setting as it is
    reopened.close();
    writeFileSync(dbFile, 'garbage again '.repeat(100));
    await replaceBrokenDatabase(dbFile, old, { backupDir, now: at(3) });
    reopened = openDatabase(kb.dir);
    expect(storedBackupKeep(reopened)).toBeNull();
    reopened.close();
  });

  it('leaves the backup\'s backupKeep as it is over a broken database when no copy was kept (a folder from before the copy)', async () => {
    setBackupKeep(kb.db, backupDir, 3);
    const old = backupDatabase(kb.db, backupDir, 'manual', at(0));
    rmSync(join(backupDir, BACKUP_KEEP_FILE));
    const dbFile = kb.db.name;
    kb.db.close();
    writeFileSync(dbFile, 'garbage where the database was '.repeat(100));
    await replaceBrokenDatabase(dbFile, old, { backupDir, now: at(1) });
    const reopened = openDatabase(kb.dir);
    expect(backupKeep(reopened)).toBe(3);
    reopened.close();
  });
});

describe('setBackupKeep()', () => {
  it('stores the setting, keeps its copy beside the backups, and prunes to it', () => {
    for (let second = 0; second < 4; second++) backupDatabase(kb.db, backupDir, 'manual', at(second));
    expect(setBackupKeep(kb.db, backupDir, 2)).toHaveLength(2);
    expect(backupKeep(kb.db)).toBe(2);
    expect(rememberedBackupKeep(backupDir)).toBe('2');
    expect(listBackups(backupDir)).toHaveLength(2);
  });

  it('says the disk is full, coded, when the backups folder has no room for the copy', () => {
    const disk = mountSmallDisk(join(kb.dir, 'disk'), '1m', 'backup');
    if (!disk) return;
    try {
      disk.fill();
      expect(() => setBackupKeep(kb.db, disk.dir, 4)).toThrow(
        expect.objectContaining({ kind: 'unavailable', code: 'disk.full', params: { dir: disk.dir } }),
      );
      expect(readdirSync(disk.dir).filter((name) => !name.startsWith('filler-'))).toEqual([]);
      disk.free();
      setBackupKeep(kb.db, disk.dir, 4);
      expect(rememberedBackupKeep(disk.dir)).toBe('4');
    } finally {
      disk.unmount();
    }
  });
});

describe('backupProblem()', () => {
  it('tells a damaged or unreadable file from a newer or foreign one', () => {
    const file = backupDatabase(kb.db, backupDir, 'manual');
    expect(backupProblem(file)).toBeNull();
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 9990');
    raw.close();
    expect(backupProblem(file)).toBe('newer');
    expect(backupProblem(join(kb.dir, 'nothing-here.db'))).toBe('unreadable');
  });
});
