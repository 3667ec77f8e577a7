import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import { makeTempDir } from '../../store/temp-kb.ts';

let dataDir: string;
let app: App;
beforeEach(async () => {
  dataDir = makeTempDir('concierge-app-api-');
  app = await createApp({ dataDir, seedSample: false });
});
afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('app handlers', () => {
  it('app:info names the data folder and the core count, and no read-only database', async () => {
    expect(await app.client.invoke('app:info', {})).toEqual({
      dataDir,
      cores: availableParallelism(),
      readOnlyDatabase: null,
      meaning: { state: 'idle', problem: null },
    });
  });

  it('app:set-threads stores each count, null goes back to automatic, and a restart reads them', async () => {
    const automatic = { inference: null, training: null };
    expect(await app.client.invoke('app:threads', {})).toEqual({ ...automatic, inUse: automatic, cores: availableParallelism() });
    expect(await app.client.invoke('app:set-threads', { training: 1 })).toMatchObject({ inference: null, training: 1 });
    expect(await app.client.invoke('app:set-threads', { inference: 2 })).toMatchObject({ inference: 2, training: 1, inUse: automatic });
    await app.close();
    app = await createApp({ dataDir, seedSample: false });
    expect(await app.client.invoke('app:threads', {})).toMatchObject({ inference: 2, training: 1, inUse: { inference: 2, training: 1 } });
    expect(await app.client.invoke('app:set-threads', { inference: null })).toMatchObject({ inference: null, training: 1 });
  });

  it('app:set-precision stores fp32 or int8 for the next start, and refuses anything else', async () => {
    expect(await app.client.invoke('app:precision', {})).toEqual({ precision: 'fp32', inUse: 'fp32' });
    expect(await app.client.invoke('app:set-precision', { precision: 'int8' })).toEqual({ precision: 'int8', inUse: 'fp32' });
    for (const bad of ['q8', 'INT8', '', 8]) {
      await expect(app.client.invoke('app:set-precision', { precision: bad as 'int8' })).rejects.toMatchObject({ kind: 'invalid-input' });
    }
    await app.close();
    app = await createApp({ dataDir, seedSample: false });
    expect(await app.client.invoke('app:precision', {})).toEqual({ precision: 'int8', inUse: 'int8' });
    expect(await app.client.invoke('app:set-precision', { precision: 'fp32' })).toEqual({ precision: 'fp32', inUse: 'int8' });
  });

  it('refuses a count that is not a whole number from 1 to 64, and changes nothing', async () => {
    for (const bad of [0, -1, 1.5, 65, '2']) {
      await expect(app.client.invoke('app:set-threads', { training: bad as number })).rejects.toMatchObject({ kind: 'invalid-input' });
    }
    await expect(app.client.invoke('app:set-threads', { cores: 4 } as never)).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(await app.client.invoke('app:threads', {})).toMatchObject({ inference: null, training: null });
  });
});
