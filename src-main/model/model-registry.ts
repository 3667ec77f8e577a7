// Model versions: folders `<dataDir>/models/<id>/` plus one row each in the store.
// Install order makes a half-written model impossible to list: write into `models/<id>.tmp-<random>/`,
// validate, rename to `models/<id>/`, and only then insert the row. Startup removes leftover temp folders and
// folders without a row (a crash between rename and insert).
import { randomBytes } from 'node:crypto';
import { cp, lstat, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { freemem, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { ModelProblem, ModelSource, ModelVersion } from '../shared/api/models.ts';
import type { ModelPrecision } from '../shared/inference-protocol.ts';
import { checkDiskSpace, diskError } from '../node/disk-space.ts';
import { isStaleTemp, TEMP_MARKER, tempSibling } from '../node/temp-path.ts';
import { MODEL_ID_PATTERN } from '../shared/api/models.ts';
import { ConciergeError, ConflictError, InvalidInputError, NotFoundError } from '../shared/errors.ts';
import type { ModelRecord, ModelRepository } from '../store/model-repository.ts';
import { parameterCount } from '../training/resource-check.ts';
import { runFolderJob } from './folder-job-client.ts';
import type { FolderJobPhase } from './folder-job-protocol.ts';
import { randomGpt2Weights, type Gpt2Config, type Gpt2Weights } from './gpt2-weights.ts';
import { checkInstallMemory, checkLoadMemory, checkMachineMemory, machineMemoryRefusal } from './load-memory.ts';
import {
  checkImportSizes,
  checkModelFolderTop,
  checkRandomInit,
  completeModelFolder,
  CONFIG_FILE,
  listPlainFiles,
  ONNX_DATA_FILE,
  ONNX_FILE,
  pendingFolderWork,
  QUANTIZED_ONNX_FILE,
  REQUIRED_FILES,
  validateModelFolder,
  usesExternalData,
  WEIGHTS_FILE,
  writeModelFiles,
  type ValidateOptions,
} from './model-folder.ts';

export const MODELS_DIR = 'models';
const ORPHAN_GRACE_MS = 60_000;
/** tokenizer.json and the small JSON files beside the weights, rounded up. */
const TOKENIZER_BYTES = 4 * 2 ** 20;

export interface InstallOptions {
  name: string;
  source: ModelSource;
  parentId?: string | null;
  kbRevision?: number | null;
  metrics?: Record<string, number>;
  origin?: string | null;
  /** The hub commit a pulled version's files came from. */
  revision?: string | null;
  activate?: boolean;
  /** Runs in the same transaction as the version's row (e.g. completing the training run that made it). */
  registering?: (id: string) => void;
}

export interface LoadOptions {
  /** The model the inference worker holds now: its memory is taken already, so it is not checked again. */
  loaded?: { id: string } | null;
}

export interface ModelRegistryDeps {
  dataDir: string;
  repository: ModelRepository;
  /** Called after the set of versions or the active version changed. */
  onChange?: (active: ModelVersion | null) => void;
  /** Free memory in bytes (default os.freemem()), checked before a model is handed out for loading, made or imported. */
  freeMemory?: () => number;
  /** The machine's memory in bytes (default os.totalmem()): a model needing more is refused at activation. */
  totalMemory?: () => number;
}

export class ModelRegistry {
  readonly modelsDir: string;
  /** Versions whose int8 copy is being written: a second quantize would only race the first. */
  private readonly quantizing = new Set<string>();

  constructor(private readonly deps: ModelRegistryDeps) {
    this.modelsDir = join(deps.dataDir, MODELS_DIR);
  }

  /**
   * Removes what a crash left behind: temp folders of dead processes, folders that never got their row (older
   * than a minute, so an install another process is just finishing is left alone), and a dead process's
   * half-written int8 copy in a version's onnx/ folder (`model quantize` killed).
   */
  async cleanUp(now = Date.now()): Promise<void> {
    await mkdir(this.modelsDir, { recursive: true });
    for (const name of await readdir(this.modelsDir)) {
      const path = join(this.modelsDir, name);
      const registered = MODEL_ID_PATTERN.test(name) && this.deps.repository.get(name) !== undefined;
      const orphan = MODEL_ID_PATTERN.test(name) && !registered && now - (await lstat(path)).mtimeMs > ORPHAN_GRACE_MS;
      if (orphan || (name.includes(TEMP_MARKER) && isStaleTemp(name))) await rm(path, { recursive: true, force: true });
      else if (registered) await removeStaleTemps(join(path, 'onnx'));
    }
  }

  /**
   * Registers whole model folders that have no row, e.g. the versions made after the backup a restore just
   * brought back: each becomes a version named by its id (source `import`), so a restore never costs a model
   * (cleanUp() would delete such folders). Folders written in the last minute may be an install another process
   * is finishing, and are left alone. Returns the ids adopted.
   */
  async adoptOrphans(now = Date.now()): Promise<string[]> {
    const adopted: string[] = [];
    for (const name of await readdir(this.modelsDir).catch(() => [] as string[])) {
      const dir = join(this.modelsDir, name);
      if (!MODEL_ID_PATTERN.test(name) || this.deps.repository.get(name)) continue;
      if (now - (await lstat(dir)).mtimeMs <= ORPHAN_GRACE_MS) continue;
      const info = await validateModelFolder(dir, { checkWeights: false, checkOnnx: false }).catch(() => null);
      if (!info) continue; // not a whole model: cleanUp() removes it
      const { config, format, sizeBytes } = info;
      this.deps.repository.insert({ id: name, name, source: 'import', origin: dir, config, format, sizeBytes });
      adopted.push(name);
    }
    if (adopted.length) await this.changed();
    return adopted;
  }

  async list(): Promise<ModelVersion[]> {
    return Promise.all(this.deps.repository.list().map((record) => this.withDisk(record)));
  }

  async get(id: string): Promise<ModelVersion> {
    return this.withDisk(this.deps.repository.require(checkId(id)));
  }

  async active(): Promise<ModelVersion | null> {
    const record = this.deps.repository.active();
    return record ? this.withDisk(record) : null;
  }

  /** The folder of version `id`. */
  dir(id: string): string {
    return join(this.modelsDir, checkId(id));
  }

  /**
   * Folder of `id`, or of the active version, ready to load: NotFoundError when there is none or it is broken
   * (files deleted behind the app's back), UnavailableError when it needs more memory than is free. Both carry
   * a ModelProblem as `details`.
   */
  async resolve(id?: string, options: LoadOptions = {}): Promise<{ id: string; dir: string }> {
    const version = id === undefined ? await this.active() : await this.get(id);
    if (!version) throw new NotFoundError('No model is installed yet: run "concierge model init" or "model pull"').withCode('model.none-installed');
    return this.ready(version, options);
  }

  /** resolve() for a version already read (its files were checked then): the same errors, no second look at the disk. */
  ready(version: ModelVersion, { loaded }: LoadOptions = {}): { id: string; dir: string } {
    if (version.missing) throw this.brokenError(version);
    if (loaded?.id !== version.id) checkLoadMemory(version, this.freeMemory());
    return { id: version.id, dir: this.dir(version.id) };
  }

  /** Registers weights (training output, random init) as a new version with every file written here. */
  async installWeights(
    model: { config: Gpt2Config; weights: Gpt2Weights },
    options: InstallOptions,
  ): Promise<ModelVersion> {
    // Our own writer made every file from these weights: the deep checks would only re-read them.
    const trusted = { checkWeights: false, checkOnnx: false };
    // float32 weights twice (model.safetensors and the ONNX graph), int8 once (the quantized graph), the tokenizer.
    const bytes = (2 * 4 + 1) * parameterCount(model.config) + TOKENIZER_BYTES;
    return this.install(options, (staging) => writeModelFiles(staging, model), trusted, bytes);
  }

  /** A randomly initialised GPT-2 of the given shape. */
  async installRandom(config: Gpt2Config, seed: number, options: InstallOptions): Promise<ModelVersion> {
    // Before the weights exist: a shape too big to write or to hold is said at once, not after gigabytes.
    checkRandomInit(config, this.freeMemory());
    return this.installWeights({ config, weights: randomGpt2Weights(config, seed) }, options);
  }

  /**
   * Imports a folder: a GPT-2 safetensors checkpoint in Hugging Face layout or an ONNX-only transformers.js copy.
   * The source is copied (or moved, for a staging folder of ours) and checked. What a checkpoint lacks is written
   * from its weights in a worker thread, inside the staging folder (so a kill leaves no half-installed version):
   * the ONNX graph, and the int8 copy, as every model the app writes has one. `onPhase` says when each begins.
   */
  async installFolder(
    source: string,
    { move, onPhase, ...options }: InstallOptions & { move?: boolean; onPhase?: (phase: FolderJobPhase) => void },
  ): Promise<ModelVersion> {
    const from = resolve(source);
    await checkModelFolderTop(from); // `/` or a home folder is refused by its top level, before any walk
    const files = await listPlainFiles(from); // refuse links and special files before copying anything
    // A folder from outside (ours are moved in): weight files out of all proportion to config.json, or a shape
    // this machine cannot hold, are refused before any is read.
    if (!move) checkInstallMemory(await checkImportSizes(from, files), this.freeMemory());
    // What is copied (nothing for a move), plus the ONNX graph exported from the weights when there is none and
    // the int8 copy (a quarter of the float32 weights) when there is none.
    const copied = move ? 0 : [...files.values()].reduce((a, b) => a + b, 0);
    const weightBytes = files.get(WEIGHTS_FILE) ?? 0;
    const exported = files.has(ONNX_FILE) ? 0 : weightBytes;
    const quantized = files.has(QUANTIZED_ONNX_FILE) ? 0 : Math.ceil(weightBytes / 4);
    const expectedBytes = copied + exported + quantized;
    const disk = { what: `install model "${options.name}"`, dir: this.modelsDir, neededBytes: expectedBytes };
    const install = this.install(options, async (staging) => {
      if (move) {
        await rm(staging, { recursive: true });
        await rename(from, staging).catch(async (error: { code?: string }) => {
          if (error.code !== 'EXDEV') throw error;
          await cp(from, staging, { recursive: true }); // another file system: copy instead
        });
      } else {
        await cp(from, staging, { recursive: true, errorOnExist: true, force: false });
      }
      const work = await pendingFolderWork(staging);
      // Only small files to add (a trained candidate, a complete folder): not worth a worker.
      if (!work.export && !work.quantize) await completeModelFolder(staging);
      else await runFolderJob({ type: 'complete', dir: staging, quantize: true, disk }, onPhase);
    }, undefined, expectedBytes);
    return install.catch((error: unknown) => {
      throw this.asSource(error, from);
    });
  }

  /**
   * A problem found in the staging copy of `source` names the staging folder, which the user never chose and
   * which is gone by now: it names `source` instead, in the English and in the code's {dir}.
   */
  private asSource(error: unknown, source: string): unknown {
    const dir = error instanceof ConciergeError ? error.params?.dir : undefined;
    if (typeof dir !== 'string' || !dir.startsWith(join(this.modelsDir, '')) || !dir.includes(TEMP_MARKER)) return error;
    const renamed = error as ConciergeError;
    renamed.message = renamed.message.split(dir).join(source);
    renamed.params = { ...renamed.params, dir: source };
    return renamed;
  }

  /**
   * Writes onnx/model_quantized.onnx (int8) into version `id`'s folder from its model.safetensors, in a worker
   * thread, replacing an earlier one (atomically: a temp file renamed), so that inference with precision int8
   * can use it. An ONNX-only copy has no weights to quantize; a version already being quantized is refused.
   */
  async quantize(id: string, onPhase?: (phase: FolderJobPhase) => void): Promise<ModelVersion> {
    // Claimed before the first await: two calls at once both awaited get() first, and whichever read finished
    // first won, so the call refused could be the first one.
    if (this.quantizing.has(id)) throw new ConflictError(`Model "${id}" is already being quantized`).withCode('model.int8.busy', { id });
    this.quantizing.add(id);
    let dir: string;
    try {
      const version = await this.get(id);
      if (version.missing) throw this.brokenError(version, 'cannot be quantized');
      if (version.format === 'onnx') {
        throw new InvalidInputError(
          `Model "${id}" is an ONNX-only copy: it has no ${WEIGHTS_FILE} to make an int8 copy from; ` +
            `import or pull the checkpoint with its weights to get one`,
        ).withCode('model.int8.onnx-only', { id });
      }
      dir = this.dir(id);
      const neededBytes = parameterCount(version.config); // one byte a weight
      const disk = { what: `quantize model "${id}"`, dir: this.modelsDir, neededBytes };
      checkDiskSpace(this.modelsDir, neededBytes, disk.what);
      await runFolderJob({ type: 'quantize', dir, disk }, onPhase);
    } finally {
      this.quantizing.delete(id);
    }
    const files = await listPlainFiles(dir);
    this.deps.repository.setSize(id, [...files.values()].reduce((a, b) => a + b, 0));
    await this.changed(); // every window's list shows the new int8 copy
    return this.get(id);
  }

  async activate(id: string): Promise<ModelVersion> {
    const version = await this.get(id);
    if (version.missing) throw this.brokenError(version, 'cannot be activated');
    checkMachineMemory(version, this.totalMemory());
    this.deps.repository.activate(id);
    await this.changed();
    return this.get(id);
  }

  /** Deletes a version: the row first (so it is never listed half-deleted), then its folder. */
  async delete(id: string): Promise<void> {
    this.deps.repository.delete(checkId(id));
    const dir = this.dir(id);
    const doomed = tempSibling(dir); // renamed first: a crash mid-delete leaves a temp folder cleanUp removes
    await rename(dir, doomed).catch(() => undefined);
    await rm(doomed, { recursive: true, force: true });
    await this.changed();
  }

  /**
   * Installs a new version whose files `write` puts into an empty staging folder. The folder is validated,
   * renamed into place, and only then registered; on any failure (disk full included) nothing remains.
   * `expectedBytes`, when known, is checked against the free disk space before anything is written.
   */
  async install(
    options: InstallOptions,
    write: (staging: string) => Promise<void>,
    validation?: ValidateOptions,
    expectedBytes?: number,
  ): Promise<ModelVersion> {
    await mkdir(this.modelsDir, { recursive: true });
    const what = `install model "${options.name}"`;
    if (expectedBytes) checkDiskSpace(this.modelsDir, expectedBytes, what);
    const id = newModelId(options.name);
    const dir = this.dir(id);
    const staging = tempSibling(dir);
    let refusal: Error | undefined;
    try {
      await mkdir(staging);
      await write(staging);
      const info = await validateModelFolder(staging, validation);
      await rename(staging, dir);
      try {
        const { config, format, sizeBytes } = info;
        const { registering, activate, ...record } = options;
        // Too big to ever answer here: installed all the same (a download is not thrown away), but not activated.
        refusal = activate ? machineMemoryRefusal({ id, config }, this.totalMemory()) : undefined;
        this.deps.repository.insert({ id, ...record, activate: activate && !refusal, config, format, sizeBytes }, () => registering?.(id));
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw diskError(error, what, this.modelsDir, expectedBytes);
    }
    await this.changed();
    if (refusal) throw refusal;
    return this.get(id);
  }

  private freeMemory(): number {
    return this.deps.freeMemory?.() ?? freemem();
  }

  private totalMemory(): number {
    return this.deps.totalMemory?.() ?? totalmem();
  }

  /** `missing` when the folder, or a file loading or training needs, was deleted behind the app's back. */
  private async withDisk(record: ModelRecord): Promise<ModelVersion> {
    const dir = this.dir(record.id);
    const [lost, precisions] = await Promise.all([missingFiles(dir, record.format), precisionsIn(dir)]);
    const gone = lost ?? neededFiles(record.format, false);
    return { ...record, missing: gone.length > 0, missingFiles: gone, folderMissing: lost === null, precisions };
  }

  /** What is gone from a broken version, where, and how to get it back; `verb` says what was refused. */
  private brokenError(version: ModelVersion, verb?: string): NotFoundError {
    const dir = this.dir(version.id);
    const lost = version.folderMissing ? `folder is gone (${dir})` : `is missing ${version.missingFiles.join(', ')} in ${dir}`;
    const what = verb
      ? `Model "${version.id}" ${verb}: ${version.folderMissing ? 'its' : 'it'} ${lost}`
      : `${version.folderMissing ? `The folder of model "${version.id}"` : `Model "${version.id}"`} ${lost}`;
    const problem: ModelProblem = {
      code: 'model-missing',
      modelId: version.id,
      files: version.missingFiles,
      folderMissing: version.folderMissing,
    };
    // The active version cannot be deleted: say how to get past that.
    const active = version.active ? ' (activate another version first: the active one cannot be deleted)' : '';
    const error = new NotFoundError(`${what}; ${reinstallHint(version)}${active}`, problem);
    return version.folderMissing
      ? error.withCode('model.folder-gone', { id: version.id, dir })
      : error.withCode('model.files-missing', { id: version.id, files: version.missingFiles.join(', ') });
  }

  private async changed(): Promise<void> {
    this.deps.onChange?.(await this.active());
  }
}

/** The files loading (ONNX) and training (safetensors) need. */
function neededFiles(format: ModelVersion['format'], externalData: boolean): string[] {
  return [...REQUIRED_FILES, ...(externalData ? [ONNX_DATA_FILE] : []), ...(format === 'safetensors' ? [WEIGHTS_FILE] : [])];
}

/** The files of `dir` a version of `format` needs that are not there; null when the folder itself is gone. */
async function missingFiles(dir: string, format: ModelVersion['format']): Promise<string[] | null> {
  if (!(await lstat(dir).then((s) => s.isDirectory(), () => false))) return null;
  const config = await readFile(join(dir, CONFIG_FILE), 'utf8').catch(() => '');
  const needed = neededFiles(format, usesExternalData(config));
  const present = await Promise.all(needed.map((file) => lstat(join(dir, file)).then((s) => s.isFile(), () => false)));
  return needed.filter((_, i) => !present[i]);
}

/** Deletes the temp files of dead writers in `dir` (none when it does not exist). */
async function removeStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.includes(TEMP_MARKER) && isStaleTemp(name)) await rm(join(dir, name), { force: true });
  }
}

