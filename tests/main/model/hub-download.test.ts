import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadHubFile, resolveHubFile } from '../../../src-main/model/hub-download.ts';
import { FAKE_HUB_COMMIT, startFakeHub, type FakeHub } from '../../helpers/fake-hub.ts';

const weights = randomBytes(300_000);
const config = Buffer.from('{"model_type": "gpt2"}\n');
let hub: FakeHub;
let dir: string;

beforeAll(async () => {
  hub = await startFakeHub(
    { 'owner/tiny': { 'model.safetensors': weights, 'config.json': config } },
    { aliases: { tiny: 'owner/tiny' } },
  );
});
afterAll(() => hub.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concierge-download-'));
  hub.requests.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('resolveHubFile()', () => {
  it('reads size and sha256 of an LFS file from the redirect headers', async () => {
    const info = await resolveHubFile(hub.url, 'owner/tiny', 'model.safetensors');
    expect(info).toMatchObject({ size: weights.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), commit: FAKE_HUB_COMMIT });
    expect(info!.url).toMatch(/\/cdn\//);
    expect(hub.requests).toEqual([{ method: 'HEAD', path: '/owner/tiny/resolve/main/model.safetensors' }]);
  });

  it('reads size and git sha1 of a regular file and follows a renamed repo', async () => {
    const info = await resolveHubFile(hub.url, 'tiny', 'config.json');
    expect(info).toMatchObject({ size: config.length, gitSha1: expect.stringMatching(/^[0-9a-f]{40}$/), commit: FAKE_HUB_COMMIT });
    expect(hub.requests.map((r) => r.path)).toEqual([
      '/tiny/resolve/main/config.json',
      '/owner/tiny/resolve/main/config.json',
    ]);
  });

  it('reads the commit from X-Repo-Commit when the answer carries no ETag', async () => {
    const bare = await startFakeHub({ 'owner/tiny': { 'model.safetensors': weights, 'config.json': config } }, { etags: false });
    try {
      const info = await resolveHubFile(bare.url, 'owner/tiny', 'config.json');
      expect(info).toMatchObject({ size: config.length, commit: FAKE_HUB_COMMIT });
      expect(info!.gitSha1).toBeUndefined();
      // An LFS file's sha256 comes from X-Linked-Etag, which stays.
      expect(await resolveHubFile(bare.url, 'owner/tiny', 'model.safetensors')).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), commit: FAKE_HUB_COMMIT });
    } finally {
      await bare.close();
    }
  });

  it('returns null for a missing file and throws NotFoundError for a missing repo', async () => {
    expect(await resolveHubFile(hub.url, 'owner/tiny', 'vocab.json')).toBeNull();
    await expect(resolveHubFile(hub.url, 'nobody/none', 'config.json')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringMatching(/nobody\/none/),
      code: 'hub.repo-not-found',
      params: { repo: 'nobody/none' },
    });
  });

  it('says the hub is unreachable with UnavailableError', async () => {
    await expect(resolveHubFile('http://127.0.0.1:1', 'owner/tiny', 'config.json')).rejects.toMatchObject({
      name: 'UnavailableError',
      message: expect.stringMatching(/Cannot reach http:\/\/127.0.0.1:1.*HF_ENDPOINT/),
      code: 'hub.unreachable',
      params: { host: '127.0.0.1:1' },
    });
  });
});

describe('downloadHubFile()', () => {
  it('downloads a file byte for byte and reports progress up to its size', async () => {
    const dest = join(dir, 'model.safetensors');
    const progress: number[] = [];
    await downloadHubFile((await resolveHubFile(hub.url, 'owner/tiny', 'model.safetensors'))!, dest, {
      onProgress: (received) => progress.push(received),
    });
    expect((await readFile(dest)).equals(weights)).toBe(true); // toEqual walks 300 k elements slowly
    expect(progress.at(-1)).toBe(weights.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await readdir(dir)).toEqual(['model.safetensors']);
  });

  it('resumes with a Range request after the connection drops mid-file', async () => {
    hub.dropAfter('owner/tiny', 'model.safetensors', 100_000);
    const dest = join(dir, 'model.safetensors');
    await downloadHubFile((await resolveHubFile(hub.url, 'owner/tiny', 'model.safetensors'))!, dest, {
      retryDelayMs: 1,
    });
    expect((await readFile(dest)).equals(weights)).toBe(true); // toEqual walks 300 k elements slowly
    const ranges = hub.requests.filter((r) => r.path.startsWith('/cdn/')).map((r) => r.range);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(ranges[1]!)![1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(100_000); // a reset can lose bytes still in flight, never invent them
  });

  it('keeps the part after a drop and resumes it on the next run', async () => {
    hub.dropAfter('owner/tiny', 'config.json', 7);
    const info = (await resolveHubFile(hub.url, 'owner/tiny', 'config.json'))!;
    const dest = join(dir, 'config.json');
    await expect(downloadHubFile(info, dest, { maxAttempts: 1 })).rejects.toMatchObject({
      name: 'UnavailableError',
      message: expect.stringMatching(/at 7 of \d+ bytes.*run the same command again/),
    });
    const [part] = await readdir(dir);
    expect(part).toMatch(/^config\.json\.[0-9a-f]{16}\.part$/);
    expect((await stat(join(dir, part))).size).toBe(7);

    await downloadHubFile(info, dest);
    expect(await readFile(dest)).toEqual(config);
    expect(hub.requests.at(-1)!.range).toBe('bytes=7-');
  });

  it('rejects a corrupt file by its sha256 and leaves nothing behind', async () => {
    const corruptHub = await startFakeHub({ 'owner/tiny': { 'model.safetensors': weights, 'config.json': config } });
    try {
      corruptHub.corrupt('owner/tiny', 'model.safetensors');
      corruptHub.corrupt('owner/tiny', 'config.json');
      for (const file of ['model.safetensors', 'config.json']) {
        const info = (await resolveHubFile(corruptHub.url, 'owner/tiny', file))!;
        await expect(downloadHubFile(info, join(dir, file))).rejects.toMatchObject({
          name: 'InvalidInputError',
          message: expect.stringMatching(file === 'config.json' ? /git sha1 .* the hub says/ : /sha256 .* the hub says/),
        });
      }
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await corruptHub.close();
    }
  });

  it('stops reading a file that runs past the size the hub gave, and discards it', async () => {
    const info = (await resolveHubFile(hub.url, 'owner/tiny', 'model.safetensors'))!;
    // As if the hub's headers said 1,000 bytes and its CDN sent on and on: only the first bytes are ever written.
    let most = 0;
    const download = downloadHubFile({ ...info, size: 1_000 }, join(dir, 'model.safetensors'), { onProgress: (received) => (most = Math.max(most, received)) });
    await expect(download).rejects.toMatchObject({
      name: 'InvalidInputError',
      code: 'hub.download-corrupt',
      message: expect.stringContaining('more than the 1000 bytes the hub says'),
    });
    expect(most).toBeLessThanOrEqual(1_000);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops with CancelledError when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const info = (await resolveHubFile(hub.url, 'owner/tiny', 'model.safetensors'))!;
    await expect(
      downloadHubFile(info, join(dir, 'model.safetensors'), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'CancelledError' });
  });
});
