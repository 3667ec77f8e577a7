import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { locateModelPackage } from '../../../../src-main/assistant/sentence-encoder/model-package.ts';
import { ENCODER_RESTARTS, SentenceEncoderClient } from '../../../../src-main/assistant/sentence-encoder/sentence-encoder-client.ts';
import { ENCODER_LOAD_RETRY_MS, SentenceEncoderLoader } from '../../../../src-main/assistant/sentence-encoder/sentence-encoder-loader.ts';
import type { MeaningStatus } from '../../../../src-main/shared/api/app.ts';
import { CRASHABLE_ENCODER_WORKER, crashWorker } from '../../../helpers/crashable-encoder.ts';

// The loader over the real client (a worker per load), its model read from a folder the test fills or leaves empty,
// on a clock the test moves.
let work: string;
let modelDir: string;
let clock: number;
let loader: SentenceEncoderLoader;
let loads: number;
let logged: MockInstance<typeof console.error>;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'concierge-encoder-loader-'));
  modelDir = join(work, 'model'); // not there yet: the encoder's files cannot be read
  clock = 0;
  loads = 0;
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  loader = new SentenceEncoderLoader(
    () => {
      loads++;
      return SentenceEncoderClient.load({ modelDir }, CRASHABLE_ENCODER_WORKER);
    },
    { now: () => clock },
  );
});

afterEach(async () => {
  await loader.close();
  vi.restoreAllMocks();
  await rm(work, { recursive: true, force: true });
});

/** Asks for the encoder and waits for the load that asking started, if any. */
async function ask() {
  const embedder = await loader.embedder();
  await vi.waitFor(() => expect(loader.status().state).not.toBe('loading'), { timeout: 30_000, interval: 10 });
  return embedder;
}

describe('SentenceEncoderLoader', () => {
  it('loads again once each wait is over, in the background, until one load succeeds', async () => {
    const heard: MeaningStatus[] = [];
    loader.onStatus((status) => heard.push(status));
    expect(loader.status()).toEqual({ state: 'idle', problem: null });
    expect(await loader.embedder()).toBeNull(); // the first load is waited for
    expect(loader.status()).toEqual({ state: 'retrying', problem: expect.stringContaining(modelDir) });
    expect(logged).toHaveBeenCalledOnce();

    clock = ENCODER_LOAD_RETRY_MS[0] - 1;
    expect(await ask()).toBeNull();
    expect(loads).toBe(1);

    await cp((await locateModelPackage()).dir, modelDir, { recursive: true });
    const reloaded = vi.fn();
    loader.onReloaded(reloaded);
    clock = ENCODER_LOAD_RETRY_MS[0];
    expect(await loader.embedder(), 'not waited for').toBeNull();
    expect(loader.status().state).toBe('loading');
    await ask();
    expect(loads).toBe(2);
    expect(loader.status()).toEqual({ state: 'ready', problem: null });
    expect(reloaded).toHaveBeenCalledOnce();
    const encoder = await loader.embedder();
    expect((await encoder!.encode(['Hi']))[0]).toHaveLength(512);
    expect(logged).toHaveBeenCalledOnce();
    // Each change was heard once, as it happened: a wait that was not over changed nothing.
    const problem = expect.stringContaining(modelDir);
    expect(heard).toEqual([
      { state: 'loading', problem: null },
      { state: 'retrying', problem },
      { state: 'loading', problem },
      { state: 'ready', problem: null },
    ]);
  });

  it('tells its listeners when the loaded encoder gives up, and nothing after close()', async () => {
    await cp((await locateModelPackage()).dir, modelDir, { recursive: true });
    const heard: MeaningStatus[] = [];
    loader.onStatus((status) => heard.push(status));
    const encoder = (await loader.embedder()) as SentenceEncoderClient;
    expect(heard.map((status) => status.state)).toEqual(['loading', 'ready']);
    await crashWorker(encoder);
    for (let restart = 1; restart <= ENCODER_RESTARTS; restart++) {
      const call = encoder.encode(['Hi']);
      await crashWorker(encoder);
      await expect(call).rejects.toThrow(/stopped/);
    }
    // Heard as the last worker stopped, before anything asked the loader again.
    expect(heard.at(-1)).toEqual({ state: 'unavailable', problem: expect.stringContaining('stopped 3 times in a row') });
    expect(heard).toHaveLength(3);
    await loader.close();
    expect(heard).toHaveLength(3);
  });

  it(`stops after ${ENCODER_LOAD_RETRY_MS.length} more tries, saying so once`, async () => {
    await loader.embedder();
    for (const wait of ENCODER_LOAD_RETRY_MS) {
      clock += wait;
      await ask();
    }
    expect(loads).toBe(ENCODER_LOAD_RETRY_MS.length + 1);
    expect(loader.status()).toEqual({ state: 'unavailable', problem: expect.stringContaining(modelDir) });
    clock += 24 * 3_600_000;
    expect(await ask()).toBeNull();
    expect(loads).toBe(ENCODER_LOAD_RETRY_MS.length + 1);
    expect(logged).toHaveBeenCalledTimes(2);
    expect(logged.mock.calls[1][0]).toMatch(/did not load in 4 tries; English answers are ranked by their words alone until Concierge restarts/);
  });
});
