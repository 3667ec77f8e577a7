import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateModelFolder } from '../../../../src-main/model/model-folder.ts';
import type { ModelVersion } from '../../../../src-main/shared/api/models.ts';
import { FAKE_HUB_COMMIT, startFakeHub, type FakeHub } from '../../../helpers/fake-hub.ts';
import { createTinyModel, type TinyModel } from '../../../helpers/tiny-model.ts';
import { runConcierge } from '../../../helpers/run-cli.ts';

let work: string;
let tiny: TinyModel;
let hub: FakeHub;

function concierge(args: string[], env: Record<string, string> = {}) {
  return runConcierge(args, { env });
}
const inData = (...args: string[]) => concierge(['--data', join(work, 'data'), ...args], { HF_ENDPOINT: hub.url });
const listModels = async (): Promise<ModelVersion[]> => JSON.parse((await inData('model', 'list', '--json')).stdout);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'concierge-model-cli-'));
  tiny = await createTinyModel(21);
  const files: Record<string, Buffer> = {};
  for (const file of ['config.json', 'tokenizer.json', 'model.safetensors']) files[file] = await readFile(join(tiny.dir, file));
  hub = await startFakeHub({ 'openai-community/gpt2': files }, { aliases: { gpt2: 'openai-community/gpt2' } });
});
afterAll(async () => {
  await hub.close();
  await tiny.remove();
  await rm(work, { recursive: true, force: true });
});

