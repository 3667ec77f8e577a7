import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { startWebServer, type WebServer } from '../../../src-main/server/web-server.ts';
import { WS_AUTH_MAX_BYTES } from '../../../src-main/server/ws-session.ts';
import { WS_CLOSE_TOO_LARGE, WS_CLOSE_UNAUTHORIZED, type WsServerMessage } from '../../../src-main/shared/api/transport.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw node:http, because fetch() will not send a forged Host header. */
function send(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: OutgoingHttpHeaders;
    body?: string;
    agent?: Agent;
    chunks?: string[];
    /** Never end the request: the reply must come without the rest of the body. */
    leaveOpen?: boolean;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers, agent: options.agent },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    // Chunks go out with Transfer-Encoding: chunked, announcing no Content-Length.
    for (const chunk of options.chunks ?? []) req.write(chunk);
    if (!options.leaveOpen) req.end(options.body);
  });
}

const json = (reply: Reply) => JSON.parse(reply.body);

describe('startWebServer', () => {
  let dataDir: string;
  let rendererDir: string;
  let app: App;
  let server: WebServer;
  let api: (channel: string, body: unknown, headers?: OutgoingHttpHeaders) => Promise<Reply>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-web-'));
    rendererDir = join(dataDir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Concierge</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(rendererDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(dataDir, 'secret.txt'), 'outside the renderer');
    app = await createApp({ dataDir, seedSample: false });
    server = await startWebServer({ router: app.router, events: app.events, rendererDir, port: 0 });
    api = (channel, body, headers = {}) =>
      send(server.port, {
        path: `/api/${channel}`,
        headers: {
          Host: `127.0.0.1:${server.port}`,
          'Content-Type': 'application/json',
          Authorization: `Bearer ${server.token}`,
          ...headers,
        },
        body: JSON.stringify(body),
      });
  });

  afterAll(async () => {
    await server?.close();
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('launch', () => {
    it('prints a loopback URL carrying a 32-byte hex token', () => {
      expect(server.token).toMatch(/^[0-9a-f]{64}$/);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    });

    it('listens on 127.0.0.1 only', async () => {
      const reachable = (host: string) =>
        new Promise<boolean>((resolve) => {
          const socket = connect({ host, port: server.port }, () => {
            socket.destroy();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        });
      expect(server.host).toBe('127.0.0.1'); // the bound address, as the OS reports it
      expect(await reachable('127.0.0.1')).toBe(true);
      expect(await reachable('::1')).toBe(false);
      // Link-local IPv6 needs a scope id to connect at all, so it proves nothing either way.
      const external = Object.values(networkInterfaces())
        .flat()
        .filter((address) => address && !address.internal && !address.address.startsWith('fe80:'));
      if (external.length === 0) {
        console.warn('[web-server] this machine has no non-loopback address: only the bound address and ::1 were checked');
      }
      for (const address of external) expect(await reachable(address!.address), address!.address).toBe(false);
    });
  });

  describe('POST /api/<channel>', () => {
    it('answers a valid call with {result}', async () => {
      const reply = await api('faq:create', { question: 'How long does shipping take?', answer: '2–4 days.' });
      expect(reply.status).toBe(200);
      expect(json(reply).result).toMatchObject({ id: expect.any(Number), question: 'How long does shipping take?' });
    });

    it('refuses a request without the token with 401', async () => {
      const reply = await api('faq:list', {}, { Authorization: '' });
      expect(reply.status).toBe(401);
      expect(json(reply)).toEqual({
        error: { name: 'UnauthorizedError', message: expect.stringContaining('token'), kind: 'unauthorized' },
      });
    });

    it('refuses a wrong token with 401', async () => {
      const wrong = server.token.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
      expect((await api('faq:list', {}, { Authorization: `Bearer ${wrong}` })).status).toBe(401);
      expect((await api('faq:list', {}, { Authorization: server.token })).status).toBe(401);
    });

    it('refuses a Host that is not 127.0.0.1 or localhost on our port (DNS rebinding)', async () => {
      for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`]) {
        const reply = await api('faq:list', {}, { Host: host });
        expect(reply.status, host).toBe(403);
        expect(json(reply).error.kind).toBe('unauthorized');
      }
      expect((await api('faq:list', {}, { Host: `localhost:${server.port}` })).status).toBe(200);
    });

    it('refuses a request with no Host header at all (HTTP/1.0)', async () => {
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port: server.port }, () =>
          socket.end(`POST /api/faq:list HTTP/1.0\r\nAuthorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`),
        );
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk) => (text += chunk));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 403 /);
    });

    it('refuses an Origin that differs in scheme or host name from the one it serves', async () => {
      for (const origin of [`http://localhost:${server.port}`, `https://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port + 1}`, 'http://127.0.0.1']) {
        expect((await api('faq:list', {}, { Origin: origin })).status, origin).toBe(403);
      }
      expect((await api('faq:list', {}, { Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` })).status).toBe(200);
    });

    it('refuses a cross-origin request and never sends CORS headers', async () => {
      const foreign = await api('faq:list', {}, { Origin: 'http://evil.example' });
      expect(foreign.status).toBe(403);
      expect((await api('faq:list', {}, { Origin: 'null' })).status).toBe(403);
      const own = await api('faq:list', {}, { Origin: `http://127.0.0.1:${server.port}` });
      expect(own.status).toBe(200);
      const preflight = await send(server.port, {
        method: 'OPTIONS',
        path: '/api/faq:list',
        headers: { Host: `127.0.0.1:${server.port}`, Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      for (const reply of [foreign, own, preflight]) expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('rejects a payload of the wrong shape with 400 and names the failing fields', async () => {
      const reply = await api('faq:create', { question: '', answer: 7 });
      expect(reply.status).toBe(400);
      const { error } = json(reply);
      expect(error).toMatchObject({ name: 'InvalidInputError', kind: 'invalid-input' });
      expect(error.message).toContain('question');
      expect(error.message).toContain('answer');
    });

    it('answers an unknown channel with 404 and a coded error body, and a known channel\'s bad payload with 400', async () => {
      const unknown = await api('faq:nope', {});
      expect(unknown.status).toBe(404);
      expect(json(unknown)).toEqual({
        error: { name: 'NotFoundError', kind: 'not-found', message: 'Unknown channel "faq:nope"', code: 'api.unknown-channel', params: { channel: 'faq:nope' } },
      });
      // Names inherited from Object are not channels either.
      for (const name of ['__proto__', 'toString', 'constructor']) expect((await api(name, {})).status, name).toBe(404);
      const known = await api('faq:get', { id: 'seven' });
      expect(known.status).toBe(400);
      expect(json(known).error).toMatchObject({ name: 'InvalidInputError', kind: 'invalid-input', code: 'input.number' });
    });

    it('answers an unknown channel with 404 before reading its body: malformed JSON is not looked at', async () => {
      const reply = await send(server.port, {
        path: '/api/faq:nope',
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: '{"limit":',
      });
      expect(reply.status).toBe(404);
      expect(json(reply).error).toMatchObject({ kind: 'not-found', code: 'api.unknown-channel', params: { channel: 'faq:nope' } });
    });

    it('answers a malformed channel name, bad JSON and a non-JSON body with 4xx errors', async () => {
      expect((await api('faq%E0', {})).status).toBe(400);
      const badJson = await send(server.port, {
        path: '/api/faq:list',
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: '{"limit":',
      });
      expect(badJson.status).toBe(400);
      expect(json(badJson).error.message).toMatch(/not valid JSON/);
      expect((await api('faq:list', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
      const get = await send(server.port, {
        method: 'GET',
        path: '/api/faq:list',
        headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` },
      });
      expect(get.status).toBe(405);
    });

    it('names a message a user meets with a code and its values, beside the English', async () => {
      const pull = json(await api('model:pull', { repo: 'https://example.com/gpt2' })).error;
      expect(pull).toMatchObject({
        kind: 'invalid-input',
        message: expect.stringMatching(/is not a hub repo name/),
        code: 'hub.bad-repo-name',
        params: { repo: 'https://example.com/gpt2' },
      });
      const csv = 'question,answer\n"where is my parcel?,x\nmore\n';
      const report = json(await api('faq:import', { fileName: 'faq.csv', content: csv, dryRun: true }));
      expect(report.result).toMatchObject({
        errors: [{ line: 2, message: expect.stringMatching(/never closed/), code: 'import.csv-unclosed-quote' }],
      });
    });

    it('refuses a relative model:import path with 400 and a code, instead of reading it from the server\'s folder', async () => {
      const reply = await api('model:import', { path: 'models' });
      expect(reply.status).toBe(400);
      expect(json(reply).error).toMatchObject({ kind: 'invalid-input', code: 'input.absolute-path', params: { field: 'path' } });
    });

    it('refuses a training run id that is not a plain name with 400 and a code, on every channel that takes one', async () => {
      for (const channel of ['training:cancel', 'training:pause', 'training:resume']) {
        for (const runId of ['../../etc', '', 'a/b', '.hidden', 'x'.repeat(101), 42]) {
          const reply = await api(channel, { runId });
          expect(reply.status, `${channel} ${JSON.stringify(runId)}`).toBe(400);
          const { error } = json(reply);
          expect(error, `${channel} ${JSON.stringify(runId)}`).toMatchObject({ kind: 'invalid-input', params: { field: 'runId' } });
          if (typeof runId === 'string') {
            expect(error).toMatchObject({ code: 'input.run-id', message: expect.stringContaining('runId: a training run id is letters, digits') });
          }
        }
        // A well-formed id gets as far as the run manager, which says no such run is running (404), not a 400.
        const wellFormed = await api(channel, { runId: '20261130T162000-ab12cd' });
        expect(wellFormed.status, channel).toBe(404);
      }
    });

    it('answers a missing entry with 404', async () => {
      const reply = await api('faq:get', { id: 999_999 });
      expect(reply.status).toBe(404);
      expect(json(reply).error.kind).toBe('not-found');
    });
  });

  describe('limits', () => {
    it('caps the body size with 413', async () => {
      const small = await startWebServer({ router: app.router, events: app.events, rendererDir, maxBodyBytes: 1_000 });
      try {
        const reply = await send(small.port, {
          path: '/api/faq:import',
          headers: { Host: `127.0.0.1:${small.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${small.token}` },
          body: JSON.stringify({ fileName: 'a.csv', content: 'x'.repeat(2_000) }),
        });
        expect(reply.status).toBe(413);
        expect(json(reply).error.message).toMatch(/exceeds/);
      } finally {
        await small.close();
      }
    });

    it('caps a chunked body that announces no length, and still answers 413', async () => {
      const small = await startWebServer({ router: app.router, events: app.events, rendererDir, maxBodyBytes: 1_000 });
      try {
        // Chunks keep coming after the limit: the server must answer without reading them all.
        const reply = await send(small.port, {
          path: '/api/faq:import',
          headers: { Host: `127.0.0.1:${small.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${small.token}` },
          chunks: Array.from({ length: 20 }, () => 'x'.repeat(500)),
        });
        expect(reply.status).toBe(413);
        expect(json(reply).error.message).toMatch(/exceeds the limit of 1000 bytes/);
      } finally {
        await small.close();
      }
    });

    /** POSTs headers announcing 10 MB and only 100 bytes of it: the answer must come without the rest. */
    const partialPost = (port: number, path: string, authorization: string) =>
      send(port, {
        path,
        headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'Content-Length': 10_000_000, Authorization: authorization },
        chunks: ['x'.repeat(100)],
        leaveOpen: true,
      });

    it('refuses an unknown channel with an oversized body with 404, answering before the body is sent', async () => {
      const small = await startWebServer({ router: app.router, events: app.events, rendererDir, maxBodyBytes: 1_000 });
      try {
        const reply = await partialPost(small.port, '/api/faq:nope', `Bearer ${small.token}`);
        expect(reply.status).toBe(404);
        expect(reply.headers.connection).toBe('close');
        expect(json(reply).error.code).toBe('api.unknown-channel');
      } finally {
        await small.close();
      }
    });

    it('drops the connection after refusing a big body it did not read (no token), rather than draining it', async () => {
      const reply = await partialPost(server.port, '/api/faq:list', 'Bearer wrong');
      expect(reply.status).toBe(401);
      expect(reply.headers.connection).toBe('close');
    });

    it('rate-limits each connection with 429', async () => {
      const limited = await startWebServer({ router: app.router, events: app.events, rendererDir, rateLimit: { burst: 5, perSecond: 0.001 } });
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 7; i++) {
          const reply = await send(limited.port, {
            path: '/api/faq:categories',
            agent,
            headers: { Host: `127.0.0.1:${limited.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${limited.token}` },
            body: '{}',
          });
          statuses.push(reply.status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      } finally {
        agent.destroy();
        await limited.close();
      }
    });
  });

  describe('GET (the UI)', () => {
    const page = (path: string, headers: OutgoingHttpHeaders = {}) =>
      send(server.port, { method: 'GET', path, headers: { Host: `127.0.0.1:${server.port}`, ...headers } });

    it('serves index.html for /?token= with a strict CSP and a same-site cookie for the assets', async () => {
      const reply = await page(`/?token=${server.token}`);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/html/);
      expect(reply.body).toContain('<title>Concierge</title>');
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-eval|\*/);
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      const cookie = String(reply.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);

      const asset = await page('/assets/app.js', { Cookie: cookie.split(';')[0] });
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    });

    it('lets the browser keep the hashed assets for a year, and revalidate index.html and the other files', async () => {
      const cookie = String((await page(`/?token=${server.token}`)).headers['set-cookie']).split(';')[0];
      const asset = await page('/assets/app.js', { Cookie: cookie });
      expect(asset.status).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      // Unhashed: the page that names the current hashes, a public file, and a path that only starts in assets/.
      for (const path of ['/', '/index.html', '/favicon.svg', '/assets/..%2findex.html']) {
        const reply = await page(path, { Cookie: cookie });
        expect(reply.status, path).toBe(200);
        expect(reply.headers['cache-control'], path).toBe('no-cache');
      }
    });

    it('stores nothing that is not a file of the UI: refusals, misses and API replies', async () => {
      expect((await page('/assets/app.js')).headers['cache-control']).toBe('no-store');
      expect((await page(`/assets/none.js?token=${server.token}`)).headers['cache-control']).toBe('no-store');
      const reply = await api('faq:list', {});
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('no-store');
    });

    it('refuses the page and its assets without the token', async () => {
      expect((await page('/')).status).toBe(401);
      expect((await page('/assets/app.js')).status).toBe(401);
      expect((await page('/?token=wrong')).status).toBe(401);
    });

    it('tells a browser without the token, in both languages, which address to open', async () => {
      const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
      for (const path of ['/', '/?token=wrong']) {
        const reply = await page(path, { Accept: accept });
        expect(reply.status, path).toBe(401);
        expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(reply.headers['content-security-policy']).toBe("default-src 'none'; base-uri 'none'; form-action 'none'");
        expect(reply.body).toContain('请使用 concierge serve 输出的地址打开');
        expect(reply.body).toContain('Open the address that concierge serve printed');
        expect(reply.body).not.toContain(server.token);
      }
      // A script or an API client still gets the JSON error.
      expect(json(await page('/assets/app.js', { Accept: '*/*' })).error.kind).toBe('unauthorized');
    });

    it('refuses the page, even with the token, to a foreign Host or Origin', async () => {
      const token = `/?token=${server.token}`;
      expect((await page(token, { Host: `rebind.example:${server.port}` })).status).toBe(403);
      expect((await page(token, { Origin: 'http://evil.example' })).status).toBe(403);
    });

    it('never serves files outside the renderer folder', async () => {
      const token = `?token=${server.token}`;
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00index.html']) {
        const reply = await page(path + token);
        expect(reply.status, path).toBe(404);
        expect(reply.body).not.toContain('outside the renderer');
      }
    });
  });

  describe('WebSocket /ws', () => {
    const origin = () => `http://127.0.0.1:${server.port}`;

    function open(headers: Record<string, string> = { Origin: origin() }) {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers });
      const messages: WsServerMessage[] = [];
      const waiters: (() => void)[] = [];
      socket.on('message', (data) => {
        messages.push(JSON.parse(String(data)));
        for (const wake of waiters.splice(0)) wake();
      });
      /** Resolves with the first message (seen or future) that matches. */
      const next = async (match: (message: WsServerMessage) => boolean): Promise<WsServerMessage> => {
        for (;;) {
          const found = messages.find(match);
          if (found) {
            messages.splice(messages.indexOf(found), 1);
            return found;
          }
          await new Promise<void>((resolve) => waiters.push(resolve));
        }
      };
      return { socket, next };
    }

    async function authenticated() {
      const client = open();
      await new Promise((resolve) => client.socket.once('open', resolve));
      client.socket.send(JSON.stringify({ type: 'auth', token: server.token }));
      await client.next((m) => m.type === 'ready');
      return client;
    }

    it('invokes channels and pushes events to the client', async () => {
      const { socket, next } = await authenticated();
      socket.send(JSON.stringify({ type: 'invoke', seq: 1, channel: 'faq:create', input: { question: '如何申请退货？', answer: '30天内可退。' } }));
      const response = await next((m) => m.type === 'response' && m.seq === 1);
      expect(response).toMatchObject({ ok: true, result: { question: '如何申请退货？' } });
      const event = await next((m) => m.type === 'event');
      expect(event).toMatchObject({ type: 'event', event: 'faq:changed', payload: { revision: expect.any(Number) } });
      socket.close();
    });

    it('answers a wrong payload shape with an invalid-input error for that seq', async () => {
      const { socket, next } = await authenticated();
      socket.send(JSON.stringify({ type: 'invoke', seq: 7, channel: 'faq:get', input: { id: 'seven' } }));
      const response = await next((m) => m.type === 'response' && m.seq === 7);
      expect(response).toMatchObject({ ok: false, error: { name: 'InvalidInputError', kind: 'invalid-input' } });
      socket.close();
    });

    it('answers an unknown channel with the same not-found error as POST /api/', async () => {
      const { socket, next } = await authenticated();
      socket.send(JSON.stringify({ type: 'invoke', seq: 8, channel: 'faq:nope', input: {} }));
      const response = await next((m) => m.type === 'response' && m.seq === 8);
      expect(response).toMatchObject({ ok: false, error: { name: 'NotFoundError', kind: 'not-found', code: 'api.unknown-channel' } });
      socket.close();
    });

    it('closes with 4401 when the first message does not carry the token', async () => {
      const { socket } = open();
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.send(JSON.stringify({ type: 'invoke', seq: 1, channel: 'faq:list', input: {} }));
      expect(await closed).toBe(WS_CLOSE_UNAUTHORIZED);

      const second = open();
      await new Promise((resolve) => second.socket.once('open', resolve));
      const closedAgain = new Promise<number>((resolve) => second.socket.once('close', (code) => resolve(code)));
      second.socket.send(JSON.stringify({ type: 'auth', token: 'f'.repeat(64) }));
      expect(await closedAgain).toBe(WS_CLOSE_UNAUTHORIZED);
    });

    it('ignores a token in the URL: the first message must carry it', async () => {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, { headers: { Origin: origin() } });
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.send(JSON.stringify({ type: 'invoke', seq: 1, channel: 'faq:list', input: {} }));
      expect(await closed).toBe(WS_CLOSE_UNAUTHORIZED);
    });

    it('refuses a binary first message even when it holds the token', async () => {
      const { socket } = open();
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.send(Buffer.from(JSON.stringify({ type: 'auth', token: server.token })), { binary: true });
      expect(await closed).toBe(WS_CLOSE_UNAUTHORIZED);
    });

    it('closes a socket whose message exceeds the body cap (1009)', async () => {
      const small = await startWebServer({ router: app.router, events: app.events, rendererDir, maxBodyBytes: 1_000 });
      try {
        const socket = new WebSocket(`ws://127.0.0.1:${small.port}/ws`);
        await new Promise((resolve) => socket.once('open', resolve));
        const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
        socket.on('error', () => {});
        socket.send(JSON.stringify({ type: 'auth', token: small.token, padding: 'x'.repeat(2_000) }));
        expect(await closed).toBe(1009);
      } finally {
        await small.close();
      }
    });

    it('closes a socket whose first message passes WS_AUTH_MAX_BYTES (1009) as it arrives, with a coded error', async () => {
      const { socket, next } = open();
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.on('error', () => {});
      // Even with the right token: the server's 64 MB message cap is for callers that have shown it.
      socket.send(JSON.stringify({ type: 'auth', token: server.token, padding: 'x'.repeat(WS_AUTH_MAX_BYTES) }));
      expect(await next((m) => m.type === 'error')).toMatchObject({
        error: { kind: 'invalid-input', code: 'api.auth-too-large', params: { max: WS_AUTH_MAX_BYTES / 1024 } },
      });
      expect(await closed).toBe(WS_CLOSE_TOO_LARGE);
    });

    it('refuses a first message of many megabytes without waiting for the rest of it', async () => {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers: { Origin: origin() } });
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.on('error', () => {});
      // A frame announcing 32 MB, of which only its first 64 KB are ever sent: the server cannot wait for the rest.
      const header = Buffer.from([0x81, 0xff, 0, 0, 0, 0, 0x02, 0, 0, 0, 0, 0, 0, 0]);
      // Written to the TCP socket under ws, which would not send a frame short of its announced length.
      (socket as unknown as { _socket: Socket })._socket.write(Buffer.concat([header, Buffer.alloc(64 * 1024, 0x20)]));
      expect(await closed).toBe(WS_CLOSE_TOO_LARGE);
    });

    it('keeps the full message cap once the socket has authenticated', async () => {
      const { socket, next } = await authenticated();
      const answer = 'x'.repeat(WS_AUTH_MAX_BYTES * 4);
      socket.send(JSON.stringify({ type: 'invoke', seq: 3, channel: 'faq:create', input: { question: 'How long is a long answer?', answer } }));
      expect(await next((m) => m.type === 'response' && m.seq === 3)).toMatchObject({ ok: true, result: { answer } });
      socket.close();
    });

    it('refuses the upgrade from a foreign Origin or Host', async () => {
      const refusedWith = (headers: Record<string, string>) =>
        new Promise<number>((resolve, reject) => {
          const { socket } = open(headers);
          socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          socket.on('open', () => reject(new Error('upgrade was accepted')));
          socket.on('error', () => {});
        });
      expect(await refusedWith({ Origin: 'http://evil.example' })).toBe(403);
      expect(await refusedWith({ Host: 'evil.example', Origin: 'http://evil.example' })).toBe(403);
      expect(await refusedWith({ Host: `rebind.example:${server.port}` })).toBe(403);
    });

    it('rate-limits invokes on one socket', async () => {
      const limited = await startWebServer({ router: app.router, events: app.events, rendererDir, rateLimit: { burst: 3, perSecond: 0.001 } });
      try {
        const socket = new WebSocket(`ws://127.0.0.1:${limited.port}/ws`);
        const replies: WsServerMessage[] = [];
        await new Promise((resolve) => socket.once('open', resolve));
        const done = new Promise<void>((resolve) =>
          socket.on('message', (data) => {
            const message = JSON.parse(String(data)) as WsServerMessage;
            if (message.type === 'ready') for (let seq = 1; seq <= 5; seq++) socket.send(JSON.stringify({ type: 'invoke', seq, channel: 'faq:categories', input: {} }));
            if (message.type === 'response') replies.push(message);
            if (replies.length === 5) resolve();
          }),
        );
        socket.send(JSON.stringify({ type: 'auth', token: limited.token }));
        await done;
        const bySeq = replies.sort((a, b) => (a as { seq: number }).seq - (b as { seq: number }).seq);
        expect(bySeq.map((m) => (m as { ok: boolean }).ok)).toEqual([true, true, true, false, false]);
        expect(bySeq[4]).toMatchObject({ error: { name: 'RateLimitedError' } });
        socket.close();
      } finally {
        await limited.close();
      }
    });
  });
});
