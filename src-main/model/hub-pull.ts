// `model pull`: fetch a GPT-2 checkpoint from the Hugging Face hub (or HF_ENDPOINT), verify it, export ONNX and
// the int8 copy locally and register it. Downloads go to `<dataDir>/downloads/<owner>--<name>/` and survive a failed run,
// so the next run resumes them; the folder is moved into the registry once complete.
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { freemem } from 'node:os';
import { join } from 'node:path';
import { checkDiskSpace, diskError } from '../node/disk-space.ts';
import type { ModelProgress, ModelVersion } from '../shared/api/models.ts';
import { ConciergeError, InvalidInputError, NotFoundError } from '../shared/errors.ts';
import { hubRepoName } from '../shared/hub-repo.ts';
import { parseGpt2ConfigJson } from './hf-config.ts';
import { downloadHubFile, resolveHubFile, type DownloadOptions, type HubFileInfo } from './hub-download.ts';
import { checkInstallMemory } from './load-memory.ts';
import { MAX_TEXT_FILE_BYTES } from './model-folder.ts';
import type { ModelRegistry } from './model-registry.ts';

const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';
const DOWNLOADS_DIR = 'downloads';

export interface PullOptions {
  /** `gpt2`, `distilgpt2` or `owner/name`. */
  repo: string;
  /** Defaults to $HF_ENDPOINT, else https://huggingface.co. */
  endpoint?: string;
  name?: string;
  activate?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: Omit<ModelProgress, 'requestId'>) => void;
  /** Free memory in bytes (default os.freemem()), checked against config.json's shape before the weights download. */
  freeMemory?: () => number;
  /** Per-file download tuning (attempts, delays); mostly for tests. */
  download?: Pick<DownloadOptions, 'maxAttempts' | 'retryDelayMs' | 'idleTimeoutMs'>;
}

export function hubEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  return env.HF_ENDPOINT?.trim() || DEFAULT_HUB_ENDPOINT;
}

/** Downloads, verifies, exports and registers a hub model; nothing is registered unless every step succeeded. */
export async function pullModel(registry: ModelRegistry, dataDir: string, options: PullOptions): Promise<ModelVersion> {
  const repo = canonicalRepo(options.repo);
  const folder = join(dataDir, DOWNLOADS_DIR, repo.replace('/', '--'));
  const { revision } = await downloadHubModel(repo, folder, options).catch((error: unknown) => {
    throw diskError(error, `download ${repo}`, folder);
  });
  options.onProgress?.({ phase: 'installing', receivedBytes: 0, totalBytes: 0 });
  try {
    const version = await registry.installFolder(folder, {
      name: options.name ?? repo,
      source: 'pull',
      origin: repo,
      revision,
      activate: options.activate,
      move: true,
      onPhase: (phase) => options.onProgress?.({ phase, receivedBytes: 0, totalBytes: 0 }),
    });
    options.onProgress?.({ phase: 'done', receivedBytes: version.sizeBytes, totalBytes: version.sizeBytes });
    return version;
  } finally {
    // Verified files that still failed to install (not GPT-2 after all, disk full) would fail the same way again.
    await rm(folder, { recursive: true, force: true });
  }
}

/** `gpt2` → `openai-community/gpt2`; refuses anything that is not a plain repo name (no `..`, no URL). */
export function canonicalRepo(repo: string): string {
  const name = hubRepoName(repo);
  if (name === null) {
    throw new InvalidInputError(`"${repo}" is not a hub repo name; use gpt2, distilgpt2 or owner/name`).withCode(
      'hub.bad-repo-name',
      { repo },
    );
  }
  return name;
}

/**
 * Fetches config.json (checked to be GPT-2 before anything big is downloaded), the tokenizer (tokenizer.json,
 * else vocab.json + merges.txt), generation_config.json when present, and model.safetensors into `folder`. The
 * commit `main` resolved to for config.json (its X-Repo-Commit, sent with or without an ETag) is the revision: the
 * other files are resolved at it, so a push to the repo during the pull cannot mix two commits' files.
 */