describe('concierge model', () => {
  describe('init DIR', { timeout: 120_000 }, () => {
    it('writes a loadable random GPT-2 folder and describes it with --json', async () => {
      const dir = join(work, 'random');
      const shape = ['--n-layer', '1', '--n-head', '2', '--n-embd', '16', '--n-positions', '32'];
      const run = await concierge(['model', 'init', dir, ...shape, '--seed', '4', '--json']);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ dir, seed: 4, config: { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 32 } });
      await expect(validateModelFolder(dir)).resolves.toMatchObject({ format: 'safetensors' });
    });

    it('explains bad shapes and missing options', async () => {
      const missing = await concierge(['model', 'init', join(work, 'x'), '--n-layer', '1']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/Missing --n-head/);
      const odd = await concierge(['model', 'init', join(work, 'y'), '--n-layer', '1', '--n-head', '3', '--n-embd', '16']);
      expect(odd.code).toBe(1);
      expect(odd.stderr).toMatch(/nEmbd \(16\) must be divisible by nHead \(3\)/);
      expect((await readdir(work)).filter((name) => name.startsWith('y'))).toEqual([]);
    });
  });

  // Each call starts a CLI process (~3 s idle, far more on a busy machine): give these room.
  describe('import, pull, list, activate, rm', { timeout: 300_000 }, () => {
    it('manages versions in the data folder', async () => {
      const imported = await inData('model', 'import', tiny.dir, '--name', 'Tiny');
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/^\* tiny-\S+ {2}Tiny {2}\[import, 2 layers × 32 wide/);
      const importedId = imported.stdout.split(/\s+/)[1];

      hub.dropAfter('openai-community/gpt2', 'model.safetensors', 500_000);
      const pulled = await inData('model', 'pull', 'gpt2', '--json');
      expect(pulled.code, pulled.stderr).toBe(0);
      expect(pulled.stderr).toMatch(/Pulling gpt2 .*100%/s);
      const version: ModelVersion = JSON.parse(pulled.stdout);
      expect(version).toMatchObject({ source: 'pull', origin: 'openai-community/gpt2', revision: FAKE_HUB_COMMIT, active: false });
      // Plain list names the hub commit a pulled version came from, shortened (--json has it whole); an import none.
      const listed = (await inData('model', 'list')).stdout.split('\n');
      expect(listed.find((line) => line.includes(version.id))).toContain(`[pull, commit ${FAKE_HUB_COMMIT.slice(0, 7)}, 2 layers × 32 wide`);
      expect(listed.find((line) => line.includes(importedId))).toMatch(/\[import, 2 layers × 32 wide/);
      const weights = await readFile(join(work, 'data', 'models', version.id, 'model.safetensors'));
      expect(weights.equals(await readFile(join(tiny.dir, 'model.safetensors')))).toBe(true);

      const refused = await inData('model', 'rm', importedId);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/is active; activate another version before deleting it/);
      expect((await listModels()).map((v) => [v.id, v.active])).toEqual([
        [version.id, false],
        [importedId, true],
      ]);
    });

    it('rejects a corrupt pull and registers nothing', async () => {
      hub.corrupt('openai-community/gpt2', 'model.safetensors');
      const run = await inData('model', 'pull', 'gpt2');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/concierge: Downloaded model.safetensors is corrupt: sha256/);
      expect(await listModels()).toHaveLength(2);
    });

    it('list names the files a broken version lacks, and activate refuses it saying what to do', async () => {
      const imported = await inData('model', 'import', tiny.dir, '--name', 'Broken', '--json');
      expect(imported.code, imported.stderr).toBe(0);
      const { id } = JSON.parse(imported.stdout) as ModelVersion;
      const dir = join(work, 'data', 'models', id);
      await rm(join(dir, 'onnx', 'model.onnx'));
      await rm(join(dir, 'config.json'));

      const listed = await inData('model', 'list');
      expect(listed.code, listed.stderr).toBe(0);
      const line = listed.stdout.split('\n').find((text) => text.includes(id));
      expect(line).toMatch(/\(BROKEN: missing config\.json, onnx\/model\.onnx; install it again or delete it\)$/);
      // The int8 copy is still there, onnx/model.onnx is not: said as it is, not as a working int8 version.
      expect(line).toMatch(/, int8 only, \d{4}-\d\d-\d\d \d\d:\d\d\]  \(BROKEN/);
      await rm(join(dir, 'onnx', 'model_quantized.onnx'));
      const bare = (await inData('model', 'list')).stdout.split('\n').find((text) => text.includes(id));
      expect(bare).toMatch(/, no graph, \d{4}-\d\d-\d\d \d\d:\d\d\]  \(BROKEN/);
      expect((await listModels()).find((version) => version.id === id)).toMatchObject({
        missing: true,
        missingFiles: ['config.json', 'onnx/model.onnx'],
        folderMissing: false,
      });

      const activated = await inData('model', 'activate', id);
      expect(activated.code).toBe(1);
      expect(activated.stderr).toContain(
        `Model "${id}" cannot be activated: it is missing config.json, onnx/model.onnx in ${dir}; import ${tiny.dir} again and delete this version`,
      );
      expect((await listModels()).find((version) => version.id === id)?.active).toBe(false);
    });

    it('list says which versions have the int8 copy: fp32+int8, or fp32 only until quantize adds it', async () => {
      const imported = await inData('model', 'import', tiny.dir, '--name', 'Listed', '--json');
      expect(imported.code, imported.stderr).toBe(0);
      const { id } = JSON.parse(imported.stdout) as ModelVersion;
      const line = async () => (await inData('model', 'list')).stdout.split('\n').find((text) => text.includes(id));
      expect(await line()).toMatch(/, fp32\+int8, \d{4}-\d\d-\d\d \d\d:\d\d\]$/);
      expect((await listModels()).find((version) => version.id === id)?.precisions).toEqual(['fp32', 'int8']);

      await rm(join(work, 'data', 'models', id, 'onnx', 'model_quantized.onnx'));
      expect(await line()).toMatch(/, fp32, \d{4}-\d\d-\d\d \d\d:\d\d\]$/);
      expect((await listModels()).find((version) => version.id === id)?.precisions).toEqual(['fp32']);
    });

    it('quantize writes the int8 copy of a version, which then passes every model-folder check', async () => {
      const imported = await inData('model', 'import', tiny.dir, '--name', 'Older', '--json');
      expect(imported.code, imported.stderr).toBe(0);
      const before = JSON.parse(imported.stdout) as ModelVersion;
      const dir = join(work, 'data', 'models', before.id);
      const int8 = join(dir, 'onnx', 'model_quantized.onnx');
      const original = await readFile(int8);
      await rm(int8); // as in a version written before int8 copies existed

      const run = await inData('model', 'quantize', before.id, '--json');
      expect(run.code, run.stderr).toBe(0);
      const after = JSON.parse(run.stdout) as ModelVersion;
      expect(after).toMatchObject({ id: before.id, missing: false, sizeBytes: before.sizeBytes });
      expect((await readFile(int8)).equals(original)).toBe(true);
      expect((await readdir(join(dir, 'onnx'))).sort()).toEqual(['model.onnx', 'model_quantized.onnx']);
      await expect(validateModelFolder(dir)).resolves.toMatchObject({ format: 'safetensors', sizeBytes: before.sizeBytes });

      expect(run.stderr).toContain('Writing the int8 copy…');

      const unknown = await inData('model', 'quantize', 'no-such-model');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/Model version "no-such-model" does not exist/);
    });

    it('import reads a relative DIR from the user\'s folder (the API itself takes only full paths)', async () => {
      const run = await runConcierge(['--data', join(work, 'data'), 'model', 'import', basename(tiny.dir), '--json'], { cwd: dirname(tiny.dir) });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ source: 'import', origin: tiny.dir });
    });
  });
});
