import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnWorker } from '../../../src-main/node/spawn-worker.ts';
// @ts-expect-error: a plain JS module with no declaration file
import { workerBundle } from '../../../src-main/node/worker-bundle.js';

const FIXTURE = new URL('./fixtures/bundled-worker/', import.meta.url);

/** Called with each path workerBundle() reads (node:fs/promises readFile), after the read: a test may edit the file then. */
const afterRead = vi.hoisted(() => ({ hook: null as ((path: string) => void) | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (...args: Parameters<typeof fs.readFile>) => {
    const text = await fs.readFile(...args);
    afterRead.hook?.(String(args[0]));
    return text;
  }) as typeof fs.readFile;
  return { ...fs, readFile, default: { ...fs, readFile } };
});

function answer(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  }).finally(() => worker.terminate());
}

let copies: string[] = [];
let bundles: string[] = [];
/** A copy of the fixture worker's sources in a folder of its own, to edit. */
function copyOfFixture(): URL {
  const dir = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
  copies.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return pathToFileURL(join(dir, 'bundled-worker.ts'));
}
/** workerBundle() of a copy's entry, its bundle and manifest removed after the test. */
async function bundleOf(entry: URL): Promise<string> {
  const bundle: string = await workerBundle(entry.href);
  bundles.push(fileURLToPath(bundle), fileURLToPath(bundle).replace(/-[0-9a-f]{12}\.mjs$/, '.json'));
  return bundle;
}
afterEach(() => {
  for (const path of [...copies, ...bundles]) rmSync(path, { recursive: true, force: true });
  copies = [];
  bundles = [];
});

describe('worker-bundle', () => {
  it('runs a bundled worker started from sources without tsx, its imports and file URLs as from the sources', async () => {
    const entry = new URL('bundled-worker.ts', FIXTURE);
    expect(await answer(spawnWorker(entry, { bundled: true }))).toEqual({
      greeting: 'hello',
      note: 'a note beside the sources',
      tsxRegistered: false,
    });
    expect(await answer(spawnWorker(entry))).toMatchObject({ greeting: 'hello', tsxRegistered: true });
  });

  it('reads the analysis tables cached by code run from sources (their key hashes the sources, not the bundle)', { timeout: 120_000 }, async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'worker-bundle-cache-'));
    copies.push(cacheDir);
    const entry = new URL('analysis-tables-worker.ts', FIXTURE);
    const env = { ...process.env, CONCIERGE_CACHE_DIR: cacheDir };
    expect(await answer(spawnWorker(entry, { env }))).toEqual({ lexicons: 'prepared', thesaurus: 'prepared' });
    expect(await answer(spawnWorker(entry, { bundled: true, env }))).toEqual({ lexicons: 'cache', thesaurus: 'cache' });
  });

  it('starts through tsx where out/ cannot be written (a read-only install), and writes nothing', async () => {
    // The project's worker machinery copied beside the fixture, with out/ a file: nothing can be made in it, as in a
    // read-only folder (which root, running this, could still write to).
    const project = mkdtempSync(join(tmpdir(), 'worker-bundle-read-only-'));
    copies.push(project);
    cpSync(fileURLToPath(new URL('../../../src-main/node/', import.meta.url)), join(project, 'src-main', 'node'), { recursive: true });
    cpSync(FIXTURE, join(project, 'fixture'), { recursive: true });
    cpSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), join(project, 'package.json'));
    symlinkSync(fileURLToPath(new URL('../../../node_modules', import.meta.url)), join(project, 'node_modules'));
    writeFileSync(join(project, 'out'), 'not a folder');
    const copy: typeof import('../../../src-main/node/spawn-worker.ts') = await import(pathToFileURL(join(project, 'src-main', 'node', 'spawn-worker.ts')).href);
    const entry = pathToFileURL(join(project, 'fixture', 'bundled-worker.ts'));
    expect(await answer(copy.spawnWorker(entry, { bundled: true }))).toEqual({ greeting: 'hello', note: 'a note beside the sources', tsxRegistered: true });
    expect(readFileSync(join(project, 'out'), 'utf8')).toBe('not a folder');
  });

  describe('workerBundle()', () => {
    it('reuses the bundle while its sources are unchanged, and builds a new one when one of them changes', async () => {
      const entry = copyOfFixture();
      const first: string = await bundleOf(entry);
      const built = statSync(new URL(first)).mtimeMs;
      expect(await bundleOf(entry)).toBe(first);
      expect(statSync(new URL(first)).mtimeMs).toBe(built);

      writeFileSync(new URL('greeting.ts', entry), "export const GREETING = 'changed';\n");
      const second: string = await bundleOf(entry);
      expect(second).not.toBe(first);
      expect(existsSync(new URL(first))).toBe(false); // the older bundle is removed
      expect(await answer(new Worker(new URL(second)))).toMatchObject({ greeting: 'changed', tsxRegistered: false });
    });

    it('builds again after a source was saved while its bundle was being built, from the saved text', async () => {
      const entry = copyOfFixture();
      const greeting = fileURLToPath(new URL('greeting.ts', entry));
      // Saved right after the build read it: the bundle has the earlier text.
      afterRead.hook = (path) => {
        if (path !== greeting) return;
        afterRead.hook = null;
        writeFileSync(greeting, "export const GREETING = 'saved during the build';\n");
      };
      const first: string = await bundleOf(entry);
      expect(await answer(new Worker(new URL(first)))).toMatchObject({ greeting: 'hello' });
      const second: string = await bundleOf(entry);
      expect(second, 'the bundle of the earlier text is not fresh').not.toBe(first);
      expect(await answer(new Worker(new URL(second)))).toMatchObject({ greeting: 'saved during the build' });
    });

    it('removes the bundle a manifest of an older format named once it has built the new one', async () => {
      const entry = copyOfFixture();
      const bundle: string = await bundleOf(entry);
      const manifestPath = fileURLToPath(bundle).replace(/-[0-9a-f]{12}\.mjs$/, '.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const older = fileURLToPath(bundle).replace(/-[0-9a-f]{12}\.mjs$/, '-000000000000.mjs');
      renameSync(fileURLToPath(bundle), older);
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, format: manifest.format - 1, bundle: basename(older) }));
      bundles.push(older);
      expect(await bundleOf(entry)).toBe(bundle);
      expect(existsSync(older)).toBe(false);
    });

    it('builds again a bundle whose file was damaged', async () => {
      const entry = copyOfFixture();
      const bundle: string = await bundleOf(entry);
      const code = readFileSync(new URL(bundle));
      writeFileSync(new URL(bundle), 'throw new Error("damaged");');
      expect(await bundleOf(entry)).toBe(bundle);
      expect(readFileSync(new URL(bundle)).equals(code)).toBe(true);
      expect(await answer(new Worker(new URL(bundle)))).toMatchObject({ greeting: 'hello' });
    });
  });
});
