// `model pull` behind an office proxy: downloads go through $HTTP_PROXY / $HTTPS_PROXY, which Node's own
// fetch ignores. The hub here has a name only the proxy can resolve, so a direct connection would fail.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadHubFile, resolveHubFile } from '../../../src-main/model/hub-download.ts';
import { startFakeHub, type FakeHub } from '../../helpers/fake-hub.ts';

const HUB_HOST = 'hub.concierge.invalid'; // .invalid never resolves (RFC 2606)
const weights = randomBytes(200_000);
let hub: FakeHub;
let proxy: Server;
let proxied: string[];
let dir: string;
const savedEnv = { ...process.env };

/** An HTTP proxy that tunnels (CONNECT, as for HTTPS and as undici asks for every target), resolving HUB_HOST. */
async function startTunnelingProxy(hubPort: number): Promise<Server> {
  const server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    proxied.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(host === HUB_HOST ? hubPort : Number(port), host === HUB_HOST ? '127.0.0.1' : host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).on('error', () => client.destroy());
      client.pipe(upstream).on('error', () => upstream.destroy());
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

beforeAll(async () => {
  hub = await startFakeHub({ 'owner/tiny': { 'model.safetensors': weights, 'config.json': Buffer.from('{}') } });
  proxied = [];
  proxy = await startTunnelingProxy(Number(new URL(hub.url).port));
  dir = await mkdtemp(join(tmpdir(), 'concierge-proxy-'));
});
afterAll(async () => {
  process.env = savedEnv;
  await new Promise((resolve) => proxy.close(resolve));
  await hub.close();
  await rm(dir, { recursive: true, force: true });
});

describe('hub downloads behind a proxy', () => {
  const endpoint = () => `http://${HUB_HOST}:${new URL(hub.url).port}`;

  it('cannot reach a hub only the proxy knows without one, and says what to check', async () => {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) delete process.env[name];
    await expect(resolveHubFile(endpoint(), 'owner/tiny', 'config.json')).rejects.toMatchObject({
      name: 'UnavailableError',
      message: expect.stringMatching(/Cannot reach .*HTTPS_PROXY/),
    });
  });

  it('resolves and downloads through $HTTP_PROXY', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const info = await resolveHubFile(endpoint(), 'owner/tiny', 'model.safetensors');
    expect(info).toMatchObject({ size: weights.length });
    await downloadHubFile(info!, join(dir, 'model.safetensors'));
    expect(Buffer.compare(await readFile(join(dir, 'model.safetensors')), weights)).toBe(0);
    expect(proxied).toContain(`CONNECT ${HUB_HOST}:${new URL(hub.url).port}`);
  });

  it('goes direct to a host $NO_PROXY exempts', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.NO_PROXY = '127.0.0.1';
    proxied.length = 0;
    expect(await resolveHubFile(hub.url, 'owner/tiny', 'config.json')).toMatchObject({ size: 2 });
    expect(proxied).toEqual([]);
  });
});
