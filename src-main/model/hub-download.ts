// Downloads single files from a Hugging Face-compatible hub, the way huggingface_hub does:
//
// 1. `HEAD {endpoint}/{repo}/resolve/{revision}/{file}` without following redirects.
//    - A relative 3xx is a renamed repo (gpt2 → openai-community/gpt2): follow it.
//    - An LFS/Xet file answers 302 to its CDN URL and carries `X-Linked-Size` and `X-Linked-Etag`
//      (the sha256 of the content, quoted).
//    - A regular (git) file answers 200 with `Content-Length` and an `ETag` that is its git blob sha1,
//      i.e. sha1("blob <size>\0" + content), possibly weak (`W/"…"`).
//    - 404 with `X-Error-Code: EntryNotFound` is a missing file; 401/404 with `RepoNotFound` a missing repo.
//    - Either answer names the commit the revision resolved to in `X-Repo-Commit`, with or without an ETag.
// 2. `GET` the resolved URL into `<file>.<hash>.part`, resuming with `Range: bytes=<have>-` after a dropped
//    connection (206 continues, 200 restarts, 416 means the part is already whole).
// 3. Check the size and the hash, then rename the part to its final name.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CancelledError, InvalidInputError, NotFoundError, UnavailableError } from '../shared/errors.ts';
import { proxiedFetch } from './proxied-fetch.ts';

export interface HubFileInfo {
  file: string;
  /** Where the bytes are: the CDN URL for LFS files, the resolve URL otherwise. */
  url: string;
  size: number;
  /** LFS files: sha256 of the content (from X-Linked-Etag). */
  sha256?: string;
  /** Regular files: git blob sha1 (from ETag). */
  gitSha1?: string;
  /** The commit the revision resolved to (X-Repo-Commit), when the hub said it. */
  commit?: string;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Called as bytes arrive: bytes on disk so far (including a resumed part) and the file's size. */
  onProgress?: (received: number, total: number) => void;
  /** Attempts per file; each attempt after a drop resumes where the last one stopped. */
  maxAttempts?: number;
  retryDelayMs?: number;
  /** A connection that sends nothing for this long is treated as dropped. */
  idleTimeoutMs?: number;
}

const MAX_REDIRECTS = 5;

/** Size, hash and download URL of one file of a hub repo; null when the repo has no such file. */
export async function resolveHubFile(
  endpoint: string,
  repo: string,
  file: string,
  { signal, revision = 'main' }: { signal?: AbortSignal; revision?: string } = {},
): Promise<HubFileInfo | null> {
  let url = `${endpoint.replace(/\/+$/, '')}/${repo}/resolve/${encodeURIComponent(revision)}/${file}`;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await hubFetch(url, { method: 'HEAD', redirect: 'manual', headers: IDENTITY, signal });
    const linkedSize = response.headers.get('x-linked-size');
    const linkedEtag = response.headers.get('x-linked-etag');
    const commit = repoCommit(response.headers.get('x-repo-commit'));
    if (response.status >= 300 && response.status < 400) {
      const location = new URL(response.headers.get('location') ?? '', url).href;
      if (linkedSize !== null) {
        return { file, url: location, size: parseSize(linkedSize, file), sha256: parseSha256(linkedEtag, file), ...commit };
      }
      url = location; // renamed repo: follow
      continue;
    }
    if (response.ok) {
      const size = parseSize(linkedSize ?? response.headers.get('content-length'), file);
      if (linkedEtag !== null) return { file, url, size, sha256: parseSha256(linkedEtag, file), ...commit };
      const etag = normalizeEtag(response.headers.get('etag'));
      return { file, url, size, gitSha1: GIT_SHA1.test(etag) ? etag : undefined, ...commit };
    }
    const code = response.headers.get('x-error-code');
    if (code === 'RepoNotFound' || response.status === 401) {
      throw new NotFoundError(`Hub repo "${repo}" was not found (or is private)`).withCode('hub.repo-not-found', { repo });
    }
    if (response.status === 404) return null;
    throw new UnavailableError(`The hub answered ${response.status} for ${repo}/${file}`).withCode('hub.http-status', {
      status: response.status,
      file: `${repo}/${file}`,
    });
  }
  throw new UnavailableError(`Too many redirects resolving ${repo}/${file}`).withCode('hub.too-many-redirects', { file: `${repo}/${file}` });
}

