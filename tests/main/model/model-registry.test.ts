import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FOLDER_ENTRIES, MAX_TEXT_FILE_BYTES } from '../../../src-main/model/model-folder.ts';
import { ModelRegistry, newModelId } from '../../../src-main/model/model-registry.ts';
import type { ModelVersion } from '../../../src-main/shared/api/models.ts';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { ModelRepository } from '../../../src-main/store/model-repository.ts';
import { createTinyModel, TINY_MODEL_CONFIG, type TinyModel } from '../../helpers/tiny-model.ts';

let tiny: TinyModel;
let dataDir: string;
let db: Database;
let registry: ModelRegistry;
let changes: (string | null)[];

beforeAll(async () => (tiny = await createTinyModel(5)));
afterAll(() => tiny.remove());
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-registry-'));
  db = openDatabase(dataDir);
  changes = [];
  registry = new ModelRegistry({
    dataDir,
    repository: new ModelRepository(db),
    onChange: (active) => changes.push(active?.id ?? null),
  });
  await registry.cleanUp();
});
afterEach(async () => {
  db.close();
  await rm(dataDir, { recursive: true, force: true });
});

const modelsDirEntries = () => readdir(join(dataDir, 'models'));
/** The tiny model as the hub serves a checkpoint: config, tokenizer and weights, no ONNX graphs. */
async function huggingFaceCopy(name = 'hf-checkpoint'): Promise<string> {
  const dir = join(dataDir, name);
  await mkdir(dir);
  for (const file of ['config.json', 'tokenizer.json', 'model.safetensors']) await cp(join(tiny.dir, file), join(dir, file));
  return dir;
}
const importTiny = (name = 'tiny', activate?: boolean) =>
  registry.installFolder(tiny.dir, { name, source: 'import', origin: tiny.dir, activate });

