import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { canonicalRepo, hubEndpoint, pullModel, type PullOptions } from '../../../src-main/model/hub-pull.ts';
import { MAX_TEXT_FILE_BYTES } from '../../../src-main/model/model-folder.ts';
import { ModelRegistry } from '../../../src-main/model/model-registry.ts';
import { encodeSafetensors, type FloatTensor } from '../../../src-main/model/safetensors.ts';
import { gpt2TokenizerJson } from '../../../src-main/model/tokenizer/tokenizer-files.ts';
import type { ModelProgress } from '../../../src-main/shared/api/models.ts';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { ModelRepository } from '../../../src-main/store/model-repository.ts';
import { FAKE_HUB_COMMIT, startFakeHub, type FakeHub } from '../../helpers/fake-hub.ts';
import { createTinyModel, type TinyModel } from '../../helpers/tiny-model.ts';

let tiny: TinyModel;
let hub: FakeHub;
/** What the fake hub serves for openai-community/gpt2, to compare the pulled files against. */
let gpt2Files: Record<string, Buffer>;
let dataDir: string;
let db: Database;
let registry: ModelRegistry;

beforeAll(async () => {
  tiny = await createTinyModel(9);
  const read = (file: string) => readFile(join(tiny.dir, file));
  // Like the hub's gpt2: no prefix, plus the causal-mask buffers its checkpoint carries.
  const withBuffers = new Map<string, FloatTensor>(tiny.weights);
  for (let i = 0; i < tiny.config.nLayer; i++) {
    withBuffers.set(`h.${i}.attn.bias`, { shape: [1, 1, 4, 4], data: new Float32Array(16).fill(1) });
  }
  const tokenizer = JSON.parse(await gpt2TokenizerJson());
  gpt2Files = {
    'config.json': await read('config.json'),
    'generation_config.json': await read('generation_config.json'),
    'tokenizer.json': await read('tokenizer.json'),
    'tokenizer_config.json': Buffer.from('{"model_max_length": 1024}'),
    'model.safetensors': Buffer.from(encodeSafetensors(withBuffers, { format: 'pt' })),
  };
  // Like distilgpt2's older layout: vocab.json + merges.txt and prefixed weight names.
  const prefixed = new Map<string, FloatTensor>([...tiny.weights].map(([name, t]) => [`transformer.${name}`, t]));
  const distilFiles = {
    'config.json': gpt2Files['config.json'],
    'vocab.json': Buffer.from(JSON.stringify(tokenizer.model.vocab)),
    'merges.txt': Buffer.from(`#version: 0.2\n${tokenizer.model.merges.join('\n')}\n`),
    'model.safetensors': Buffer.from(encodeSafetensors(prefixed, { format: 'pt' })),
  };
  const bertFiles = {
    'config.json': Buffer.from('{"model_type": "bert", "architectures": ["BertForMaskedLM"]}'),
    'model.safetensors': gpt2Files['model.safetensors'],
  };
  // Valid files, padded with white space past the size a text file may have.
  const padded = (file: Buffer) => Buffer.concat([file, Buffer.alloc(MAX_TEXT_FILE_BYTES + 1 - file.length, ' ')]);
  const largeConfigFiles = { ...gpt2Files, 'config.json': padded(gpt2Files['config.json']) };
  const largeTokenizerFiles = { ...gpt2Files, 'tokenizer.json': padded(gpt2Files['tokenizer.json']) };
  hub = await startFakeHub(
    {
      'openai-community/gpt2': gpt2Files,
      'distilbert/distilgpt2': distilFiles,
      'someone/bert': bertFiles,
      'someone/large-config': largeConfigFiles,
      'someone/large-tokenizer': largeTokenizerFiles,
    },
    { aliases: { gpt2: 'openai-community/gpt2' } },
  );
});
afterAll(async () => {
  await hub.close();
  await tiny.remove();
});
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-pull-'));
  db = openDatabase(dataDir);
  registry = new ModelRegistry({ dataDir, repository: new ModelRepository(db) });
  hub.requests.length = 0;
});
afterEach(async () => {
  db.close();
  await rm(dataDir, { recursive: true, force: true });
});

const pull = (repo: string, options: Partial<PullOptions> = {}) =>
  pullModel(registry, dataDir, { repo, endpoint: hub.url, download: { retryDelayMs: 1 }, ...options });
const cdnRanges = () => hub.requests.filter((r) => r.path.startsWith('/cdn/') && r.method === 'GET').map((r) => r.range);
const sameBytes = (a: Buffer, b: Buffer) => a.equals(b); // toEqual on megabytes is slow

