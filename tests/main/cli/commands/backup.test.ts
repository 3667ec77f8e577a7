import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConcierge } from '../../../helpers/run-cli.ts';

let work: string;
const data = () => join(work, 'data');

function concierge(...args: string[]) {
  return runConcierge(['--data', data(), ...args]);
}
// Read straight from the file: the CLI under test is what wrote it.
const questions = async () => {
  const db = new BetterSqlite3(join(data(), 'concierge.db'), { readonly: true });
  try {
    return db.prepare('SELECT question FROM faq_entries WHERE deleted_at IS NULL ORDER BY question').pluck().all();
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'concierge-backup-cli-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('concierge backup / restore', () => {
  it('backs up, lists, restores a backup by path, and keeps the newest N', { timeout: 120_000 }, async () => {
    await writeFile(join(work, 'a.jsonl'), '{"question":"Kept","answer":"yes"}\n');
    await writeFile(join(work, 'b.jsonl'), '{"question":"Added later","answer":"yes"}\n');
    expect((await concierge('faq', 'import', join(work, 'a.jsonl'))).code).toBe(0);
    const made = await concierge('backup');
    expect(made.code).toBe(0);
    const file = made.stdout.trim();
    expect(file).toMatch(/backups\/concierge-\d{8}T\d{6}Z-manual(-\d+)?\.db$/);
    expect((await concierge('faq', 'import', join(work, 'b.jsonl'))).code).toBe(0); // also backs up ("import")
    expect(await questions()).toEqual(['Added later', 'Kept']);

    const restored = await concierge('restore', file);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/The database as it was before is in .*-pre-restore(-\d+)?\.db/);
    expect(await questions()).toEqual(['Kept']);

    const listed = JSON.parse((await concierge('backup', '--list', '--json')).stdout) as { backups: { label: string }[] };
    expect(listed.backups.map((b) => b.label)).toEqual(['pre-restore', 'import', 'manual']);
    expect((await concierge('backup', '--keep', '1')).code).toBe(0);
    const kept = JSON.parse((await concierge('backup', '--list', '--json')).stdout) as { backups: { label: string }[] };
    expect(kept.backups.map((b) => b.label)).toEqual(['pre-restore']);
  });

  it('restores a backup by the bare name "backup --list" prints, from any folder', { timeout: 120_000 }, async () => {
    expect((await concierge('backup', '--keep', '10')).code).toBe(0); // the import's backup does not prune it
    expect((await concierge('backup')).code).toBe(0);
    await writeFile(join(work, 'c.jsonl'), '{"question":"Added after the named backup","answer":"yes"}\n');
    expect((await concierge('faq', 'import', join(work, 'c.jsonl'))).code).toBe(0);
    const listed = await concierge('backup', '--list');
    const name = listed.stdout.split('\n').find((line) => line.includes('-manual'))!.split(/\s+/)[0];
    expect(name).toMatch(/^concierge-\d{8}T\d{6}Z-manual(-\d+)?\.db$/);

    const restored = await runConcierge(['--data', data(), 'restore', name], { cwd: work });
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain(`Restored ${join(data(), 'backups', name)}`);
    expect(await questions()).not.toContain('Added after the named backup');
  });

  it('refuses to restore a file that is not a Concierge database, changing nothing', { timeout: 60_000 }, async () => {
    const bogus = join(work, 'bogus.db');
    await writeFile(bogus, 'not a database at all '.repeat(100));
    const before = await questions();
    const result = await concierge('restore', bogus);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bogus\.db is not a readable SQLite database.*choose another backup/);
    expect(await questions()).toEqual(before);
  });

  it('names a backup file that does not exist, with a code, and creates no data folder', { timeout: 60_000 }, async () => {
    const missing = join(work, 'no-such-backup.db');
    const fresh = join(work, 'fresh-data');
    const run = (...args: string[]) => runConcierge(['--data', fresh, ...args]);
    const text = await run('restore', missing);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(`concierge: ${missing}: no such file\n`);
    const json = await run('restore', missing, '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      error: { name: 'NotFoundError', kind: 'not-found', message: `${missing}: no such file`, code: 'file.not-found', params: { file: missing } },
    });
    expect(existsSync(fresh)).toBe(false);
  });

  it('restores over a database that no longer opens, keeping the broken file aside and the folder\'s --keep', { timeout: 60_000 }, async () => {
    expect((await concierge('backup', '--keep', '4')).code).toBe(0);
    const made = await concierge('backup');
    const file = made.stdout.trim();
    expect((await concierge('backup', '--keep', '2')).code).toBe(0); // set after the backup, which says 4
    const before = await questions();
    await writeFile(join(data(), 'concierge.db'), 'the disk ate it '.repeat(500));
    await rm(join(data(), 'concierge.db-wal'), { force: true });
    await rm(join(data(), 'concierge.db-shm'), { force: true });
    const result = await concierge('restore', file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/could not be read \(unreadable\); it was moved to .*concierge\.db\.broken-\d{8}T\d{6}Z/);
    expect(await questions()).toEqual(before);
    expect((await concierge('backup')).stderr).toMatch(/^Keeping the newest 2 backups in /);
  });
});
