import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import type { ApiClient } from '../../../src-main/shared/api/index.ts';
import { BackupsState } from '../../../src-renderer/state/settings/backups.svelte.ts';
import { SystemSettingsState } from '../../../src-renderer/state/settings/system-settings.svelte.ts';

// The Settings state classes against the real app (SQLite in a temp folder) through its in-process client.
let dataDir: string;
let app: App;
let errors: unknown[];
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'concierge-settings-state-'));
  app = await createApp({ dataDir, seedSample: false });
  errors = [];
});
afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const questions = async () => (await app.client.invoke('faq:list', {})).entries.map((entry) => entry.question);

describe('BackupsState', () => {
  it('takes a backup, lists it, and restores it only after confirmation, keeping a safety backup', async () => {
    await app.client.invoke('faq:create', { question: 'Kept in the backup?', answer: 'Yes.' });
    const backups = new BackupsState(app.client, (error) => errors.push(error));
    await backups.load();
    expect(backups.backups).toEqual([]);
    expect(backups.dir).toBe(join(dataDir, 'backups'));

    const created = await backups.create();
    expect(created).toMatchObject({ label: 'manual' });
    expect(backups.backups.map((backup) => backup.file)).toEqual([created!.file]);
    await app.client.invoke('faq:create', { question: 'Added after the backup', answer: 'Gone after a restore.' });

    backups.askRestore(backups.backups[0]);
    backups.cancelRestore();
    expect(await backups.confirmRestore()).toBeNull(); // nothing was being confirmed
    expect(await questions()).toHaveLength(2);

    backups.askRestore(backups.backups[0]);
    const result = await backups.confirmRestore();
    expect(result?.restoredFrom).toBe(created!.file);
    expect(await questions()).toEqual(['Kept in the backup?']);
    // The safety backup of the data just replaced is listed too.
    expect(backups.backups.find((backup) => backup.file === result!.safetyBackup)).toMatchObject({ label: 'pre-restore' });
    expect(backups.busy).toBeNull();
    expect(errors).toEqual([]);
  });

  it('reports a refused restore and keeps the data', async () => {
    await app.client.invoke('faq:create', { question: 'Still here?', answer: 'Yes.' });
    const backups = new BackupsState(app.client, (error) => errors.push(error));
    backups.askRestore({ file: 'concierge-20990101T000000Z-manual.db', bytes: 1, createdAt: '2099-01-01T00:00:00Z', label: 'manual' });
    expect(await backups.confirmRestore()).toBeNull();
    expect(errors).toHaveLength(1);
    expect(await questions()).toEqual(['Still here?']);
  });

  it('reloads the list when a restore happens elsewhere', async () => {
    const backups = new BackupsState(app.client, (error) => errors.push(error));
    const stop = backups.connect();
    try {
      const { file } = await app.client.invoke('backup:create', {});
      await app.client.invoke('backup:restore', { file });
      await vi.waitFor(() => expect(backups.backups.map((backup) => backup.label).sort()).toEqual(['manual', 'pre-restore']), { timeout: 20_000 });
    } finally {
      stop();
    }
  });
});

describe('SystemSettingsState', () => {
  it('shows the data folder and says a saved thread count needs a restart until it is back to the one in use', async () => {
    const system = new SystemSettingsState(app.client, (error) => errors.push(error));
    await system.load();
    expect(system.info?.dataDir).toBe(dataDir);
    expect(system.restartNeeded).toBe(false);
    await system.setThreads({ training: 1 });
    expect(system.threads).toMatchObject({ training: 1, inUse: { training: null } });
    expect(system.restartNeeded).toBe(true);
    await system.setThreads({ training: null });
    expect(system.restartNeeded).toBe(false);
    expect(errors).toEqual([]);
  });

  it('saves the precision the moment it is picked and says it applies at the next start, unless it is the one in use', async () => {
    const system = new SystemSettingsState(app.client, (error) => errors.push(error));
    await system.load();
    expect(system.precision).toEqual({ precision: 'fp32', inUse: 'fp32' });
    expect(system.precisionOutcome).toBeNull();

    const saving = system.setPrecision('int8');
    expect(system.precision?.precision).toBe('int8'); // shown as chosen before the server replies
    await saving;
    expect(system.precisionOutcome).toEqual({ saved: true });
    expect(system.precisionRestartNeeded).toBe(true);
    expect(await app.client.invoke('app:precision', {})).toEqual({ precision: 'int8', inUse: 'fp32' });

    await system.setPrecision('fp32');
    expect(system.precisionRestartNeeded).toBe(false);
    expect(system.precisionOutcome).toEqual({ saved: true });
    expect(await app.client.invoke('app:precision', {})).toEqual({ precision: 'fp32', inUse: 'fp32' });
    expect(errors).toEqual([]);
  });

  it('puts the saved precision back and keeps the reason when saving fails', async () => {
    const failing: ApiClient = {
      invoke: (channel, input) =>
        channel === 'app:set-precision'
          ? Promise.reject(Object.assign(new Error('app:set-precision: the settings table is locked'), { kind: 'unavailable' }))
          : app.client.invoke(channel, input),
      on: (event, listener) => app.client.on(event, listener),
    };
    const system = new SystemSettingsState(failing, (error) => errors.push(error));
    await system.load();
    await system.setPrecision('int8');
    expect(system.precision).toEqual({ precision: 'fp32', inUse: 'fp32' });
    expect(system.precisionOutcome).toEqual({ saved: false, error: { kind: 'unavailable', message: 'the settings table is locked' } });
    expect(system.precisionRestartNeeded).toBe(false);
    expect(await app.client.invoke('app:precision', {})).toEqual({ precision: 'fp32', inUse: 'fp32' });
  });
});
