// A slow link in front of the fake hub: forwards every request and paces response bodies at `bytesPerSecond`,
// so a download is still running when the test kills the process. Redirects are rewritten to go through it too.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

const SLICE = 16 * 1024;

export interface ThrottledProxy {
  url: string;
  close(): Promise<void>;
}

export async function startThrottledProxy(target: string, bytesPerSecond: number): Promise<ThrottledProxy> {
  const upstreamUrl = new URL(target);
  const server = createServer((req, res) => {
    const upstream = request(
      { host: upstreamUrl.hostname, port: upstreamUrl.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstreamUrl.host } },
      (response) => {
        const headers = { ...response.headers };
        if (headers.location) headers.location = headers.location.replace(target, proxy.url);
        res.writeHead(response.statusCode ?? 502, headers);
        response.on('data', (chunk: Buffer) => {
          response.pause();
          let offset = 0;
          const next = () => {
            if (res.destroyed) return response.destroy();
            if (offset >= chunk.length) return void response.resume();
            res.write(chunk.subarray(offset, offset + SLICE));
            offset += SLICE;
            setTimeout(next, (SLICE / bytesPerSecond) * 1000);
          };
          next();
        });
        response.on('end', () => res.end());
      },
    );
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy()); // the client was killed: stop reading upstream
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: ThrottledProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