/** The graphs `dir` holds: fp32 (onnx/model.onnx) and int8 (onnx/model_quantized.onnx). */
async function precisionsIn(dir: string): Promise<ModelPrecision[]> {
  const graphs: [ModelPrecision, string][] = [['fp32', ONNX_FILE], ['int8', QUANTIZED_ONNX_FILE]];
  const present = await Promise.all(graphs.map(([, file]) => lstat(join(dir, file)).then((s) => s.isFile(), () => false)));
  return graphs.filter((_, i) => present[i]).map(([precision]) => precision);
}

/** What to do about a version whose files are gone, by where it came from. */
function reinstallHint(version: ModelVersion): string {
  switch (version.source) {
    case 'pull':
      return `pull it again ("concierge model pull ${version.origin ?? version.name}", or Models → Pull) and delete this version`;
    case 'import':
      return `import ${version.origin ?? 'its folder'} again and delete this version`;
    case 'train':
      return 'train it again from its base model, or delete this version';
    default:
      return 'delete this version and create or install the model again';
  }
}

function checkId(id: string): string {
  if (!MODEL_ID_PATTERN.test(id)) {
    throw new InvalidInputError(`"${id}" is not a model id (lowercase letters, digits, dashes)`).withCode('model.bad-id', { id });
  }
  return id;
}

/** `distilgpt2-20251129-0812-3fa2`: readable, sortable, unique, and safe as a folder name whatever the name was. */
export function newModelId(name: string, now = new Date()): string {
  const slug =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'model';
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${slug}-${stamp}-${randomBytes(2).toString('hex')}`;
}