/** Downloads `info` to `dest`, resuming a part left by an earlier attempt, and verifies size and hash. */
export async function downloadHubFile(info: HubFileInfo, dest: string, options: DownloadOptions = {}): Promise<void> {
  const { maxAttempts = 5, retryDelayMs = 500 } = options;
  const part = `${dest}.${(info.sha256 ?? info.gitSha1 ?? `size${info.size}`).slice(0, 16)}.part`;
  await removeStaleParts(dest, part);
  for (let attempt = 1; ; attempt++) {
    try {
      await fetchIntoPart(info, part, options);
      break;
    } catch (error) {
      if (options.signal?.aborted) throw cancelled(info.file);
      if (!(error instanceof UnavailableError) || attempt >= maxAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
    }
  }
  await verify(info, part);
  await rename(part, dest);
}

async function fetchIntoPart(info: HubFileInfo, part: string, options: DownloadOptions): Promise<void> {
  let have = await fileSize(part);
  if (have > info.size) {
    await rm(part, { force: true });
    have = 0;
  }
  if (have === info.size) return;
  const idle = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, idle.signal]) : idle.signal;
  const headers: Record<string, string> = { ...IDENTITY, ...(have > 0 ? { range: `bytes=${have}-` } : {}) };
  const response = await hubFetch(info.url, { headers, signal });
  if (response.status === 416 && have > 0) {
    await rm(part, { force: true }); // the server disagrees about what we have: start over
    throw new UnavailableError(`The hub refused to resume ${info.file}; restarting it`).withCode('hub.resume-refused', { file: info.file });
  }
  if (!response.ok || !response.body) {
    const error = `The hub answered ${response.status} while downloading ${info.file}`;
    const refusal = response.status >= 500 || response.status === 429 ? new UnavailableError(error) : new NotFoundError(error);
    throw refusal.withCode('hub.http-status', { status: response.status, file: info.file });
  }
  const resumed = response.status === 206 && contentRangeStart(response.headers.get('content-range')) === have;
  if (!resumed) have = 0; // a 200 (or an unexpected range) carries the file from its first byte
  let received = have;
  options.onProgress?.(received, info.size);
  let timer: NodeJS.Timeout | undefined;
  const armIdle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), options.idleTimeoutMs ?? 60_000);
  };
  // Each chunk is on disk before the next is read, so after a drop the part holds every byte received.
  const file = await open(part, resumed ? 'a' : 'w');
  let overrun = false;
  try {
    armIdle();
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      // Bytes past the size the hub gave are never the file: stop reading rather than fill the disk.
      if (received + chunk.byteLength > info.size) {
        overrun = true;
        break;
      }
      await file.write(chunk);
      received += chunk.byteLength;
      armIdle();
      options.onProgress?.(received, info.size);
    }
  } catch (error) {
    if (options.signal?.aborted) throw cancelled(info.file);
    throw new UnavailableError(
      `Download of ${info.file} dropped at ${received} of ${info.size} bytes (${(error as Error).message}); ` +
        'run the same command again to resume',
    ).withCode('hub.download-dropped', { file: info.file });
  } finally {
    clearTimeout(timer);
    await file.close();
  }
  if (overrun) await discardCorrupt(info, part, `more than the ${info.size} bytes the hub says`);
  if (received < info.size) {
    throw new UnavailableError(
      `Download of ${info.file} ended early at ${received} of ${info.size} bytes; run the same command again to resume`,
    ).withCode('hub.download-dropped', { file: info.file });
  }
}

