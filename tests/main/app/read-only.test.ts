// A database file that may not be written, through the API a person uses: what only reads works, every write is
// refused before it starts with the coded error that names the file, a schema that needs migrating is refused, and
// once the file may be written app:reopen opens it for writing without a restart.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { currentOwner } from '../../../src-main/node/process-owner.ts';
import { BACKUP_DIR, DATABASE_FILE, openDatabase } from '../../../src-main/store/database.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';
import { migrations } from '../../../src-main/store/migrations/index.ts';
import { TrainingRunRepository } from '../../../src-main/store/training-run-repository.ts';
import { makeReadOnly, type ReadOnlyFile } from '../../helpers/read-only-file.ts';
import { makeTempDir } from '../store/temp-kb.ts';

let dataDir: string;
let file: string;
let app: App | undefined;
let readOnly: ReadOnlyFile | null = null;
beforeEach(() => {
  dataDir = makeTempDir('concierge-read-only-');
  file = join(dataDir, DATABASE_FILE);
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  readOnly?.release();
  readOnly = null;
  await rm(dataDir, { recursive: true, force: true });
});

const sample = () => readFile(new URL('../../../resources/sample-faq.json', import.meta.url), 'utf8');
const refusal = (path: string) => ({
  kind: 'invalid-input',
  code: 'data.file-not-writable',
  params: { file: path },
  message: `The database file ${path} cannot be written: it is on a read-only disk; make it writable (chmod u+w) or choose another data folder`,
});

