import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnavailableError } from '../../../src-main/shared/errors.ts';
import { BACKUP_DIR, DATABASE_FILE, openDatabase } from '../../../src-main/store/database.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';
import type { Migration } from '../../../src-main/store/migration.ts';
import { migrations } from '../../../src-main/store/migrations/index.ts';
import { makeReadOnly } from '../../helpers/read-only-file.ts';
import { makeTempDir } from './temp-kb.ts';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('concierge-db-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const latest = migrations.at(-1)!.version;
const backups = () => (existsSync(join(dir, BACKUP_DIR)) ? readdirSync(join(dir, BACKUP_DIR)) : []);
/** Opens the file without Concierge's migrations, as an older or newer app would have left it. */
const rawOpen = () => new BetterSqlite3(join(dir, DATABASE_FILE));
const version = (db: BetterSqlite3.Database) => db.pragma('user_version', { simple: true });

describe('openDatabase()', () => {
  it('creates concierge.db in WAL mode with foreign keys on and a busy timeout', () => {
    const db = openDatabase(dir);
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(version(db)).toBe(latest);
    db.close();
  });

  it('creates the folder when it does not exist yet', () => {
    const nested = join(dir, 'a', 'b');
    openDatabase(nested).close();
    expect(existsSync(join(nested, DATABASE_FILE))).toBe(true);
  });

  it('takes no backup of a brand-new database', () => {
    openDatabase(dir).close();
    expect(backups()).toEqual([]);
  });

  it('does nothing to a database that is already current', () => {
    openDatabase(dir).close();
    let migrated = false;
    openDatabase(dir, { onMigrated: () => (migrated = true) }).close();
    expect(migrated).toBe(false);
    expect(backups()).toEqual([]);
  });

  it('backs up a knowledge base at schema 10, then migrates it to the newest schema keeping its rows', () => {
    const old = openDatabase(dir, { migrations: migrations.slice(0, 1) });
    new FaqRepository(old).create({ question: '如何申请退货？', answer: '在订单页申请。', ref: 'returns' });
    old.close();

    const db = openDatabase(dir);
    expect(version(db)).toBe(latest);
    expect(new FaqRepository(db).searchFaq('退货')[0].entry.ref).toBe('returns');
    db.close();

    expect(backups()).toHaveLength(1);
    expect(backups()[0]).toMatch(/^concierge-\d{8}T\d{6}Z-v10\.db$/);
    const backup = new BetterSqlite3(join(dir, BACKUP_DIR, backups()[0]), { readonly: true });
    expect(version(backup)).toBe(10);
    expect(backup.prepare('SELECT ref FROM faq_entries').pluck().all()).toEqual(['returns']);
    backup.close();
  });

  it('backs up a non-empty database at schema 0 before creating the schema', () => {
    const raw = rawOpen();
    raw.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (\'keep me\')');
    raw.close();
    openDatabase(dir).close();
    expect(backups()).toEqual([expect.stringMatching(/-v0\.db$/)]);
  });

  it('refuses a database written by a newer Concierge, telling the user to update, and leaves it untouched', () => {
    const raw = rawOpen();
    raw.pragma(`user_version = ${latest + 1000}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(UnavailableError);
    expect(() => openDatabase(dir)).toThrow(/newer version of Concierge.*Update Concierge/);
    const after = rawOpen();
    expect(version(after)).toBe(latest + 1000);
    expect(after.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(0);
    after.close();
    expect(backups()).toEqual([]);
  });

  it('refuses a file that is not a database', () => {
    writeFileSync(join(dir, DATABASE_FILE), 'this is not SQLite, just some text that is long enough'.repeat(20));
    expect(() => openDatabase(dir)).toThrow(/is not a Concierge database/);
  });

  it('applies every pending step in one transaction: a failing step leaves the schema as it was', () => {
    const steps: Migration[] = [
      { version: 10, name: 'one', up: (db) => db.exec('CREATE TABLE one (x)') },
      { version: 20, name: 'two', up: (db) => db.exec('CREATE TABLE two (x)') },
    ];
    openDatabase(dir, { migrations: steps.slice(0, 1) }).close();
    const failing: Migration = {
      version: 30,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE three (x)');
        throw new Error('step failed');
      },
    };
    expect(() => openDatabase(dir, { migrations: [...steps, failing] })).toThrow('step failed');
    const raw = rawOpen();
    expect(version(raw)).toBe(10);
    expect(raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['one']);
    raw.close();
  });

  it('opens a database file that may not be written read-only when asked, and refuses it otherwise or when newer', () => {
    const db = openDatabase(dir);
    new FaqRepository(db).create({ question: 'Kept?', answer: 'Yes.', category: '', tags: [], enabled: true, paraphrases: [] });
    db.close();
    const file = join(dir, DATABASE_FILE);
    const readOnly = makeReadOnly(file, 'database');
    if (!readOnly) return;
    try {
      expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'data.file-not-writable', params: { file } }));
      const reading = openDatabase(dir, { readOnlyIfUnwritable: true });
      expect(reading.readonly).toBe(true);
      expect(new FaqRepository(reading).list({}).entries.map((entry) => entry.question)).toEqual(['Kept?']);
      reading.close();
      // One schema short of this version's: refused as unwritable (a migration writes), and still newer is newer.
      expect(() => openDatabase(dir, { readOnlyIfUnwritable: true, migrations: [...migrations, { version: latest + 10, name: 'next', up: () => {} }] })).toThrow(
        expect.objectContaining({ code: 'data.file-not-writable', params: { file } }),
      );
      expect(() => openDatabase(dir, { readOnlyIfUnwritable: true, migrations: migrations.slice(0, -1) })).toThrow(/newer version of Concierge/);
    } finally {
      readOnly.release();
    }
  });

  it('refuses a registry whose versions are out of order or not in steps of 10', () => {
    const step = (version: number): Migration => ({ version, name: `v${version}`, up: () => {} });
    expect(() => openDatabase(dir, { migrations: [step(20), step(10)] })).toThrow(/must come after/);
    expect(() => openDatabase(dir, { migrations: [step(10), step(10)] })).toThrow(/must come after/);
    expect(() => openDatabase(dir, { migrations: [step(15)] })).toThrow(/multiples of 10/);
  });

  it('keeps the real registry in strictly increasing steps of 10', () => {
    const versions = migrations.map((migration) => migration.version);
    expect(versions.every((v, i) => v % 10 === 0 && (i === 0 || v > versions[i - 1]))).toBe(true);
  });
});
