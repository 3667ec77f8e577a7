// A local stand-in for the Hugging Face hub on 127.0.0.1, speaking the same protocol as the real one:
// - `HEAD|GET /{repo}/resolve/{revision}/{file}`
//   - LFS files (weights, onnx): 302 to a CDN URL with `X-Linked-Size` and `X-Linked-Etag: "<sha256>"`;
//   - regular files: 200 with `ETag: "<git blob sha1>"`;
//   - both with `X-Repo-Commit: <FAKE_HUB_COMMIT>`, and without any ETag when asked (`etags: false`), as a proxy may
//     strip it: X-Linked-Etag, which the hub sends for LFS files, stays;
//   - missing file: 404 `X-Error-Code: EntryNotFound`; missing repo: 401 `X-Error-Code: RepoNotFound`;
//   - renamed repos (aliases): 307 to the new relative path.
// - `GET /cdn/{sha256}`: the bytes, with `Range` support (206 / 416).
// Faults on demand: drop the connection after N bytes of a file, or serve a file with one byte flipped
// while still advertising the original size and hash.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeHubRequest {
  method: string;
  path: string;
  range?: string;
}

export interface FakeHub {
  /** Use as HF_ENDPOINT. */
  url: string;
  requests: FakeHubRequest[];
  /** The next `times` downloads of `file` send `bytes` bytes and then drop the connection. */
  dropAfter(repo: string, file: string, bytes: number, times?: number): void;
  /** Serves `file` with one byte flipped, still advertising the original size and sha256. */
  corrupt(repo: string, file: string): void;
  close(): Promise<void>;
}

export interface FakeHubOptions {
  /** Old name → current name, e.g. `{ gpt2: 'openai-community/gpt2' }`. */
  aliases?: Record<string, string>;
  /** false: no response carries an ETag header (default true). */
  etags?: boolean;
}

const LFS_FILE = /\.(safetensors|onnx|onnx_data|bin)$/;
/** The commit every revision resolves to, sent as X-Repo-Commit. */
export const FAKE_HUB_COMMIT = 'a'.repeat(40);

export async function startFakeHub(
  repos: Record<string, Record<string, Uint8Array>>,
  { aliases = {}, etags = true }: FakeHubOptions = {},
): Promise<FakeHub> {
  const drops = new Map<string, { bytes: number; times: number }>();
  const corrupted = new Set<string>();
  const requests: FakeHubRequest[] = [];

  const body = (repo: string, file: string): Uint8Array => {
    const content = repos[repo][file];
    if (!corrupted.has(`${repo}/${file}`)) return content;
    const copy = Uint8Array.from(content);
    copy[copy.length >> 1] ^= 0xff;
    return copy;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    requests.push({ method: req.method ?? 'GET', path, range: req.headers.range });
    const cdn = /^\/cdn\/([0-9a-f]{64})$/.exec(path);
    if (cdn) {
      // A signed CDN link: it names the object; repo and file ride along as opaque query parameters.
      const [repo, file] = [url.searchParams.get('repo') ?? '', url.searchParams.get('file') ?? ''];
      const content = repos[repo]?.[file];
      if (!content || sha256(content) !== cdn[1]) return end(res, 403);
      return sendBytes(req, res, body(repo, file), etags ? `"${cdn[1]}"` : undefined, () => takeDrop(`${repo}/${file}`));
    }
    const match = /^\/(.+?)\/resolve\/([^/]+)\/(.+)$/.exec(path);
    if (!match) return end(res, 404);
    const [, repo, , file] = match;
    if (aliases[repo]) {
      res.writeHead(307, { location: `/${aliases[repo]}/resolve/main/${file}` });
      return res.end();
    }
    if (!repos[repo]) return end(res, 401, { 'x-error-code': 'RepoNotFound' });
    const content = repos[repo][file];
    if (!content) return end(res, 404, { 'x-error-code': 'EntryNotFound' });
    if (LFS_FILE.test(file)) {
      const sha = sha256(content);
      res.writeHead(302, {
        location: `${hub.url}/cdn/${sha}?${new URLSearchParams({ repo, file, expires: '3600' })}`,
        'x-linked-size': String(content.length),
        'x-linked-etag': `"${sha}"`,
        ...(etags && { etag: `"${sha}"` }),
        'x-repo-commit': FAKE_HUB_COMMIT,
      });
      return res.end();
    }
    const gitSha1 = createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
    sendBytes(req, res, body(repo, file), etags ? `"${gitSha1}"` : undefined, () => takeDrop(`${repo}/${file}`));
  });

  const takeDrop = (key: string): number | undefined => {
    const drop = drops.get(key);
    if (!drop || drop.times <= 0) return undefined;
    drop.times--;
    return drop.bytes;
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const hub: FakeHub = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    dropAfter: (repo, file, bytes, times = 1) => void drops.set(`${repo}/${file}`, { bytes, times }),
    corrupt: (repo, file) => void corrupted.add(`${repo}/${file}`),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return hub;
}

const DROP_STALL_MS = 500;

/** `takeDrop` is asked only for a GET body, so a HEAD never uses up a planned drop. */
function sendBytes(
  req: IncomingMessage,
  res: ServerResponse,
  content: Uint8Array,
  etag: string | undefined,
  takeDrop: () => number | undefined,
) {
  const headers = { ...(etag && { etag }), 'accept-ranges': 'bytes', 'x-repo-commit': FAKE_HUB_COMMIT };
  let start = 0;
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  if (range) {
    start = Number(range[1]);
    if (start >= content.length) return end(res, 416, { ...headers, 'content-range': `bytes */${content.length}` });
    res.writeHead(206, {
      ...headers,
      'content-length': content.length - start,
      'content-range': `bytes ${start}-${content.length - 1}/${content.length}`,
    });
  } else {
    res.writeHead(200, { ...headers, 'content-length': content.length });
  }
  if (req.method === 'HEAD') return res.end();
  const slice = content.subarray(start);
  const dropAt = takeDrop();
  if (dropAt === undefined) return res.end(slice);
  // Send part of the body, stall, then cut the connection as a flaky network would. The stall lets the client
  // consume what arrived: a fetch body that errors discards chunks it has not handed out yet. Half a second, not
  // 50 ms: the client runs in the test's own process, whose event loop can stall that long on a loaded machine.
  res.write(slice.subarray(0, dropAt), () => setTimeout(() => res.destroy(), DROP_STALL_MS));
}

function end(res: ServerResponse, status: number, headers: Record<string, string> = {}) {
  res.writeHead(status, headers);
  res.end();
}

function sha256(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