describe('pullModel()', () => {
  it('pulls gpt2 into a registered model whose files equal the originals byte for byte', async () => {
    const progress: Omit<ModelProgress, 'requestId'>[] = [];
    const version = await pull('gpt2', { onProgress: (p) => progress.push(p) });
    expect(version).toMatchObject({ source: 'pull', origin: 'openai-community/gpt2', revision: FAKE_HUB_COMMIT, active: true, format: 'safetensors' });
    const dir = registry.dir(version.id);
    for (const file of ['config.json', 'generation_config.json', 'tokenizer.json', 'model.safetensors']) {
      expect(sameBytes(await readFile(join(dir, file)), gpt2Files[file]), file).toBe(true);
    }
    // Same weights → the locally exported graph and int8 copy equal the ones the toolkit wrote for the original.
    for (const file of ['onnx/model.onnx', 'onnx/model_quantized.onnx']) {
      expect(sameBytes(await readFile(join(dir, file)), await readFile(join(tiny.dir, file))), file).toBe(true);
    }
    expect(version.precisions).toEqual(['fp32', 'int8']);
    expect(await readdir(join(dataDir, 'downloads'))).toEqual([]);

    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(['resolving', 'downloading', 'verifying', 'installing', 'exporting', 'quantizing', 'done']);
    const last = progress.filter((p) => p.phase === 'downloading').at(-1)!;
    expect(last.receivedBytes).toBe(last.totalBytes);
  });

  it('records the commit the hub names in X-Repo-Commit when its answers carry no ETag, and takes every file from it', async () => {
    const bareHub = await startFakeHub({ 'openai-community/gpt2': gpt2Files }, { etags: false });
    try {
      const version = await pull('openai-community/gpt2', { endpoint: bareHub.url });
      expect(version).toMatchObject({ origin: 'openai-community/gpt2', revision: FAKE_HUB_COMMIT });
      expect(await registry.get(version.id)).toMatchObject({ revision: FAKE_HUB_COMMIT });
      // The regular files, checked by size alone without their ETag, are still the originals.
      for (const file of ['config.json', 'generation_config.json', 'tokenizer.json']) {
        expect(sameBytes(await readFile(join(registry.dir(version.id), file)), gpt2Files[file]), file).toBe(true);
      }
      // config.json says which commit `main` is; every other file is resolved at that commit, not at `main` again.
      const resolved = bareHub.requests.filter((r) => r.method === 'HEAD').map((r) => r.path);
      expect(resolved[0]).toBe('/openai-community/gpt2/resolve/main/config.json');
      expect(resolved.slice(1)).toEqual(resolved.slice(1).map((path) => path.replace('/resolve/main/', `/resolve/${FAKE_HUB_COMMIT}/`)));
      expect(resolved).toContain(`/openai-community/gpt2/resolve/${FAKE_HUB_COMMIT}/model.safetensors`);
    } finally {
      await bareHub.close();
    }
  });

  it('builds tokenizer.json from vocab.json + merges.txt and accepts prefixed weight names', async () => {
    const version = await pull('distilbert/distilgpt2');
    expect(await readFile(join(registry.dir(version.id), 'tokenizer.json'), 'utf8')).toBe(await gpt2TokenizerJson());
  });

  it('resumes a file whose connection dropped, with a Range request', async () => {
    hub.dropAfter('openai-community/gpt2', 'model.safetensors', 1_000_000);
    const version = await pull('gpt2');
    const [first, resumed] = cdnRanges();
    expect(first).toBeUndefined();
    expect(Number(/^bytes=(\d+)-$/.exec(resumed!)![1])).toBeGreaterThan(0); // at most 1 MB; in-flight bytes may be lost
    const pulled = await readFile(join(registry.dir(version.id), 'model.safetensors'));
    expect(sameBytes(pulled, gpt2Files['model.safetensors'])).toBe(true);
  });

  it('keeps a broken download for the next run, which resumes it', async () => {
    hub.dropAfter('openai-community/gpt2', 'model.safetensors', 2_000_000, 3);
    await expect(pull('gpt2', { download: { maxAttempts: 3, retryDelayMs: 1 } })).rejects.toMatchObject({
      name: 'UnavailableError',
      message: expect.stringMatching(/run the same command again to resume/),
    });
    expect(await registry.list()).toEqual([]);
    const downloads = join(dataDir, 'downloads', 'openai-community--gpt2');
    const part = (await readdir(downloads)).find((name) => name.endsWith('.part'))!;
    // Up to 3 × 2 MB arrived; a reset connection may lose what was still in flight.
    const kept = (await stat(join(downloads, part))).size;
    expect(kept).toBeGreaterThan(2_000_000);
    expect(kept).toBeLessThanOrEqual(6_000_000);

    hub.requests.length = 0;
    const version = await pull('gpt2');
    expect(cdnRanges()).toEqual([`bytes=${kept}-`]);
    expect(hub.requests.some((r) => r.path.endsWith('/config.json') && r.method === 'GET')).toBe(false); // kept
    expect(sameBytes(await readFile(join(registry.dir(version.id), 'model.safetensors')), gpt2Files['model.safetensors'])).toBe(true);
  });

  it('rejects a corrupt download and registers nothing', async () => {
    const corruptHub = await startFakeHub({ 'openai-community/gpt2': gpt2Files });
    try {
      corruptHub.corrupt('openai-community/gpt2', 'model.safetensors');
      await expect(pull('openai-community/gpt2', { endpoint: corruptHub.url })).rejects.toMatchObject({
        name: 'InvalidInputError',
        message: expect.stringMatching(/model.safetensors is corrupt: sha256 [0-9a-f]{64}, the hub says [0-9a-f]{64}/),
        code: 'hub.download-corrupt',
        params: { file: 'model.safetensors' },
      });
      expect(await registry.list()).toEqual([]);
      expect(await readdir(join(dataDir, 'models')).catch(() => [])).toEqual([]);
      const leftovers = await readdir(join(dataDir, 'downloads', 'openai-community--gpt2'));
      expect(leftovers.filter((name) => name.startsWith('model.safetensors'))).toEqual([]);
    } finally {
      await corruptHub.close();
    }
  });

  it('rejects a model that is not GPT-2 before downloading its weights', async () => {
    await expect(pull('someone/bert')).rejects.toThrow(/someone\/bert\/config.json: model_type is "bert"/);
    await expect(pull('someone/bert')).rejects.toMatchObject({
      code: 'hub.not-gpt2',
      params: { repo: 'someone/bert', detail: expect.stringMatching(/model_type is "bert"/) },
    });
    expect(hub.requests.some((r) => r.path.includes('model.safetensors'))).toBe(false);
    expect(await registry.list()).toEqual([]);
  });

  it('refuses a config.json or tokenizer file past MAX_TEXT_FILE_BYTES by the size the hub gives, before downloading it', async () => {
    const max = MAX_TEXT_FILE_BYTES / 2 ** 20;
    for (const [repo, file] of [['someone/large-config', 'config.json'], ['someone/large-tokenizer', 'tokenizer.json']]) {
      hub.requests.length = 0;
      await expect(pull(repo), repo).rejects.toMatchObject({
        name: 'InvalidInputError',
        code: 'hub.file-too-large',
        params: { file: `${repo}/${file}`, max },
        message: `${repo}/${file} is ${max} MB, larger than the ${max} MB a GPT-2 model's ${file} can be`,
      });
      const fetched = hub.requests.filter((r) => r.method === 'GET').map((r) => r.path);
      expect(fetched.filter((path) => path.endsWith(`/${file}`) || path.includes('/cdn/')), repo).toEqual([]);
    }
    expect(await registry.list()).toEqual([]);
  });

  it('refuses a shape that needs more memory than is free before downloading its weights', async () => {
    await expect(pull('gpt2', { freeMemory: () => 2 ** 20 })).rejects.toMatchObject({
      name: 'UnavailableError',
      code: 'model.memory.install',
      message: expect.stringMatching(/^Installing a model of this shape needs about .* of memory, but only 0\.0 GB is free/),
    });
    expect(hub.requests.some((r) => r.path.includes('model.safetensors'))).toBe(false);
    expect(await registry.list()).toEqual([]);
  });

  it('says when the repo does not exist', async () => {
    await expect(pull('nobody/nothing')).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('uses HF_ENDPOINT when no endpoint is given', async () => {
    const saved = process.env.HF_ENDPOINT;
    process.env.HF_ENDPOINT = hub.url;
    try {
      const version = await pullModel(registry, dataDir, { repo: 'gpt2' });
      expect(version.origin).toBe('openai-community/gpt2');
    } finally {
      if (saved === undefined) delete process.env.HF_ENDPOINT;
      else process.env.HF_ENDPOINT = saved;
    }
  });
});

describe('canonicalRepo()', () => {
  it('maps short names and refuses paths and URLs', () => {
    expect(canonicalRepo('gpt2')).toBe('openai-community/gpt2');
    expect(canonicalRepo('distilgpt2')).toBe('distilbert/distilgpt2');
    expect(canonicalRepo('owner/name-1.0')).toBe('owner/name-1.0');
    for (const bad of ['../etc', 'a/../b', 'a/b/c', 'https://evil.example/x', 'a/..', '']) {
      expect(() => canonicalRepo(bad), bad).toThrow(/not a hub repo name/);
    }
  });
});

describe('hubEndpoint()', () => {
  it('defaults to huggingface.co', () => {
    expect(hubEndpoint({})).toBe('https://huggingface.co');
    expect(hubEndpoint({ HF_ENDPOINT: 'https://hf-mirror.example' })).toBe('https://hf-mirror.example');
  });
});
