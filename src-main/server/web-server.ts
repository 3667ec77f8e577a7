import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { EventBus } from '../app/events.ts';
import { knownChannel, type Router } from '../app/router.ts';
import { RateLimitedError, UnauthorizedError } from '../app/transport-errors.ts';
import { ACCESS_PAGE, ACCESS_PAGE_CSP, wantsHtml } from './access-page.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { errorBody, HttpError, statusForError } from './http-error.ts';
import { DEFAULT_RATE_LIMIT, TokenBucket, type RateLimit } from './rate-limiter.ts';
import { MAX_BODY_BYTES, readJsonBody } from './read-json-body.ts';
import {
  bearerToken,
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  tokenCookieName,
  tokenMatches,
} from './request-guard.ts';
import { readStaticFile } from './static-files.ts';
import { attachWsSession } from './ws-session.ts';

/** Loopback only: web mode serves this machine's browser, never the network. */
const WEB_HOST = '127.0.0.1';

export interface WebServerOptions {
  router: Router;
  events: EventBus;
  /** The built renderer (vite's out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  rateLimit?: RateLimit;
  maxBodyBytes?: number;
}

export interface WebServer {
  /** The address the socket is bound to, as the OS reports it: always WEB_HOST. */
  host: string;
  port: number;
  /** The launch token: 32 random bytes, hex. */
  token: string;
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Web mode: the same API as the desktop app over `POST /api/<channel>` and a WebSocket at `/ws`, plus the
 * built UI. Every request must name our Host (DNS rebinding), carry our Origin when it has one, and prove
 * the token: Authorization: Bearer for the API, the first message for the WebSocket, and `?token=` or the
 * cookie it sets for the page's own files.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('hex');
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const buckets = new WeakMap<Socket, TokenBucket>();
  let port = 0;

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBodyBytes });
  const server = createServer((request, response) => {
    handleRequest(request, response).catch((error) => sendError(response, error));
  });

  /** Host and Origin, checked for every request and upgrade; returns the host when both pass. */
  function checkCaller(request: IncomingMessage): string {
    const host = request.headers.host;
    if (!isAllowedHost(host, port)) {
      throw new HttpError(403, `Host "${host ?? ''}" is not this server; use 127.0.0.1:${port}`, 'unauthorized');
    }
    if (!isAllowedOrigin(request.headers.origin, host!)) {
      throw new HttpError(403, `Cross-origin request from ${request.headers.origin} refused`, 'unauthorized');
    }
    return host!;
  }

  async function handleRequest(request: IncomingMessage, response: ServerResponse) {
    const host = checkCaller(request);
    let bucket = buckets.get(request.socket);
    if (!bucket) buckets.set(request.socket, (bucket = new TokenBucket(rateLimit)));
    if (!bucket.take()) throw new RateLimitedError();

    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length));
    if (url.pathname === '/ws') throw new HttpError(426, 'Connect with a WebSocket');
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
    return handleStatic(request, response, url, host);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string) {
    if (request.method !== 'POST') throw new HttpError(405, 'Use POST for /api/<channel>');
    if (!tokenMatches(bearerToken(request.headers.authorization), token)) {
      throw new UnauthorizedError('Missing or wrong token (Authorization: Bearer <token>)');
    }
    // The channel before the body: an unknown one is 404 whatever its body holds, and its body is never read.
    const name = knownChannel(decodePathSegment(channel));
    const input = await readJsonBody(request, maxBodyBytes);
    const result = await options.router.call(name, input);
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ result }));
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, url: URL, host: string) {
    const cookieName = tokenCookieName(port);
    const queryToken = url.searchParams.get('token');
    if (tokenMatches(queryToken, token)) {
      response.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    } else if (!tokenMatches(readCookie(request.headers.cookie, cookieName), token)) {
      if (wantsHtml(request.headers.accept)) {
        response.setHeader('Content-Security-Policy', ACCESS_PAGE_CSP);
        send(response, 401, 'text/html; charset=utf-8', request.method === 'HEAD' ? '' : ACCESS_PAGE);
        return;
      }
      throw new UnauthorizedError('Open the address printed by `concierge serve`; it carries the token');
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) throw new HttpError(404, `Not found: ${url.pathname}`, 'not-found');
    response.setHeader('Content-Security-Policy', contentSecurityPolicy([`ws://${host}`]));
    send(response, 200, file.contentType, request.method === 'HEAD' ? '' : file.body, file.cacheControl);
  }

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    try {
      checkCaller(request);
      if (new URL(request.url ?? '/', 'http://x').pathname !== '/ws') throw new HttpError(404, 'Not found');
    } catch (error) {
      const status = statusForError(error);
      socket.end(`HTTP/1.1 ${status} Refused\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${errorBody(error)}`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => attachWsSession(ws, { ...options, token, rateLimit }, socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, WEB_HOST, () => resolve());
  });
  const address = server.address() as AddressInfo;
  port = address.port;

  return {
    host: address.address,
    port,
    token,
    url: `http://${WEB_HOST}:${port}/?token=${token}`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Headers every response carries: no sniffing, no framing, no referrer (the page URL holds the token). Nothing
 * is stored unless the caller says so: only the UI's own files are cacheable.
 */
function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, cacheControl = 'no-store') {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  response.end(body);
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `Malformed channel name in the URL: ${segment}`);
  }
}

/** Bytes of an unread request body Node may drain after an error answer to keep the connection alive. */
const DRAIN_LIMIT = 64 * 1024;

function bigUnreadBody(request: IncomingMessage): boolean {
  if (request.complete) return false;
  const length = request.headers['content-length'];
  return length === undefined ? request.headers['transfer-encoding'] !== undefined : Number(length) > DRAIN_LIMIT;
}

function sendError(response: ServerResponse, error: unknown) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const status = statusForError(error);
  // An oversized body, or a big one refused before it was read, is still arriving: answer, then drop the connection
  // instead of reading the rest (Node would drain it to keep the connection alive). A small one is drained.
  if (status === 413 || bigUnreadBody(response.req)) {
    response.setHeader('Connection', 'close');
    response.once('finish', () => response.socket?.destroy());
  }
  send(response, status, 'application/json; charset=utf-8', errorBody(error));
}
