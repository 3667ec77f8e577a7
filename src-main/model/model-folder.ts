// A GPT-2 model folder in Hugging Face layout, readable by transformers.js, ONNX Runtime and HF's Python tools:
//   config.json, generation_config.json, tokenizer.json, tokenizer_config.json, special_tokens_map.json,
//   model.safetensors (absent in an ONNX-only transformers.js copy), onnx/model.onnx [+ onnx/model.onnx_data],
//   onnx/model_quantized.onnx (optional: int8 weight products, what transformers.js loads for dtype 'q8').
import { lstat, mkdir, open, opendir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { diskError } from '../node/disk-space.ts';
import { isMissing } from '../node/input-file.ts';
import { isNotWritable, outputPathError } from '../node/output-file.ts';
import { tempSibling } from '../node/temp-path.ts';
import { ConciergeError, ConflictError, InvalidInputError } from '../shared/errors.ts';
import { parameterCount } from '../training/resource-check.ts';
import { readGpt2Safetensors, writeGpt2Safetensors } from './gpt2-checkpoint.ts';
import { type Gpt2Config, type Gpt2Weights } from './gpt2-weights.ts';
import { generationConfigJson, gpt2ConfigJson, parseGenerationConfigJson, parseGpt2ConfigJson } from './hf-config.ts';
import { checkInitMemory } from './load-memory.ts';
import { gpt2InferenceOnnxModel, writeGpt2InferenceModel } from './onnx/gpt2-graph.ts';
import { encodeOnnxModel } from './onnx/onnx-model-writer.ts';
import { quantizeWeightProducts } from './onnx/quantize-weights.ts';
import { checkOnnxContract } from './onnx-contract.ts';
import { GPT2_VOCAB_SIZE } from './tokenizer/gpt2-vocabulary.ts';
import {
  gpt2TokenizerFiles,
  specialTokensMapJson,
  tokenizerConfigJson,
  tokenizerJsonFromVocabFiles,
  tokenizerVocabSize,
} from './tokenizer/tokenizer-files.ts';

export const CONFIG_FILE = 'config.json';
const GENERATION_CONFIG_FILE = 'generation_config.json';
export const WEIGHTS_FILE = 'model.safetensors';
export const ONNX_FILE = 'onnx/model.onnx';
/** The ONNX weights of a big model, read only when config.json says so (see externalDataConfig). */
export const ONNX_DATA_FILE = 'onnx/model.onnx_data';
/**
 * The int8 decoder (quantize-weights.ts) beside the float32 one, under the name transformers.js loads for
 * dtype 'q8'. Optional: written for every model the app writes from weights, and by `quantizeModelFolder`.
 */
export const QUANTIZED_ONNX_FILE = 'onnx/model_quantized.onnx';
/** Files every registered model has; model.safetensors is optional (ONNX-only copies). */
export const REQUIRED_FILES = [CONFIG_FILE, 'tokenizer.json', 'tokenizer_config.json', ONNX_FILE];

export interface ModelContents {
  config: Gpt2Config;
  weights: Gpt2Weights;
}

export interface ModelFolderInfo {
  config: Gpt2Config;
  format: 'safetensors' | 'onnx';
  sizeBytes: number;
}

/** Writes a complete model folder at `dir`, atomically: into `<dir>.tmp-<random>`, then renamed. */
export async function writeModelFolder(dir: string, contents: ModelContents): Promise<void> {
  if (await exists(dir)) throw new ConflictError(`${dir} already exists; choose a new folder`);
  const temp = tempSibling(dir);
  try {
    await mkdir(temp, { recursive: true });
    await writeModelFiles(temp, contents);
    await rename(temp, dir);
  } catch (error) {
    // Under a path that cannot exist (a part of it is a file) rm fails too: the first error is the one to say.
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    // The temp name is ours: a path mistake is said about the folder the user named.
    if (isMissing(error) || isNotWritable(error)) throw outputPathError(error, dir);
    throw diskError(error, `write the model folder ${dir}`, dirname(dir));
  }
}

/** Writes every file of a model into the (empty) folder `dir`. */
export async function writeModelFiles(dir: string, { config, weights }: ModelContents): Promise<void> {
  if (config.vocabSize !== GPT2_VOCAB_SIZE) {
    throw new InvalidInputError(`vocab_size is ${config.vocabSize}; GPT-2's tokenizer needs ${GPT2_VOCAB_SIZE}`).withCode(
      'model.folder.vocab-size',
      { vocab: config.vocabSize, expected: GPT2_VOCAB_SIZE },
    );
  }
  await mkdir(join(dir, 'onnx'), { recursive: true });
  const onnx = await writeGpt2InferenceModel(join(dir, 'onnx'), config, weights);
  await writeFile(join(dir, QUANTIZED_ONNX_FILE), quantizedOnnxBytes(config, weights));
  await writeGpt2Safetensors(join(dir, WEIGHTS_FILE), weights);
  for (const [name, text] of Object.entries(await gpt2TokenizerFiles(config.nPositions))) {
    await writeFile(join(dir, name), text);
  }
  await writeFile(join(dir, GENERATION_CONFIG_FILE), generationConfigJson());
  await writeFile(join(dir, CONFIG_FILE), gpt2ConfigJson(config, externalDataConfig(onnx.dataPath !== undefined)));
}

export interface CompleteOptions {
  /** Also write the int8 copy when the folder has model.safetensors and no onnx/model_quantized.onnx (default true). */
  quantize?: boolean;
  /** Called as the heavy steps begin. */
  onPhase?: (phase: 'exporting' | 'quantizing') => void;
}

/**
 * Adds what a staged Hugging Face folder lacks to become a model folder: tokenizer.json (from vocab.json +
 * merges.txt), tokenizer_config.json, special_tokens_map.json, generation_config.json, onnx/model.onnx
 * exported from model.safetensors, and (unless `quantize` is false) onnx/model_quantized.onnx from the same
 * weights, as every model the app writes has. An int8 copy the folder brings is kept. Says what it wrote.
 */
export async function completeModelFolder(
  dir: string,
  { quantize = true, onPhase }: CompleteOptions = {},
): Promise<{ exported: boolean; quantized: boolean }> {
  const config = await readConfig(dir);
  if (!(await exists(join(dir, 'tokenizer.json')))) {
    if (!(await exists(join(dir, 'vocab.json'))) || !(await exists(join(dir, 'merges.txt')))) {
      throw new InvalidInputError(`${dir} has no tokenizer: add tokenizer.json, or vocab.json and merges.txt`).withCode('model.folder.no-tokenizer', {
        dir,
      });
    }
    const [vocab, merges] = [await readText(dir, 'vocab.json'), await readText(dir, 'merges.txt')];
    const tokenizer = await naming('model.folder.bad-tokenizer', 'vocab.json', async () => tokenizerJsonFromVocabFiles(vocab, merges));
    await writeFile(join(dir, 'tokenizer.json'), tokenizer);
  }
  await writeIfMissing(join(dir, 'tokenizer_config.json'), () => tokenizerConfigJson(config.nPositions));
  await writeIfMissing(join(dir, 'special_tokens_map.json'), specialTokensMapJson);
  await writeIfMissing(join(dir, GENERATION_CONFIG_FILE), generationConfigJson);
  const work = await pendingFolderWork(dir, { quantize });
  if (!work.export && !work.quantize) return { exported: false, quantized: false };
  if (!(await exists(join(dir, WEIGHTS_FILE)))) {
    throw new InvalidInputError(`${dir} has neither ${WEIGHTS_FILE} nor ${ONNX_FILE}: there are no weights to load`).withCode(
      'model.folder.no-weights',
      { dir },
    );
  }
  const weights = await readWeights(dir, config);
  await mkdir(join(dir, 'onnx'), { recursive: true });
  if (work.export) {
    onPhase?.('exporting');
    const onnx = await writeGpt2InferenceModel(join(dir, 'onnx'), config, weights);
    if (onnx.dataPath) {
      const json = JSON.parse(await readText(dir, CONFIG_FILE));
      await writeFile(join(dir, CONFIG_FILE), JSON.stringify({ ...json, ...externalDataConfig(true) }, null, 2) + '\n');
    }
  }
  if (work.quantize) {
    onPhase?.('quantizing');
    await writeFile(join(dir, QUANTIZED_ONNX_FILE), quantizedOnnxBytes(config, weights));
  }
  return { exported: work.export, quantized: work.quantize };
}

/**
 * The heavy steps completeModelFolder would take on `dir`: exporting onnx/model.onnx (there is none), writing the
 * int8 copy (`quantize`, weights and no int8 copy, and small enough to write inline). Only looks at file names.
 */
export async function pendingFolderWork(
  dir: string,
  { quantize = true }: Pick<CompleteOptions, 'quantize'> = {},
): Promise<{ export: boolean; quantize: boolean }> {
  const [onnx, weights, int8] = await Promise.all([ONNX_FILE, WEIGHTS_FILE, QUANTIZED_ONNX_FILE].map((f) => exists(join(dir, f))));
  let fits = true;
  if (quantize && weights && !int8) {
    const config = await readConfig(dir);
    fits = parameterCount(config) <= QUANTIZED_INLINE_LIMIT; // one byte a weight
  }
  return { export: !onnx, quantize: quantize && weights && !int8 && fits };
}

/**
 * Adds onnx/model_quantized.onnx to an existing model folder, quantized from its model.safetensors (an ONNX-only
 * copy has no weights to quantize from), replacing any earlier one. Atomic: written under a temp name, renamed.
 */
export async function quantizeModelFolder(dir: string): Promise<{ path: string; sizeBytes: number }> {
  const config = await readConfig(dir);
  if (!(await exists(join(dir, WEIGHTS_FILE)))) {
    throw new InvalidInputError(`${dir} has no ${WEIGHTS_FILE}: an ONNX-only copy has no weights to quantize from`).withCode(
      'model.int8.no-weights',
      { dir },
    );
  }
  const bytes = quantizedOnnxBytes(config, await readWeights(dir, config));
  const path = join(dir, QUANTIZED_ONNX_FILE);
  const temp = tempSibling(path);
  try {
    await mkdir(join(dir, 'onnx'), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw diskError(error, `write ${path}`, dir);
  }
  return { path, sizeBytes: bytes.byteLength };
}

/**
 * The int8 decoder, inline: int8 weights are a quarter of float32's, so under protobuf's 2 GB limit up to
 * ~1.8 billion parameters (gpt2-xl is 1.6); a bigger model is refused rather than written half-readable.
 */
function quantizedOnnxBytes(config: Gpt2Config, weights: Gpt2Weights): Uint8Array {
  const model = quantizeWeightProducts(gpt2InferenceOnnxModel(config, weights));
  const bytes = model.graph.initializers.reduce((sum, t) => sum + t.data.byteLength, 0);
  if (bytes > QUANTIZED_INLINE_LIMIT) {
    throw new InvalidInputError(`the int8 model would need ${bytes} bytes of weights, over ONNX's 2 GB inline limit`).withCode(
      'model.int8.too-large',
      { gb: (bytes / 1024 ** 3).toFixed(1) },
    );
  }
  return encodeOnnxModel(model);
}

const QUANTIZED_INLINE_LIMIT = 1.9e9;

/**
 * Refuses, before a weight is made, a shape whose folder writeModelFiles() would refuse after making every weight:
 * its int8 copy must fit ONNX's inline limit (one byte a weight, ~1.9 billion). A random init of 96 layers of width
 * 8192 (~80 billion weights) would otherwise allocate hundreds of GB on the way there.
 */
function checkWritableShape(config: Gpt2Config): void {
  const count = parameterCount(config);
  if (count <= QUANTIZED_INLINE_LIMIT) return;
  const billions = (count / 1e9).toFixed(1);
  throw new InvalidInputError(
    `A GPT-2 of this shape has ${billions} billion weights; the largest Concierge writes has ${QUANTIZED_INLINE_LIMIT / 1e9} billion (its int8 copy must fit ONNX's 2 GB limit)`,
  ).withCode('model.init.too-large', { billions, max: QUANTIZED_INLINE_LIMIT / 1e9 });
}

/**
 * Refuses, before a weight is made, a random init (`model init`, the registry's installRandom()) of a shape too big
 * to write (checkWritableShape) or to hold in `freeBytes` of memory while it is made (checkInitMemory). One call,
 * so every path that makes a model from scratch checks both, in this order.
 */
export function checkRandomInit(config: Gpt2Config, freeBytes: number): void {
  checkWritableShape(config);
  checkInitMemory(config, freeBytes);
}

export interface ValidateOptions {
  /** Read model.safetensors and check every tensor against config.json (reads the whole file). */
  checkWeights?: boolean;
  /** Load onnx/model.onnx in ONNX Runtime and check its inputs and outputs against config.json. */
  checkOnnx?: boolean;
}

/**
 * Checks that `dir` is a complete GPT-2 model folder; throws InvalidInputError naming the first problem:
 * links or special files, a missing file, a config that is not GPT-2, a tokenizer whose size differs from
 * vocab_size, weights that do not match the config, an ONNX graph off the transformers.js contract.
 */
export async function validateModelFolder(
  dir: string,
  { checkWeights = true, checkOnnx = true }: ValidateOptions = {},
): Promise<ModelFolderInfo> {
  const files = await listPlainFiles(dir);
  const names = new Set(files.keys());
  for (const file of REQUIRED_FILES) {
    if (!names.has(file)) {
      throw new InvalidInputError(`${dir} is not a model folder: ${file} is missing`).withCode('model.folder.file-missing', { dir, file });
    }
  }
  const configText = await readText(dir, CONFIG_FILE);
  const config = await naming('model.folder.bad-config', CONFIG_FILE, async () => parseGpt2ConfigJson(configText, join(dir, CONFIG_FILE)));
  if (usesExternalData(configText) && !names.has(ONNX_DATA_FILE)) {
    throw new InvalidInputError(`${dir} is not a model folder: config.json says the weights are in ${ONNX_DATA_FILE}, which is missing`).withCode(
      'model.folder.file-missing',
      { dir, file: ONNX_DATA_FILE },
    );
  }
  const tokenizerText = await readText(dir, 'tokenizer.json');
  const tokens = await naming('model.folder.bad-tokenizer', 'tokenizer.json', async () => tokenizerVocabSize(tokenizerText));
  if (tokens !== config.vocabSize) {
    throw new InvalidInputError(
      `${dir}: tokenizer.json has ${tokens} tokens but config.json says vocab_size ${config.vocabSize}`,
    ).withCode('model.folder.vocab-mismatch', { dir, tokens, vocab: config.vocabSize });
  }
  if (names.has(GENERATION_CONFIG_FILE)) {
    const text = await readText(dir, GENERATION_CONFIG_FILE);
    await naming('model.folder.bad-config', GENERATION_CONFIG_FILE, async () => parseGenerationConfigJson(text, join(dir, GENERATION_CONFIG_FILE)));
  }
  const format = names.has(WEIGHTS_FILE) ? 'safetensors' : 'onnx';
  if (format === 'safetensors' && checkWeights) await readWeights(dir, config);
  if (checkOnnx) await naming('model.folder.bad-onnx', ONNX_FILE, () => checkOnnxContract(join(dir, ONNX_FILE), config));
  if (checkOnnx && names.has(QUANTIZED_ONNX_FILE)) {
    await naming('model.folder.bad-onnx', QUANTIZED_ONNX_FILE, () => checkOnnxContract(join(dir, QUANTIZED_ONNX_FILE), config));
  }
  const sizeBytes = [...files.values()].reduce((a, b) => a + b, 0);
  return { config, format, sizeBytes };
}

/**
 * Refuses a folder that is plainly not a model folder by looking at its top level only: config.json, and weights
 * (model.safetensors, or an onnx/ folder). An import runs this before it walks, sizes or copies anything, so a
 * folder chosen by mistake (`/`, a home folder) is refused at once, not after a walk of every file beneath it.
 */
export async function checkModelFolderTop(dir: string): Promise<void> {
  const kind = (name: string) => lstat(join(dir, name)).catch(() => undefined);
  const top = await lstat(dir).catch(() => undefined);
  if (!top?.isDirectory()) throw new InvalidInputError(`${dir} is not a folder`).withCode('model.folder.not-a-folder', { dir });
  if (!(await kind(CONFIG_FILE))?.isFile()) {
    throw new InvalidInputError(`${dir} is not a model folder: ${CONFIG_FILE} is missing`).withCode('model.folder.file-missing', {
      dir,
      file: CONFIG_FILE,
    });
  }
  const [weights, onnx] = await Promise.all([kind(WEIGHTS_FILE), kind('onnx')]);
  if (!weights?.isFile() && !onnx?.isDirectory()) {
    throw new InvalidInputError(`${dir} has neither ${WEIGHTS_FILE} nor ${ONNX_FILE}: there are no weights to load`).withCode(
      'model.folder.no-weights',
      { dir },
    );
  }
}

/**
 * The most files and folders a model folder may hold. One has about ten (a hub repo with every export, a few
 * dozen): a folder with more is not one, and is refused before the walk has listed all of it.
 */
export const MAX_FOLDER_ENTRIES = 1_000;

/** Every file under `dir` (relative path with `/` → size). Links and special files are refused: a link could
 * point anywhere on the machine, and copying or serving it would leave the model folder. So is a folder holding
 * more than MAX_FOLDER_ENTRIES files and folders, as soon as the walk meets one too many. */
export async function listPlainFiles(dir: string): Promise<Map<string, number>> {
  const top = await lstat(dir).catch(() => undefined);
  if (!top?.isDirectory()) throw new InvalidInputError(`${dir} is not a folder`).withCode('model.folder.not-a-folder', { dir });
  const files = new Map<string, number>();
  let entries = 0;
  const walk = async (folder: string): Promise<void> => {
    // opendir, not readdir: a folder of a million names is refused after the first MAX_FOLDER_ENTRIES, not read whole.
    for await (const entry of await opendir(folder)) {
      if (++entries > MAX_FOLDER_ENTRIES) {
        throw new InvalidInputError(`${dir} holds more than ${MAX_FOLDER_ENTRIES} files and folders; a model folder has a few dozen at most`).withCode(
          'model.folder.too-many-files',
          { dir, max: MAX_FOLDER_ENTRIES },
        );
      }
      const name = entry.name;
      const path = join(folder, name);
      const info = await lstat(path);
      const rel = relative(dir, path).split(sep).join('/');
      if (info.isSymbolicLink()) {
        throw new InvalidInputError(`${dir}: ${rel} is a link; a model folder holds plain files only`).withCode('model.folder.link', {
          dir,
          file: rel,
        });
      }
      if (info.isDirectory()) await walk(path);
      else if (info.isFile()) files.set(rel, info.size);
      else throw new InvalidInputError(`${dir}: ${rel} is not a regular file`).withCode('model.folder.special-file', { dir, file: rel });
    }
  };
  await walk(dir);
  return files;
}

/** Whether config.json's text tells transformers.js to read onnx/model.onnx_data (false when it is not JSON). */
export function usesExternalData(configText: string): boolean {
  try {
    const json = JSON.parse(configText) as Record<string, { use_external_data_format?: Record<string, unknown> }> | null;
    return Boolean(json?.['transformers.js_config']?.use_external_data_format?.['model.onnx']);
  } catch {
    return false;
  }
}

/** transformers.js reads `model.onnx_data` only when config.json says the model uses external data. */
function externalDataConfig(external: boolean): Record<string, unknown> {
  return external ? { 'transformers.js_config': { use_external_data_format: { 'model.onnx': 1 } } } : {};
}

async function writeIfMissing(path: string, text: () => string): Promise<void> {
  if (!(await exists(path))) await writeFile(path, text());
}

/**
 * The largest text file of a model folder read whole: config.json and its like are a few KB, GPT-2's tokenizer.json
 * 1.4 MB. A bigger one is refused by its size before it is read, not held in memory to find out it is not one.
 */
export const MAX_TEXT_FILE_BYTES = 32 * 2 ** 20;

async function readText(dir: string, name: string): Promise<string> {
  try {
    // The size is that of the file read, through the handle read: a link's own size (lstat) says nothing of its target.
    const handle = await open(join(dir, name), 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_TEXT_FILE_BYTES) throw fileTooLarge(dir, name, MAX_TEXT_FILE_BYTES);
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new InvalidInputError(`${dir}: ${name} is missing`).withCode('model.folder.file-missing', { dir, file: name });
    }
    throw error;
  }
}

function fileTooLarge(dir: string, file: string, maxBytes: number): InvalidInputError {
  const max = Math.ceil(maxBytes / 2 ** 20);
  return new InvalidInputError(`${dir}: ${file} is larger than ${max} MB, more than a GPT-2 model folder's ${file} can be`).withCode(
    'model.folder.file-too-large',
    { dir, file, max },
  );
}

/** Room for what an ONNX graph or a checkpoint holds besides the weights (names, shapes, nodes, the header). */
const FILE_OVERHEAD_BYTES = 64 * 2 ** 20;

/**
 * Reads the config of a folder about to be imported and checks its weight files against it, by size alone: none
 * may be over twice the float32 weights of that shape (plus room for the graph). An import reads the weights whole
 * and loads the graph in ONNX Runtime, so a file of any size there would be read or loaded whatever config.json said.
 */
export async function checkImportSizes(dir: string, files: ReadonlyMap<string, number>): Promise<Gpt2Config> {
  const config = await readConfig(dir);
  const maxBytes = 2 * 4 * parameterCount(config) + FILE_OVERHEAD_BYTES;
  for (const file of [WEIGHTS_FILE, ONNX_FILE, ONNX_DATA_FILE, QUANTIZED_ONNX_FILE]) {
    if ((files.get(file) ?? 0) > maxBytes) throw fileTooLarge(dir, file, maxBytes);
  }
  return config;
}

const readConfig = async (dir: string): Promise<Gpt2Config> => {
  const text = await readText(dir, CONFIG_FILE);
  return naming('model.folder.bad-config', CONFIG_FILE, async () => parseGpt2ConfigJson(text, join(dir, CONFIG_FILE)));
};

const readWeights = (dir: string, config: Gpt2Config): Promise<Gpt2Weights> =>
  naming('model.folder.bad-weights', WEIGHTS_FILE, () => readGpt2Safetensors(join(dir, WEIGHTS_FILE), config));

/**
 * Runs `work` on `file` of a model folder; a problem it finds that has no code of its own (config.json, the
 * tokenizer, the weights or the ONNX graph does not read as GPT-2) is named `code` with the file and the reader's
 * English as {detail}, which is technical and says exactly what is wrong.
 */
async function naming<T>(code: string, file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConciergeError && error.kind === 'invalid-input' && !error.code) error.withCode(code, { file, detail: error.message });
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
