// kill -9 during `concierge model pull` (fake hub behind a slow link): no broken model is ever listed, and
// the next pull resumes the interrupted download instead of starting over.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateModelFolder } from '../../src-main/model/model-folder.ts';
import { ModelRegistry } from '../../src-main/model/model-registry.ts';
import { DATABASE_FILE, openDatabase } from '../../src-main/store/database.ts';
import { ModelRepository } from '../../src-main/store/model-repository.ts';
import { startFakeHub, type FakeHub, type FakeHubRequest } from '../helpers/fake-hub.ts';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { integrityCheck, KILLS, killAfterRandomDelay, killLeftovers, reportKills, startConcierge, waitForWork } from './kill-harness.ts';
import { startThrottledProxy, type ThrottledProxy } from './throttled-proxy.ts';

const REPO = 'openai-community/gpt2';
let work: string;
let tiny: TinyModel;
let hub: FakeHub;
let proxy: ThrottledProxy;
/** LFS downloads go to `/cdn/<sha256>`: which file that is. */
const fileBySha = new Map<string, string>();
/** The file a GET to the hub fetched, and the range it asked for. */
const fetched = (requests: FakeHubRequest[]) =>
  requests
    .filter((r) => r.method === 'GET')
    .map((r) => ({ file: /^\/cdn\/([0-9a-f]{64})$/.exec(r.path)?.[1] ?? r.path.split('/').at(-1)!, range: r.range }))
    .map(({ file, range }) => ({ file: fileBySha.get(file) ?? file, from: Number(/^bytes=(\d+)-$/.exec(range ?? '')?.[1] ?? 0) }));
const dataDir = () => join(work, 'data');
const downloads = () => join(dataDir(), 'downloads', REPO.replace('/', '--'));

/** What `concierge model list` shows after a restart (the registry cleans up first), each folder checked in depth. */
async function listedModels() {
  const db = openDatabase(dataDir());
  try {
    const registry = new ModelRegistry({ dataDir: dataDir(), repository: new ModelRepository(db) });
    await registry.cleanUp();
    const versions = await registry.list();
    for (const version of versions) {
      expect(version.missing).toBe(false);
      await validateModelFolder(registry.dir(version.id)); // throws on a half-written or corrupt folder
    }
    return versions;
  } finally {
    db.close();
  }
}

/** What a killed pull left in its download folder: whole files, and parts with their size. */
function leftovers(): { whole: string[]; parts: Map<string, number> } {
  const names = existsSync(downloads()) ? readdirSync(downloads()) : [];
  const parts = new Map<string, number>();
  for (const name of names.filter((n) => n.endsWith('.part'))) {
    const size = statSync(join(downloads(), name)).size;
    if (size > 0) parts.set(name.replace(/\.[0-9a-f]{16}\.part$/, ''), size);
  }
  return { whole: names.filter((n) => !n.endsWith('.part')), parts };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'concierge-fault-pull-'));
  tiny = await createTinyModel(9);
  const files: Record<string, Buffer> = {};
  for (const file of ['config.json', 'tokenizer.json', 'model.safetensors']) {
    files[file] = await readFile(join(tiny.dir, file));
    fileBySha.set(createHash('sha256').update(files[file]).digest('hex'), file);
  }
  hub = await startFakeHub({ [REPO]: files });
  // ~10 MB of tokenizer and weights at 3 MB/s: a pull downloads for a few seconds, then installs.
  proxy = await startThrottledProxy(hub.url, 3 * 2 ** 20);
});
afterAll(async () => {
  killLeftovers();
  await proxy?.close();
  await hub?.close();
  await tiny?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('kill -9 during a model pull', () => {
  it(`never lists a broken model and resumes the download, ${KILLS} times`, { timeout: KILLS * 120_000 + 120_000 }, async () => {
    const outcomes = { resumedParts: 0, skippedWhole: 0, duringDownload: 0, afterDownload: 0, finishedFirst: 0 };
    let installed = 0;
    let windowMs = 6_000;
    let left = leftovers(); // what the previous (killed) pull left behind
    for (let kills = 0; kills < KILLS; ) {
      const requestsBefore = hub.requests.length;
      const child = startConcierge(dataDir(), ['model', 'pull', REPO], { HF_ENDPOINT: proxy.url });
      await waitForWork(child, () => hub.requests.length > requestsBefore); // it reached the hub
      const { killed } = await killAfterRandomDelay(child, windowMs);
      if (!killed) expect(await child.exited).toBe(0);

      // The next pull asked only for the rest of each part, and not again for whole files.
      const gets = fetched(hub.requests.slice(requestsBefore));
      for (const [file, size] of left.parts) {
        const asked = gets.filter((get) => get.file === file);
        if (asked.length) {
          expect(asked[0].from, `${file}: ${JSON.stringify(asked)}`).toBe(size);
          outcomes.resumedParts++;
        }
      }
      for (const file of left.whole) {
        expect(gets.map((get) => get.file)).not.toContain(file);
        outcomes.skippedWhole++;
      }

      expect(integrityCheck(join(dataDir(), DATABASE_FILE))).toBe('ok');
      const versions = await listedModels();
      if (!killed) {
        installed++;
        outcomes.finishedFirst++;
        windowMs = Math.max(300, windowMs * 0.7);
      } else {
        kills++;
        outcomes[existsSync(downloads()) ? 'duringDownload' : 'afterDownload']++;
      }
      expect(versions.length).toBeGreaterThanOrEqual(installed); // a finished install is never lost
      expect(versions.length).toBeLessThanOrEqual(installed + 1); // at most the one the kill may have just finished
      installed = versions.length;
      left = leftovers();
    }
    // After the last kill, the pull completes from where it was.
    await (async () => {
      const child = startConcierge(dataDir(), ['model', 'pull', REPO], { HF_ENDPOINT: proxy.url });
      expect(await child.exited, child.stderr).toBe(0);
    })();
    expect((await listedModels()).length).toBe(installed + 1);
    expect(existsSync(downloads())).toBe(false);
    reportKills(
      'model pull',
      outcomes.duringDownload + outcomes.afterDownload,
      `${outcomes.duringDownload} during the download, ${outcomes.afterDownload} while installing; ${outcomes.resumedParts} partial files resumed with a Range request, ${outcomes.skippedWhole} whole files not fetched again; ${outcomes.finishedFirst} pulls finished before the kill`,
    );
  });
});