describe('ModelRegistry', () => {
  describe('installRandom()', () => {
    it('writes models/<id>/ and registers the first version as active', async () => {
      const version = await registry.installRandom(TINY_MODEL_CONFIG, 1, { name: 'Random 2x32', source: 'init' });
      expect(version).toMatchObject({
        name: 'Random 2x32',
        source: 'init',
        config: TINY_MODEL_CONFIG,
        format: 'safetensors',
        active: true,
        missing: false,
      });
      expect(version.id).toMatch(/^random-2x32-\d{8}-\d{4}-[0-9a-f]{4}$/);
      expect(await modelsDirEntries()).toEqual([version.id]);
      expect(await readdir(registry.dir(version.id))).toContain('model.safetensors');
      expect(changes).toEqual([version.id]);
    });
  });

  describe('installRandom() refusals', () => {
    it('refuses a shape too big to write before making a weight (96 layers of 8192 would need ~300 GB)', async () => {
      const started = performance.now();
      const huge = { ...TINY_MODEL_CONFIG, nLayer: 96, nHead: 128, nEmbd: 8192 };
      await expect(registry.installRandom(huge, 1, { name: 'huge', source: 'init' })).rejects.toMatchObject({
        kind: 'invalid-input',
        code: 'model.init.too-large',
        params: { billions: '77.7', max: 1.9 },
      });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(await modelsDirEntries()).toEqual([]);
    });

    it('refuses a shape whose weights would not fit in the free memory, saying how much it needs', async () => {
      const short = new ModelRegistry({ dataDir, repository: new ModelRepository(db), freeMemory: () => 2 ** 20 });
      await expect(short.installRandom(TINY_MODEL_CONFIG, 1, { name: 'tiny', source: 'init' })).rejects.toMatchObject({
        kind: 'unavailable',
        code: 'model.memory.init',
        params: { free: '0.0 GB' },
      });
      expect(await modelsDirEntries()).toEqual([]);
    });
  });

  describe('installFolder()', () => {
    it('copies a model folder byte for byte and leaves the source alone', async () => {
      const version = await importTiny();
      for (const file of ['model.safetensors', 'tokenizer.json', 'onnx/model.onnx']) {
        const [a, b] = await Promise.all([readFile(join(tiny.dir, file)), readFile(join(registry.dir(version.id), file))]);
        expect(a.equals(b), file).toBe(true);
      }
      expect(existsSync(join(tiny.dir, 'config.json'))).toBe(true);
      expect(version.sizeBytes).toBeGreaterThan(12_000_000);
    });

    it('imports an ONNX-only copy', async () => {
      const onnxOnly = join(dataDir, 'xenova-style');
      await cp(tiny.dir, onnxOnly, { recursive: true });
      await rm(join(onnxOnly, 'model.safetensors'));
      expect((await registry.installFolder(onnxOnly, { name: 'x', source: 'import' })).format).toBe('onnx');
    });

    it('writes the ONNX graph and the int8 copy of a Hugging Face checkpoint, as the app writes them', async () => {
      const checkpoint = await huggingFaceCopy();
      const phases: string[] = [];
      const version = await registry.installFolder(checkpoint, { name: 'hf', source: 'import', onPhase: (p) => phases.push(p) });
      expect(version).toMatchObject({ format: 'safetensors', missing: false, precisions: ['fp32', 'int8'] });
      expect(phases).toEqual(['exporting', 'quantizing']);
      for (const file of ['onnx/model.onnx', 'onnx/model_quantized.onnx']) {
        const [a, b] = await Promise.all([readFile(join(tiny.dir, file)), readFile(join(registry.dir(version.id), file))]);
        expect(a.equals(b), file).toBe(true); // same weights, same graphs
      }
      // The int8 copy is counted in the version's size.
      expect(version.sizeBytes).toBe((await importTiny('whole')).sizeBytes);
    });

    it('keeps an int8 copy the folder brings, and writes none for an ONNX-only copy', async () => {
      const theirs = await huggingFaceCopy('theirs');
      await cp(join(tiny.dir, 'onnx'), join(theirs, 'onnx'), { recursive: true });
      const phases: string[] = [];
      const kept = await registry.installFolder(theirs, { name: 'theirs', source: 'import', onPhase: (p) => phases.push(p) });
      expect(kept.precisions).toEqual(['fp32', 'int8']);
      expect(phases).toEqual([]);

      const onnxOnly = join(dataDir, 'onnx-only');
      await cp(tiny.dir, onnxOnly, { recursive: true });
      await rm(join(onnxOnly, 'model.safetensors'));
      await rm(join(onnxOnly, 'onnx', 'model_quantized.onnx'));
      const version = await registry.installFolder(onnxOnly, { name: 'onnx only', source: 'import' });
      expect(version).toMatchObject({ format: 'onnx', precisions: ['fp32'] });
    });

    it('registers nothing and leaves no folder when the import is invalid', async () => {
      const broken = join(dataDir, 'broken');
      await cp(tiny.dir, broken, { recursive: true });
      await writeFile(join(broken, 'config.json'), '{"model_type": "bert"}');
      await expect(registry.installFolder(broken, { name: 'b', source: 'import' })).rejects.toThrow(/not "gpt2"/);
      await expect(registry.installFolder(join(dataDir, 'nowhere'), { name: 'n', source: 'import' })).rejects.toThrow(
        /is not a folder/,
      );
      expect(await registry.list()).toEqual([]);
      expect(await modelsDirEntries()).toEqual([]);
    });

    it('names the chosen folder, not its staging copy, when a file is missing', async () => {
      const notes = join(dataDir, 'just-notes');
      await mkdir(notes, { recursive: true });
      await writeFile(join(notes, 'README.md'), 'not a model');
      const refusal = registry.installFolder(notes, { name: 'notes', source: 'import' });
      await expect(refusal).rejects.toMatchObject({
        message: `${notes} is not a model folder: config.json is missing`,
        code: 'model.folder.file-missing',
        params: { dir: notes, file: 'config.json' },
      });
      expect(await modelsDirEntries()).toEqual([]);
    });
  });

  describe('installFolder() bounds', () => {
    it('refuses a folder without config.json or weights at its top before walking what is beneath it', async () => {
      // A link deep inside would stop a walk ("is a link"): the refusal names the top level instead.
      const home = join(dataDir, 'home');
      await mkdir(join(home, 'projects', 'deep'), { recursive: true });
      await symlink('/', join(home, 'projects', 'deep', 'root'));
      await expect(registry.installFolder(home, { name: 'home', source: 'import' })).rejects.toMatchObject({
        code: 'model.folder.file-missing',
        params: { dir: home, file: 'config.json' },
      });
      await writeFile(join(home, 'config.json'), '{}');
      await expect(registry.installFolder(home, { name: 'home', source: 'import' })).rejects.toMatchObject({
        message: `${home} has neither model.safetensors nor onnx/model.onnx: there are no weights to load`,
        code: 'model.folder.no-weights',
      });
      expect(await modelsDirEntries()).toEqual([]);
    });

    it('refuses a text file too big for a model folder by its size, without reading it', async () => {
      const padded = join(dataDir, 'padded');
      await cp(tiny.dir, padded, { recursive: true });
      await truncate(join(padded, 'tokenizer.json'), MAX_TEXT_FILE_BYTES + 1); // sparse: nothing is written
      await expect(registry.installFolder(padded, { name: 'padded', source: 'import' })).rejects.toMatchObject({
        code: 'model.folder.file-too-large',
        params: { file: 'tokenizer.json', max: MAX_TEXT_FILE_BYTES / 2 ** 20 },
      });
      expect(await modelsDirEntries()).toEqual([]);
    });

    it('refuses weights out of all proportion to config.json before copying or loading them', async () => {
      const bloated = join(dataDir, 'bloated');
      await cp(tiny.dir, bloated, { recursive: true });
      await truncate(join(bloated, 'onnx', 'model.onnx'), 2 ** 30); // 1 GB for a model of a few thousand weights
      await expect(registry.installFolder(bloated, { name: 'bloated', source: 'import' })).rejects.toMatchObject({
        message: expect.stringContaining(`${bloated}: onnx/model.onnx is larger than`),
        code: 'model.folder.file-too-large',
        params: { dir: bloated, file: 'onnx/model.onnx' },
      });
      expect(await modelsDirEntries()).toEqual([]);
    });

    it('refuses a folder whose shape needs more memory than is free, before copying it', async () => {
      const short = new ModelRegistry({ dataDir, repository: new ModelRepository(db), freeMemory: () => 2 ** 20 });
      await expect(short.installFolder(tiny.dir, { name: 'tiny', source: 'import' })).rejects.toMatchObject({
        name: 'UnavailableError',
        message: expect.stringMatching(/^Installing a model of this shape needs about .* of memory, but only 0\.0 GB is free/),
        code: 'model.memory.install',
      });
      expect(await modelsDirEntries()).toEqual([]);
    });

    it('refuses a folder of more than MAX_FOLDER_ENTRIES files and folders before copying any', async () => {
      const crowded = join(dataDir, 'crowded');
      await cp(tiny.dir, crowded, { recursive: true });
      await mkdir(join(crowded, 'extra'));
      for (let i = 0; i <= MAX_FOLDER_ENTRIES; i++) await writeFile(join(crowded, 'extra', `f${i}`), '');
      await expect(registry.installFolder(crowded, { name: 'crowded', source: 'import' })).rejects.toMatchObject({
        message: `${crowded} holds more than ${MAX_FOLDER_ENTRIES} files and folders; a model folder has a few dozen at most`,
        code: 'model.folder.too-many-files',
        params: { dir: crowded, max: MAX_FOLDER_ENTRIES },
      });
      expect(await modelsDirEntries()).toEqual([]);
    });
  });

  describe('install()', () => {
    const hasFullDevice = existsSync('/dev/full');
    if (!hasFullDevice) console.warn('[model-registry] disk-full test skipped: this system has no /dev/full to write to');
    it.skipIf(!hasFullDevice)('turns a full disk into UnavailableError and removes the staging folder', async () => {
      const fillDisk = async (staging: string) => {
        await writeFile(join(staging, 'config.json'), '{}');
        await writeFile('/dev/full', Buffer.alloc(1 << 16)); // the kernel answers ENOSPC, as a full disk does
      };
      await expect(registry.install({ name: 'full', source: 'init' }, fillDisk)).rejects.toMatchObject({
        name: 'UnavailableError',
        message: expect.stringMatching(
          new RegExp(`^Not enough disk space to install model "full" in ${registry.modelsDir} \\(\\d+\\.\\d MB is free\\); free some space and try again$`),
        ),
      });
      expect(await modelsDirEntries()).toEqual([]);
      expect(await registry.list()).toEqual([]);
    });
  });

  describe('quantize()', () => {
    it('adds the int8 copy to a version without one, and the list says so', async () => {
      const version = await importTiny();
      const int8 = join(registry.dir(version.id), 'onnx', 'model_quantized.onnx');
      await rm(int8); // a version installed before int8 copies existed
      expect((await registry.get(version.id)).precisions).toEqual(['fp32']);
      changes = [];

      const phases: string[] = [];
      const quantized = await registry.quantize(version.id, (phase) => phases.push(phase));
      expect(quantized).toMatchObject({ id: version.id, precisions: ['fp32', 'int8'], sizeBytes: version.sizeBytes });
      expect(phases).toEqual(['quantizing']);
      expect((await readFile(int8)).equals(await readFile(join(tiny.dir, 'onnx', 'model_quantized.onnx')))).toBe(true);
      expect((await registry.list())[0].precisions).toEqual(['fp32', 'int8']);
      expect(changes).toEqual([version.id]); // windows reload their list
      expect(await readdir(join(registry.dir(version.id), 'onnx'))).toEqual(['model.onnx', 'model_quantized.onnx']);
    });

    it('refuses an ONNX-only copy, saying it has no weights to quantize from', async () => {
      const onnxOnly = join(dataDir, 'xenova-style');
      await cp(tiny.dir, onnxOnly, { recursive: true });
      await rm(join(onnxOnly, 'model.safetensors'));
      await rm(join(onnxOnly, 'onnx', 'model_quantized.onnx'));
      const version = await registry.installFolder(onnxOnly, { name: 'x', source: 'import' });
      await expect(registry.quantize(version.id)).rejects.toMatchObject({
        name: 'InvalidInputError',
        message: `Model "${version.id}" is an ONNX-only copy: it has no model.safetensors to make an int8 copy from; import or pull the checkpoint with its weights to get one`,
      });
      expect((await registry.get(version.id)).precisions).toEqual(['fp32']);
    });

    it('refuses a second quantize of the same version while the first runs', async () => {
      const version = await importTiny();
      const first = registry.quantize(version.id);
      await expect(registry.quantize(version.id)).rejects.toMatchObject({ name: 'ConflictError', message: expect.stringMatching(/already being quantized/) });
      await expect(first).resolves.toMatchObject({ precisions: ['fp32', 'int8'] });
    });

    it('brings the worker\'s error back when the weights are unreadable, and leaves no temp file', async () => {
      const version = await importTiny();
      const dir = registry.dir(version.id);
      await rm(join(dir, 'onnx', 'model_quantized.onnx'));
      await writeFile(join(dir, 'model.safetensors'), Buffer.alloc(16));
      await expect(registry.quantize(version.id)).rejects.toMatchObject({ message: expect.stringMatching(/safetensors/i) });
      expect(await readdir(join(dir, 'onnx'))).toEqual(['model.onnx']);
      expect((await registry.get(version.id)).precisions).toEqual(['fp32']);
    });

    it('names the damaged file, and not the JSON parser\'s words, when a file it reads is not JSON', async () => {
      const version = await importTiny();
      const dir = registry.dir(version.id);
      await rm(join(dir, 'onnx', 'model_quantized.onnx'));
      const header = Buffer.from('{"h.0.attn": oops');
      const length = Buffer.alloc(8);
      length.writeBigUInt64LE(BigInt(header.length));
      await writeFile(join(dir, 'model.safetensors'), Buffer.concat([length, header, Buffer.alloc(64)]));
      await expect(registry.quantize(version.id)).rejects.toMatchObject({
        code: 'model.file-corrupt',
        params: { file: 'model.safetensors' },
      });
      await writeFile(join(dir, 'config.json'), '{"n_layer": 2,');
      await expect(registry.quantize(version.id)).rejects.toMatchObject({ code: 'model.file-corrupt', params: { file: 'config.json' } });
      expect((await registry.get(version.id)).precisions).toEqual(['fp32']);
    });
  });

  describe('activate() and delete()', () => {
    it('switches the active version and protects it from deletion', async () => {
      const first = await importTiny('first');
      const second = await importTiny('second');
      expect((await registry.active())?.id).toBe(first.id);
      await registry.activate(second.id);
      await expect(registry.delete(second.id)).rejects.toMatchObject({ name: 'ConflictError' });
      await registry.delete(first.id);
      expect((await registry.list()).map((v) => v.id)).toEqual([second.id]);
      expect(await modelsDirEntries()).toEqual([second.id]);
      expect(changes).toEqual([first.id, first.id, second.id, second.id]);
    });

    it('refuses ids that are paths', async () => {
      for (const id of ['..', '../x', 'a/b', '/etc']) {
        // Coded with the id, so a UI says it in its language; the English stays for the CLI.
        const refused = { name: 'InvalidInputError', message: expect.stringContaining('is not a model id'), code: 'model.bad-id', params: { id } };
        await expect(registry.activate(id)).rejects.toMatchObject(refused);
        await expect(registry.delete(id)).rejects.toMatchObject(refused);
      }
      await expect(registry.activate('no-such-model')).rejects.toMatchObject({ name: 'NotFoundError' });
    });
  });

  describe('resolve()', () => {
    it('gives the active folder, and says plainly when there is none or it vanished', async () => {
      await expect(registry.resolve()).rejects.toThrow(/No model is installed yet/);
      await expect(registry.resolve()).rejects.toMatchObject({ code: 'model.none-installed' });
      const version = await importTiny();
      expect(await registry.resolve()).toEqual({ id: version.id, dir: join(dataDir, 'models', version.id) });
      await rm(registry.dir(version.id), { recursive: true });
      expect((await registry.list())[0]).toMatchObject({ id: version.id, missing: true } satisfies Partial<ModelVersion>);
      await expect(registry.resolve()).rejects.toThrow(/folder of model .* is gone/);
    });
  });

  describe('cleanUp()', () => {
    it('removes temp folders of dead processes and old folders without a row, and nothing else', async () => {
      const kept = await importTiny();
      const models = join(dataDir, 'models');
      const deadTemp = 'x-1.tmp-2147483646-00aa'; // no such pid
      const liveTemp = `x-2.tmp-${process.pid}-00bb`;
      for (const name of [deadTemp, liveTemp, 'old-orphan', 'new-orphan']) await mkdir(join(models, name));
      const anHourAgo = new Date(Date.now() - 3_600_000);
      await utimes(join(models, 'old-orphan'), anHourAgo, anHourAgo);
      await registry.cleanUp();
      expect((await modelsDirEntries()).sort()).toEqual([kept.id, liveTemp, 'new-orphan'].sort());
    });

    it('removes the half-written int8 copy a killed quantize left in a version, and keeps a live one', async () => {
      const version = await importTiny();
      const onnx = join(registry.dir(version.id), 'onnx');
      const dead = 'model_quantized.onnx.tmp-2147483646-00aa'; // no such pid
      const live = `model_quantized.onnx.tmp-${process.pid}-00bb`;
      for (const name of [dead, live]) await writeFile(join(onnx, name), 'partial');
      await registry.cleanUp();
      expect((await readdir(onnx)).sort()).toEqual(['model.onnx', 'model_quantized.onnx', live].sort());
    });
  });
});

describe('newModelId()', () => {
  it('makes a folder-safe slug from any name', () => {
    const at = new Date('2025-11-29T08:12:00Z');
    expect(newModelId('openai-community/gpt2', at)).toMatch(/^openai-community-gpt2-20251129-0812-[0-9a-f]{4}$/);
    expect(newModelId('../../etc/passwd', at)).toMatch(/^etc-passwd-20251129-0812-/);
    expect(newModelId('客服模型', at)).toMatch(/^model-20251129-0812-/);
  });
});