async function downloadHubModel(repo: string, folder: string, options: PullOptions): Promise<{ revision: string | null }> {
  const endpoint = options.endpoint ?? hubEndpoint();
  let revision: string | undefined;
  const resolve = (file: string) => resolveHubFile(endpoint, repo, file, { signal: options.signal, revision });
  const report = options.onProgress ?? (() => {});
  report({ phase: 'resolving', receivedBytes: 0, totalBytes: 0 });
  await mkdir(folder, { recursive: true });

  const config = await resolve('config.json');
  if (!config) throw new NotFoundError(`${repo} has no config.json; is it a Transformers model?`).withCode('hub.no-config', { repo });
  revision = config.commit;
  refuseLargeText(repo, config);
  await fetchFile(config, folder, options);
  const configText = await readFile(join(folder, 'config.json'), 'utf8');
  let shape;
  try {
    shape = parseGpt2ConfigJson(configText, `${repo}/config.json`);
  } catch (error) {
    // The model a user meets most often here: a repo of another architecture (BERT, Llama…).
    if (error instanceof ConciergeError && !error.code) error.withCode('hub.not-gpt2', { repo, detail: error.message });
    throw error;
  }
  // Installing reads the weights whole and loads the graph: a shape this machine cannot hold is refused before its download.
  checkInstallMemory(shape, options.freeMemory?.() ?? freemem());

  const weights = await resolve('model.safetensors');
  if (!weights) {
    throw new NotFoundError(`${repo} has no model.safetensors (other weight formats are not supported)`).withCode('hub.no-weights', { repo });
  }
  const tokenizer = await resolve('tokenizer.json');
  const vocabFiles = tokenizer ? [] : await Promise.all([resolve('vocab.json'), resolve('merges.txt')]);
  if (!tokenizer && vocabFiles.some((file) => !file)) {
    throw new NotFoundError(`${repo} has no tokenizer.json, nor vocab.json and merges.txt`).withCode('hub.no-tokenizer', { repo });
  }
  const generation = await resolve('generation_config.json');
  for (const file of [tokenizer, ...vocabFiles, generation]) if (file) refuseLargeText(repo, file);
  const files = [tokenizer, ...vocabFiles, generation, weights].filter((file): file is HubFileInfo => file !== null);

  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  // What is still to download (files an earlier run completed are kept), plus the ONNX graph exported from
  // the weights at install: refused now rather than after filling the disk.
  const complete = await Promise.all(files.map((file) => stat(join(folder, file.file)).then((s) => s.size === file.size, () => false)));
  const remaining = files.reduce((sum, file, i) => sum + (complete[i] ? 0 : file.size), 0);
  checkDiskSpace(folder, remaining + weights.size, `download and install ${repo}`);
  let doneBytes = 0;
  for (const file of files) {
    await fetchFile(file, folder, {
      ...options,
      onFileProgress: (received) =>
        report({ phase: 'downloading', file: file.file, receivedBytes: doneBytes + received, totalBytes }),
    });
    doneBytes += file.size;
  }
  report({ phase: 'verifying', receivedBytes: totalBytes, totalBytes });
  return { revision: revision ?? null };
}

/**
 * Refuses a text file (config.json, the tokenizer's files) the hub says is larger than MAX_TEXT_FILE_BYTES, before
 * it is downloaded: each is read whole, here (config.json) or at install, and GPT-2's largest is 1.4 MB.
 */
function refuseLargeText(repo: string, file: HubFileInfo): void {
  if (file.size <= MAX_TEXT_FILE_BYTES) return;
  const max = MAX_TEXT_FILE_BYTES / 2 ** 20;
  throw new InvalidInputError(
    `${repo}/${file.file} is ${(file.size / 2 ** 20).toFixed(0)} MB, larger than the ${max} MB a GPT-2 model's ${file.file} can be`,
  ).withCode('hub.file-too-large', { file: `${repo}/${file.file}`, max });
}

/** Downloads one file unless a verified copy is already in `folder` (from an earlier, interrupted pull). */
async function fetchFile(
  file: HubFileInfo,
  folder: string,
  options: PullOptions & { onFileProgress?: (received: number) => void },
): Promise<void> {
  const dest = join(folder, file.file);
  const existing = await stat(dest).catch(() => undefined);
  if (existing?.size === file.size) return options.onFileProgress?.(file.size);
  await downloadHubFile(file, dest, {
    ...options.download,
    signal: options.signal,
    onProgress: (received) => options.onFileProgress?.(received),
  });
}