/** Removes a part that is not the file (a corrupt part cannot be resumed: the bad bytes could be anywhere) and says why. */
async function discardCorrupt(info: HubFileInfo, part: string, what: string): Promise<never> {
  await rm(part, { force: true });
  throw new InvalidInputError(`Downloaded ${info.file} is corrupt: ${what}; it was discarded, run again to retry`).withCode(
    'hub.download-corrupt',
    { file: info.file },
  );
}

async function verify(info: HubFileInfo, part: string): Promise<void> {
  const size = await fileSize(part);
  const reject = (what: string) => discardCorrupt(info, part, what);
  if (size !== info.size) return reject(`${size} bytes, the hub says ${info.size}`);
  if (info.sha256) {
    const actual = await hashFile(part, 'sha256');
    if (actual !== info.sha256) return reject(`sha256 ${actual}, the hub says ${info.sha256}`);
  } else if (info.gitSha1) {
    const actual = await hashFile(part, 'sha1', `blob ${size}\0`);
    if (actual !== info.gitSha1) return reject(`git sha1 ${actual}, the hub says ${info.gitSha1}`);
  }
}

async function hashFile(path: string, algorithm: 'sha256' | 'sha1', prefix = ''): Promise<string> {
  const hash = createHash(algorithm).update(prefix);
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Parts of the same file under another hash belong to an older upload: they cannot be resumed. */
async function removeStaleParts(dest: string, keep: string): Promise<void> {
  const prefix = `${basename(dest)}.`;
  const names = await readdir(dirname(dest)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.part') && name !== basename(keep)) {
      await rm(join(dirname(dest), name), { force: true });
    }
  }
}

// Ask for the raw bytes: a compressed response would make Content-Length and ranges refer to other bytes.
const IDENTITY = { 'accept-encoding': 'identity' };

async function hubFetch(url: string, init: RequestInit): Promise<Response> {
  try {
    return await proxiedFetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new UnavailableError(
      `Cannot reach ${new URL(url).origin} (${cause?.code ?? cause?.message ?? (error as Error).message}); ` +
        'check the network connection, the proxy (HTTPS_PROXY) or HF_ENDPOINT',
    ).withCode('hub.unreachable', { host: new URL(url).host });
  }
}

function parseSize(value: string | null, file: string): number {
  const size = Number(value);
  if (value === null || !Number.isSafeInteger(size) || size < 0) {
    throw new UnavailableError(`The hub gave no usable size for ${file}`).withCode('hub.bad-file-info', { file });
  }
  return size;
}

function parseSha256(etag: string | null, file: string): string {
  const sha = normalizeEtag(etag);
  if (!/^[0-9a-f]{64}$/.test(sha)) throw new UnavailableError(`The hub gave no sha256 for ${file}`).withCode('hub.bad-file-info', { file });
  return sha;
}

/** A git object id: a blob's (a regular file's ETag) or a commit's (X-Repo-Commit). */
const GIT_SHA1 = /^[0-9a-f]{40}$/;

/** `{commit}` from an X-Repo-Commit header that is a full git sha1, else nothing. */
function repoCommit(header: string | null): { commit?: string } {
  const commit = header?.trim().toLowerCase() ?? '';
  return GIT_SHA1.test(commit) ? { commit } : {};
}

/** `W/"abc"` and `"abc"` → `abc`. */
function normalizeEtag(etag: string | null): string {
  return (etag ?? '').replace(/^W\//, '').replace(/^"|"$/g, '').toLowerCase();
}

function contentRangeStart(header: string | null): number | undefined {
  const match = /^bytes (\d+)-/.exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}

async function fileSize(path: string): Promise<number> {
  return stat(path).then(
    (s) => s.size,
    () => 0,
  );
}

const cancelled = (file: string) => new CancelledError(`Download of ${file} cancelled`).withCode('hub.cancelled', { file });