describe('an app on a database file that may not be written', () => {
  it('lists, searches, exports, evaluates and backs up, and refuses every write, naming the file', async () => {
    app = await createApp({ dataDir, seedSample: false });
    await app.client.invoke('faq:import', { fileName: 'sample-faq.json', content: await sample() });
    const { conversation } = await app.client.invoke('chat:send', { text: 'Write me a poem about the sea' });
    await app.close();
    app = undefined;
    readOnly = makeReadOnly(file, 'read-only');
    if (!readOnly) return;

    app = await createApp({ dataDir, seedSample: true }); // an empty or not, nothing is seeded into it
    const { client } = app;
    expect(await client.invoke('app:info', {})).toMatchObject({ readOnlyDatabase: file });
    const { total } = await client.invoke('faq:list', {});
    expect(total).toBeGreaterThan(20);
    expect((await client.invoke('faq:search', { query: 'refund' })).length).toBeGreaterThan(0);
    expect((await client.invoke('faq:export', { format: 'csv' })).content).toContain('question');
    expect(await client.invoke('chat:messages', { conversationId: conversation.id })).toHaveLength(2);
    expect((await client.invoke('review:list', { status: 'open' })).items).toHaveLength(1);
    const { cases } = JSON.parse(await readFile(new URL('../../fixtures/eval-small.json', import.meta.url), 'utf8'));
    expect((await client.invoke('eval:run', { cases })).n).toBe(cases.length);
    expect(await client.invoke('faq:import', { fileName: 'more.json', content: '[{"question": "New?", "answer": "Yes."}]', dryRun: true })).toMatchObject({
      total: 1,
      dryRun: true,
    });
    const backup = await client.invoke('backup:create', {});
    expect(existsSync(join(dataDir, BACKUP_DIR, backup.file))).toBe(true);
    expect((await client.invoke('backup:list', {})).backups).toHaveLength(1);
    expect(await client.invoke('model:list', {})).toEqual([]);
    expect(await client.invoke('training:runs', {})).toEqual([]);
    expect((await client.invoke('settings:get', {})).faqThreshold).toBeGreaterThan(0);
    await client.invoke('app:threads', {});
    await client.invoke('app:precision', {});

    for (const write of [
      client.invoke('faq:create', { question: 'New?', answer: 'Yes.' }),
      client.invoke('faq:import', { fileName: 'more.json', content: '[{"question": "New?", "answer": "Yes."}]' }),
      client.invoke('chat:send', { text: 'How do I stop the newsletter?' }),
      client.invoke('settings:set', { faqThreshold: 0.9 }),
      client.invoke('model:init', { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64, name: 'tiny' }),
    ]) {
      await expect(write).rejects.toMatchObject(refusal(file));
    }
    expect((await client.invoke('faq:list', {})).total).toBe(total);
    expect(await client.invoke('chat:conversations', {})).toMatchObject({ total: 1 });

    // Reopening for writing is refused, naming the file, while it may not be written: nothing changed to announce.
    const appChanges: unknown[] = [];
    client.on('app:changed', (info) => appChanges.push(info));
    await expect(client.invoke('app:reopen', {})).rejects.toMatchObject(refusal(file));
    expect(appChanges).toEqual([]);
    expect(await client.invoke('app:info', {})).toMatchObject({ readOnlyDatabase: file });

    // Writable again while the app runs: its connection stays read-only, and says how to write, until app:reopen.
    readOnly.release();
    readOnly = null;
    await expect(client.invoke('faq:create', { question: 'New?', answer: 'Yes.' })).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'data.reopen-to-write',
      params: { file },
      message: `The database file ${file} was opened read-only; reopen it for writing (app:reopen, Retry in the app) or restart Concierge`,
    });
    const changes: unknown[] = [];
    client.on('faq:changed', (change) => changes.push(change));
    expect(await client.invoke('app:reopen', {})).toMatchObject({ readOnlyDatabase: null });
    // The same client, no restart: the write goes through, and its event is heard.
    await client.invoke('faq:create', { question: 'New?', answer: 'Yes.' });
    expect((await client.invoke('faq:list', {})).total).toBe(total + 1);
    expect(changes).toHaveLength(1);
    // Every window hears it, not only the one that asked (app:changed carries app:info's answer).
    expect(appChanges).toEqual([await client.invoke('app:info', {})]);
    expect(appChanges).toMatchObject([{ readOnlyDatabase: null, dataDir }]);
    expect(await client.invoke('app:reopen', {})).toMatchObject({ readOnlyDatabase: null }); // nothing left to reopen
    expect(appChanges, 'nothing left to reopen: nothing announced').toHaveLength(1);
    await app.close();
    app = await createApp({ dataDir, seedSample: false });
    expect((await app.client.invoke('faq:list', {})).total).toBe(total + 1);
  });

  it('reports a training run left running by a process that died as interrupted, and marks it so once writable again', async () => {
    const db = openDatabase(dataDir);
    const owner = { pid: 999_999, started: null };
    new TrainingRunRepository(db).create({ id: 'crashed', baseModelId: null, kbRevision: 0, options: {}, epochs: 1, totalSteps: 10, owner });
    db.close();
    readOnly = makeReadOnly(file, 'read-only');
    if (!readOnly) return;
    app = await createApp({ dataDir, seedSample: false });
    // Derived as it is read: no screen shows it running forever, and nothing was written.
    expect(await app.client.invoke('training:runs', {})).toMatchObject([{ id: 'crashed', status: 'interrupted' }]);
    await app.close();
    app = undefined;
    const stored = () => {
      const raw = new BetterSqlite3(file, { readonly: true });
      try {
        return raw.prepare('SELECT status, owner_pid AS ownerPid FROM training_runs').all();
      } finally {
        raw.close();
      }
    };
    expect(stored()).toEqual([{ status: 'running', ownerPid: 999_999 }]);

    readOnly.release();
    readOnly = null;
    app = await createApp({ dataDir, seedSample: false });
    expect(await app.client.invoke('training:runs', {})).toMatchObject([{ id: 'crashed', status: 'interrupted' }]);
    expect(stored()).toEqual([{ status: 'interrupted', ownerPid: null }]);
  });

  it('reports a training run whose process still runs as running', async () => {
    const db = openDatabase(dataDir);
    new TrainingRunRepository(db).create({ id: 'alive', baseModelId: null, kbRevision: 0, options: {}, epochs: 1, totalSteps: 10, owner: currentOwner() });
    db.close();
    readOnly = makeReadOnly(file, 'read-only');
    if (!readOnly) return;
    app = await createApp({ dataDir, seedSample: false });
    expect(await app.client.invoke('training:runs', {})).toMatchObject([{ id: 'alive', status: 'running' }]);
  });

  it('is refused, naming the file, when the database needs migrating (a migration writes)', async () => {
    const old = openDatabase(dataDir, { migrations: migrations.slice(0, 2) });
    new FaqRepository(old).create({ question: 'Old?', answer: 'Yes.', category: '', tags: [], enabled: true, paraphrases: [] });
    old.close();
    readOnly = makeReadOnly(file, 'read-only');
    if (!readOnly) return;
    await expect(createApp({ dataDir, seedSample: false })).rejects.toMatchObject(refusal(file));
  });
});

describe('an app on a database file that may not be written, whose full-text index is not of this version', () => {
  /** Marks the knowledge base's full-text index as built by no tokenizer (0), as a database no entry was ever written to is. */
  function markIndexUnbuilt() {
    const raw = new BetterSqlite3(file);
    raw.prepare('UPDATE kb_meta SET tokenizer_version = 0 WHERE id = 1').run();
    raw.close();
  }

  it('opens one no entry was ever written to (made by "concierge backup"), which has nothing to index', async () => {
    openDatabase(dataDir).close();
    markIndexUnbuilt();
    readOnly = makeReadOnly(file, 'read-only');
    if (!readOnly) return;
    app = await createApp({ dataDir, seedSample: false });
    expect(await app.client.invoke('faq:list', {})).toMatchObject({ total: 0 });
    expect(await app.client.invoke('faq:search', { query: 'refund' })).toEqual([]);
  });

  it('is refused, naming the file, when its entries were indexed by another tokenizer (rebuilding the index writes)', async () => {
    const db = openDatabase(dataDir);
    new FaqRepository(db).create({ question: 'Do you offer refunds?', answer: 'Yes.', category: '', tags: [], enabled: true, paraphrases: [] });
    db.close();
    markIndexUnbuilt();
    readOnly = makeReadOnly(file, 'read-only');
    if (!readOnly) return;
    await expect(createApp({ dataDir, seedSample: false })).rejects.toMatchObject(refusal(file));
  });
});
