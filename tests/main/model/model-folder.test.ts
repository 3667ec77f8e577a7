import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoModelForCausalLM, AutoTokenizer, env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGpt2Safetensors } from '../../../src-main/model/gpt2-checkpoint.ts';
import { gpt2WeightShapes } from '../../../src-main/model/gpt2-weights.ts';
import {
  completeModelFolder,
  MAX_TEXT_FILE_BYTES,
  quantizeModelFolder,
  validateModelFolder,
  writeModelFolder,
} from '../../../src-main/model/model-folder.ts';
import { buildGpt2InferenceModel } from '../../../src-main/model/onnx/gpt2-graph.ts';
import { encodeSafetensors, type FloatTensor } from '../../../src-main/model/safetensors.ts';
import { gpt2TokenizerJson } from '../../../src-main/model/tokenizer/tokenizer-files.ts';
import { createTinyModel, TINY_MODEL_CONFIG, type TinyModel } from '../../helpers/tiny-model.ts';

let tiny: TinyModel;
let root: string;

beforeAll(async () => {
  tiny = await createTinyModel(11);
  root = await mkdtemp(join(tmpdir(), 'concierge-model-folder-'));
  env.allowRemoteModels = false;
  env.localModelPath = root;
});
afterAll(async () => {
  await tiny.remove();
  await rm(root, { recursive: true, force: true });
});

/** A fresh copy of the tiny model folder under `root/name`, to damage in one test. */
async function copyOfTiny(name: string): Promise<string> {
  const dir = join(root, name);
  await cp(tiny.dir, dir, { recursive: true });
  return dir;
}

