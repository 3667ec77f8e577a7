import { timingSafeEqual } from 'node:crypto';

// Checks every HTTP request and WebSocket upgrade passes before anything else runs.

/** Only our own loopback names: a page on evil.example that re-points its DNS at 127.0.0.1 sends its own Host. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-origin and WebSocket requests; when present it must be our own origin. */
export function isAllowedOrigin(origin: string | undefined, host: string): boolean {
  return origin === undefined || origin === `http://${host}`;
}

/** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
export function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer ([^\s]+)$/i.exec(authorization ?? '');
  return match?.[1];
}

/** The page's own files are fetched by the browser without our header, so `/?token=` sets this cookie. */
export function tokenCookieName(port: number): string {
  // Cookies ignore ports: a per-port name keeps two servers on one machine from overwriting each other.
  return `concierge-token-${port}`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
