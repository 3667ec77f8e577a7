import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ConciergeError } from '../../../src-main/shared/errors.ts';
import { createApiClient, watchConnection, type ConnectionStatus } from '../../../src-renderer/lib/api-client.ts';
import { describeError, errorText } from '../../../src-renderer/lib/errors.ts';
import { formatMessage, type MessageKey, type MessageParams } from '../../../src-renderer/i18n/i18n.svelte.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

// The client runs against a real server (a child process); only the browser globals it reads are provided.
const globals = globalThis as unknown as Record<string, unknown>;

function openPage(url: string) {
  const storage = new Map<string, string>();
  const page = { href: url };
  const { protocol, host } = new URL(url);
  Object.assign(globals, {
    window: {},
    WebSocket,
    location: { get href() { return page.href; }, protocol, host },
    sessionStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, path: string) => (page.href = new URL(path, page.href).href),
    },
  });
  return { page, storage };
}

/** Starts web mode on an empty data folder in a child process; resolves with its URL. */
async function startServer(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'web-mode-server.ts'), dataDir], { cwd: ROOT });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`web-mode-server exited with ${code}`)));
  });
  return { url, process: child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('createApiClient (web mode)', { timeout: 120_000 }, () => {
  let dataDir: string;
  let server: { url: string; process: ChildProcess };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-client-'));
    server = await startServer(join(dataDir, 'shared'));
  });
  afterAll(async () => {
    await stop(server.process);
    // Clients of servers that went away keep retrying in the background; they find nothing and stay quiet.
    for (const name of ['window', 'location', 'sessionStorage', 'history']) delete globals[name];
    await rm(dataDir, { recursive: true, force: true });
  });

  it('takes the token from the URL, hides it, and calls the API over the WebSocket', async () => {
    const { page, storage } = openPage(`${server.url}#/kb`);
    const client = createApiClient();
    const { origin, searchParams } = new URL(server.url);
    expect(page.href).toBe(`${origin}/#/kb`);
    expect(storage.get('concierge-token')).toBe(searchParams.get('token'));

    const changes: number[] = [];
    client.on('faq:changed', ({ revision }) => changes.push(revision));
    const entry = await client.invoke('faq:create', { question: 'Can I pay by invoice?', answer: 'Yes, for companies.' });
    expect(entry).toMatchObject({ id: expect.any(Number), question: 'Can I pay by invoice?' });
    await expect.poll(() => changes.length).toBe(1);

    // A failed call rejects with the rebuilt error, and its message names the call.
    const error = await client.invoke('faq:get', { id: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConciergeError);
    expect(error).toMatchObject({ name: 'InvalidInputError', kind: 'invalid-input' });
    expect((error as Error).message).toMatch(/^faq:get: Invalid input/);
    expect(error).toMatchObject({ code: 'input.above', params: { field: 'id', min: 0 } });
  });

  it('without a token, fails with a coded error the startup screen says in the system\'s language', () => {
    openPage(`${new URL(server.url).origin}/#/kb`);
    const error = (() => {
      try {
        createApiClient();
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toMatchObject({ kind: 'unauthorized', code: 'startup.no-token', message: expect.stringMatching(/^No access token/) });
    const t = (key: MessageKey, params?: MessageParams) => formatMessage('zh', key, params);
    expect(errorText(describeError(error), t)).toBe('这个地址缺少访问令牌。请打开“concierge serve”输出的地址，它以 ?token=… 结尾。');
  });

  it('stops and fails every call when the token is refused', async () => {
    openPage(`${new URL(server.url).origin}/?token=${'0'.repeat(64)}`);
    const client = createApiClient();
    const statuses: ConnectionStatus[] = [];
    watchConnection(client, (status) => statuses.push(status));
    await expect(client.invoke('faq:categories', {})).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(statuses).toEqual(['refused']);
    await expect(client.invoke('faq:categories', {})).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('fails calls in flight when the server goes away', async () => {
    const doomed = await startServer(join(dataDir, 'doomed'));
    openPage(doomed.url);
    const client = createApiClient();
    await client.invoke('faq:categories', {});
    const rows = Array.from({ length: 20_000 }, (_, i) => `Question ${i}?,Answer ${i}.`).join('\n');
    const call = client.invoke('faq:import', { fileName: 'big.csv', content: `question,answer\n${rows}\n`, dryRun: true });
    const statuses: ConnectionStatus[] = [];
    watchConnection(client, (status) => statuses.push(status));
    doomed.process.kill('SIGKILL');
    await expect(call).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/^faq:import: Connection/) });
    // The shell learns that the server is gone (and the client keeps trying to reach it).
    expect(statuses[0]).toBe('offline');
  });
});