const bytesOf = (data: Float32Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/** Greedy continuation of `prompt` by transformers.js from the folder `root/name`. */
async function greedyIds(name: string, prompt = 'Hello, how can I', dtype: 'fp32' | 'q8' = 'fp32'): Promise<number[]> {
  const tokenizer = await AutoTokenizer.from_pretrained(name);
  const model = await AutoModelForCausalLM.from_pretrained(name, { dtype });
  try {
    const output = await model.generate({ ...tokenizer(prompt), max_new_tokens: 8, do_sample: false });
    return (output as { tolist(): bigint[][] }).tolist()[0].map(Number);
  } finally {
    await model.dispose();
  }
}

describe('writeModelFolder()', () => {
  it('writes the Hugging Face layout', async () => {
    expect((await readdir(tiny.dir)).sort()).toEqual([
      'config.json',
      'generation_config.json',
      'model.safetensors',
      'onnx',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
    ]);
    expect((await readdir(join(tiny.dir, 'onnx'))).sort()).toEqual(['model.onnx', 'model_quantized.onnx']);
    expect(await readFile(join(tiny.dir, 'tokenizer.json'), 'utf8')).toBe(await gpt2TokenizerJson());
  });

  it('round-trips weights: write → read → export gives the same ONNX bytes', async () => {
    const read = await readGpt2Safetensors(join(tiny.dir, 'model.safetensors'), TINY_MODEL_CONFIG);
    for (const name of gpt2WeightShapes(TINY_MODEL_CONFIG).keys()) {
      const [a, b] = [read.get(name)!, tiny.weights.get(name)!];
      expect(a.shape).toEqual(b.shape);
      expect(bytesOf(a.data).equals(bytesOf(b.data)), name).toBe(true); // toEqual on 1.6 M floats takes seconds
    }
    const exported = buildGpt2InferenceModel(TINY_MODEL_CONFIG, read);
    expect(Buffer.from(exported).equals(await readFile(join(tiny.dir, 'onnx/model.onnx')))).toBe(true);
  });

  it('generates with transformers.js, offline', async () => {
    await copyOfTiny('generate');
    const ids = await greedyIds('generate');
    expect(ids.slice(0, 5)).toEqual([15496, 11, 703, 460, 314]); // "Hello, how can I"
    expect(ids).toHaveLength(5 + 8);
  });

  it('writes an int8 copy that transformers.js loads as dtype q8 and generates from like the float32 one', async () => {
    const [fp32, int8] = await Promise.all(
      ['model.onnx', 'model_quantized.onnx'].map(async (file) => (await readFile(join(tiny.dir, 'onnx', file))).byteLength),
    );
    expect(int8).toBeLessThan(0.35 * fp32);
    await copyOfTiny('generate-q8');
    const quantized = await greedyIds('generate-q8', 'Hello, how can I', 'q8');
    await copyOfTiny('generate-fp32');
    const float = await greedyIds('generate-fp32');
    expect(quantized).toHaveLength(5 + 8);
    expect(quantized.slice(0, 5 + 2)).toEqual(float.slice(0, 5 + 2)); // a greedy run diverges after its first near-tie
  });

  it('refuses to overwrite an existing folder', async () => {
    await expect(writeModelFolder(tiny.dir, { config: TINY_MODEL_CONFIG, weights: tiny.weights })).rejects.toMatchObject({
      name: 'ConflictError',
    });
  });

  it('leaves nothing behind when writing fails', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'concierge-model-fail-'));
    try {
      const config = { ...TINY_MODEL_CONFIG, vocabSize: 100 };
      await expect(writeModelFolder(join(parent, 'm'), { config, weights: tiny.weights })).rejects.toThrow(
        /GPT-2's tokenizer needs 50257/,
      );
      expect(await readdir(parent)).toEqual([]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});

describe('completeModelFolder()', () => {
  it('turns a Hugging Face checkpoint (vocab.json + merges.txt, prefixed names) into a model that generates the same', async () => {
    const dir = join(root, 'checkpoint');
    await cp(join(tiny.dir, 'config.json'), join(dir, 'config.json'));
    const tokenizer = JSON.parse(await gpt2TokenizerJson());
    await writeFile(join(dir, 'vocab.json'), JSON.stringify(tokenizer.model.vocab));
    await writeFile(join(dir, 'merges.txt'), `#version: 0.2\n${tokenizer.model.merges.join('\n')}\n`);
    const prefixed = new Map<string, FloatTensor>([...tiny.weights].map(([name, t]) => [`transformer.${name}`, t]));
    prefixed.set('lm_head.weight', tiny.weights.get('wte.weight')!);
    await writeFile(join(dir, 'model.safetensors'), encodeSafetensors(prefixed, { format: 'pt' }));

    await completeModelFolder(dir);
    expect(await readFile(join(dir, 'tokenizer.json'), 'utf8')).toBe(await gpt2TokenizerJson());
    await expect(validateModelFolder(dir)).resolves.toMatchObject({ format: 'safetensors', config: TINY_MODEL_CONFIG });
    await copyOfTiny('original');
    expect(await greedyIds('checkpoint')).toEqual(await greedyIds('original'));
  });

  it('names what is missing', async () => {
    const dir = join(root, 'no-tokenizer');
    await cp(join(tiny.dir, 'config.json'), join(dir, 'config.json'));
    await expect(completeModelFolder(dir)).rejects.toThrow(/no tokenizer: add tokenizer.json, or vocab.json and merges.txt/);
    await expect(completeModelFolder(dir)).rejects.toMatchObject({ code: 'model.folder.no-tokenizer', params: { dir } });
    await cp(join(tiny.dir, 'tokenizer.json'), join(dir, 'tokenizer.json'));
    await expect(completeModelFolder(dir)).rejects.toThrow(/neither model.safetensors nor onnx\/model.onnx/);
    await expect(completeModelFolder(dir)).rejects.toMatchObject({ code: 'model.folder.no-weights', params: { dir } });
  });

  it('refuses a config.json that links to a file over the size limit, by the size of the file it links to', async () => {
    const dir = join(root, 'linked-config');
    await mkdir(dir);
    const huge = join(root, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, MAX_TEXT_FILE_BYTES + 1);
    await symlink(huge, join(dir, 'config.json'));
    await expect(completeModelFolder(dir)).rejects.toMatchObject({
      code: 'model.folder.file-too-large',
      params: { dir, file: 'config.json', max: 32 },
    });
  });
});

describe('quantizeModelFolder()', () => {
  it('writes onnx/model_quantized.onnx from the weights, and the folder still passes every check', async () => {
    const dir = await copyOfTiny('quantize');
    const written = await readFile(join(dir, 'onnx/model_quantized.onnx'));
    await rm(join(dir, 'onnx/model_quantized.onnx'));
    const result = await quantizeModelFolder(dir);
    expect(result).toEqual({ path: join(dir, 'onnx/model_quantized.onnx'), sizeBytes: written.byteLength });
    expect((await readFile(result.path)).equals(written)).toBe(true);
    expect((await readdir(join(dir, 'onnx'))).sort()).toEqual(['model.onnx', 'model_quantized.onnx']); // no temp left
    await expect(validateModelFolder(dir)).resolves.toMatchObject({ format: 'safetensors', config: TINY_MODEL_CONFIG });
  });

  it('replaces a damaged copy', async () => {
    const dir = await copyOfTiny('quantize-damaged');
    await truncate(join(dir, 'onnx/model_quantized.onnx'), 5000);
    await quantizeModelFolder(dir);
    await expect(validateModelFolder(dir)).resolves.toMatchObject({ format: 'safetensors' });
  });

  it('refuses an ONNX-only copy, which has no weights to quantize from', async () => {
    const dir = await copyOfTiny('quantize-onnx-only');
    await rm(join(dir, 'model.safetensors'));
    await expect(quantizeModelFolder(dir)).rejects.toMatchObject({
      name: 'InvalidInputError',
      message: expect.stringMatching(/has no model.safetensors/),
      code: 'model.int8.no-weights',
    });
  });
});

describe('validateModelFolder()', () => {
  it('describes a complete folder', async () => {
    const info = await validateModelFolder(tiny.dir);
    expect(info).toMatchObject({ config: TINY_MODEL_CONFIG, format: 'safetensors' });
    expect(info.sizeBytes).toBeGreaterThan(2 * 50_257 * 32 * 4);
  });

  it('accepts an ONNX-only transformers.js copy (like Xenova/gpt2)', async () => {
    const dir = await copyOfTiny('onnx-only');
    await rm(join(dir, 'model.safetensors'));
    await expect(validateModelFolder(dir)).resolves.toMatchObject({ format: 'onnx' });
  });

  const damage: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'a model that is not GPT-2',
      async (dir) => {
        const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
        await writeFile(join(dir, 'config.json'), JSON.stringify({ ...config, model_type: 'llama' }));
      },
      /model_type is "llama", not "gpt2"/,
    ],
    ['a truncated safetensors file', (dir) => truncate(join(dir, 'model.safetensors'), 100_000), /model.safetensors is truncated/],
    [
      'a tokenizer that does not match the vocabulary size',
      async (dir) => {
        const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
        await writeFile(join(dir, 'config.json'), JSON.stringify({ ...config, vocab_size: 50_304 }));
      },
      /tokenizer.json has 50257 tokens but config.json says vocab_size 50304/,
    ],
    ['a link (path traversal)', (dir) => symlink('/etc/passwd', join(dir, 'vocab.json')), /vocab.json is a link/],
    ['a link in a subfolder', (dir) => symlink('../../..', join(dir, 'onnx', 'up')), /onnx\/up is a link/],
    ['a missing ONNX graph', (dir) => rm(join(dir, 'onnx/model.onnx')), /onnx\/model.onnx is missing/],
    ['a corrupt ONNX graph', (dir) => truncate(join(dir, 'onnx/model.onnx'), 5000), /does not load in ONNX Runtime/],
    [
      'a corrupt int8 graph',
      (dir) => truncate(join(dir, 'onnx/model_quantized.onnx'), 5000),
      /model_quantized.onnx does not load in ONNX Runtime/,
    ],
    [
      'an ONNX graph with other layers than config.json',
      async (dir) => {
        await rm(join(dir, 'model.safetensors'));
        const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
        await writeFile(join(dir, 'config.json'), JSON.stringify({ ...config, n_layer: 3 }));
      },
      /has 2 layers of past_key_values, config.json says n_layer 3/,
    ],
  ];
  /** The code each refusal carries for the UI, and the file it names. */
  const codes: Record<string, { code: string; file: string }> = {
    'a model that is not GPT-2': { code: 'model.folder.bad-config', file: 'config.json' },
    'a truncated safetensors file': { code: 'model.folder.bad-weights', file: 'model.safetensors' },
    'a tokenizer that does not match the vocabulary size': { code: 'model.folder.vocab-mismatch', file: '' },
    'a link (path traversal)': { code: 'model.folder.link', file: 'vocab.json' },
    'a link in a subfolder': { code: 'model.folder.link', file: 'onnx/up' },
    'a missing ONNX graph': { code: 'model.folder.file-missing', file: 'onnx/model.onnx' },
    'a corrupt ONNX graph': { code: 'model.folder.bad-onnx', file: 'onnx/model.onnx' },
    'a corrupt int8 graph': { code: 'model.folder.bad-onnx', file: 'onnx/model_quantized.onnx' },
    'an ONNX graph with other layers than config.json': { code: 'model.folder.bad-onnx', file: 'onnx/model.onnx' },
  };
  it.each(damage)('rejects %s, with a code the UI can say in its language', async (what, harm, message) => {
    const dir = await copyOfTiny(what.replace(/\W+/g, '-'));
    await harm(dir);
    const { code, file } = codes[what];
    await expect(validateModelFolder(dir)).rejects.toMatchObject({
      name: 'InvalidInputError',
      message: expect.stringMatching(message),
      code,
      params: file ? expect.objectContaining({ file }) : expect.objectContaining({ dir }),
    });
  });

  it('rejects a path that is not a folder', async () => {
    await expect(validateModelFolder(join(tiny.dir, 'config.json'))).rejects.toThrow(/is not a folder/);
    await expect(validateModelFolder(join(root, 'nowhere'))).rejects.toMatchObject({
      message: expect.stringMatching(/is not a folder/),
      code: 'model.folder.not-a-folder',
      params: { dir: join(root, 'nowhere') },
    });
  });
});
