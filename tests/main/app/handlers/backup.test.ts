import { readdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import type { ApiEvents, EventName } from '../../../../src-main/shared/api/index.ts';
import { BACKUP_DIR } from '../../../../src-main/store/database.ts';
import { makeTempDir } from '../../store/temp-kb.ts';

let dataDir: string;
let app: App;
let seen: { event: EventName; payload: unknown }[];
beforeEach(async () => {
  dataDir = makeTempDir('concierge-backup-api-');
  app = await createApp({ dataDir, seedSample: false });
  seen = [];
  for (const event of ['backup:restored', 'faq:changed', 'model:changed'] as const) {
    app.events.on(event, (payload: ApiEvents[typeof event]) => void seen.push({ event, payload }));
  }
});
afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const backupDir = () => join(dataDir, BACKUP_DIR);
const jsonl = (questions: string[]) => questions.map((question) => JSON.stringify({ question, answer: `A: ${question}` })).join('\n');
const questions = async () => (await app.client.invoke('faq:list', {})).entries.map((entry) => entry.question).sort();

describe('backup handlers', () => {
  it('backup:create writes a manual backup that backup:list shows, newest first, with the folder', async () => {
    await app.client.invoke('faq:import', { fileName: 'a.jsonl', content: jsonl(['Where is my parcel?']) });
    const first = await app.client.invoke('backup:create', undefined);
    const second = await app.client.invoke('backup:create', {});
    expect(first).toMatchObject({ label: 'manual', file: expect.stringMatching(/^concierge-\d{8}T\d{6}Z-manual(-\d+)?\.db$/) });
    expect(first.bytes).toBeGreaterThan(0);
    expect(Date.parse(first.createdAt)).not.toBeNaN();
    const list = await app.client.invoke('backup:list', {});
    expect(list.dir).toBe(backupDir());
    expect(list.backups.map((b) => b.file)).toEqual([second.file, first.file]);
  });

  it('backup:restore brings back the knowledge base in the running app and tells every view to reload', async () => {
    await app.client.invoke('faq:import', { fileName: 'a.jsonl', content: jsonl(['Kept']) });
    const { file } = await app.client.invoke('backup:create', {});
    await app.client.invoke('faq:import', { fileName: 'b.jsonl', content: jsonl(['Added later']) });
    expect(await questions()).toEqual(['Added later', 'Kept']);
    seen = [];

    const result = await app.client.invoke('backup:restore', { file });

    expect(result.restoredFrom).toBe(file);
    expect(result.safetyBackup).toMatch(/-pre-restore(-\d+)?\.db$/);
    expect(await questions()).toEqual(['Kept']);
    expect(seen.map((e) => e.event)).toEqual(['backup:restored', 'faq:changed', 'model:changed']);
    expect(seen[0].payload).toEqual(result);
    // The app keeps working on the restored database: search and writes.
    await app.client.invoke('faq:create', { question: 'After restore', answer: 'Yes', category: '', tags: [], enabled: true, paraphrases: [] });
    expect((await app.client.invoke('faq:search', { query: 'restore' })).map((hit) => hit.entry.question)).toContain('After restore');
    // And the safety backup can undo the restore.
    await app.client.invoke('backup:restore', { file: result.safetyBackup });
    expect(await questions()).toEqual(['Added later', 'Kept']);
  });

  it('backup:restore keeps the model versions made after the backup (their folders are registered again)', async () => {
    await app.client.invoke('faq:import', { fileName: 'a.jsonl', content: jsonl(['Kept']) });
    const { file } = await app.client.invoke('backup:create', {});
    const model = await app.client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64, name: 'after backup' });
    const minuteAgo = new Date(Date.now() - 120_000); // older than an install another process may be finishing
    utimesSync(join(dataDir, 'models', model.id), minuteAgo, minuteAgo);

    await app.client.invoke('backup:restore', { file });

    const listed = await app.client.invoke('model:list', {});
    expect(listed).toEqual([expect.objectContaining({ id: model.id, source: 'import', missing: false, config: model.config })]);
    expect(seen.filter((e) => e.event === 'model:changed').at(-1)?.payload).toEqual({ activeId: model.id });
  });

  it('backup:restore takes only a file name in the backups folder', async () => {
    await app.client.invoke('backup:create', {});
    for (const file of ['../concierge.db', '/etc/passwd.db', 'sub/dir.db', '..\\x.db', '.hidden.db', 'x.txt']) {
      await expect(app.client.invoke('backup:restore', { file }), file).rejects.toMatchObject({ kind: 'invalid-input' });
    }
    await expect(app.client.invoke('backup:restore', { file: 'concierge-20200101T000000Z-manual.db' })).rejects.toThrow(
      /There is no backup "concierge-20200101T000000Z-manual\.db"/,
    );
  });

  it('takes a backup before a bulk import and a bulk delete, not before a dry run, a refused import or a single delete', async () => {
    const labels = () => readdirSync(backupDir()).map((name) => /-(\w+)(?:-\d+)?\.db$/.exec(name)?.[1]).sort();
    // The first import into an empty KB has nothing to lose.
    await app.client.invoke('faq:import', { fileName: 'a.jsonl', content: jsonl(['One', 'Two', 'Three']) });
    expect(readdirSync(dataDir)).not.toContain(BACKUP_DIR);
    await app.client.invoke('faq:import', { fileName: 'b.jsonl', content: jsonl(['Four']), dryRun: true });
    // A refused file writes nothing, so it takes no backup that could push an older one out of those kept.
    await expect(app.client.invoke('faq:import', { fileName: 'b.jsonl', content: jsonl(['Four', 'One']) })).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(readdirSync(dataDir)).not.toContain(BACKUP_DIR);
    await app.client.invoke('faq:import', { fileName: 'b.jsonl', content: jsonl(['Four']) });
    expect(labels()).toEqual(['import']);
    const ids = (await app.client.invoke('faq:list', {})).entries.map((entry) => entry.id);
    await app.client.invoke('faq:delete', { ids: [ids[0]] });
    expect(labels()).toEqual(['import']);
    await app.client.invoke('faq:delete', { ids: ids.slice(1) });
    expect(labels()).toEqual(['delete', 'import']);
  });
});
