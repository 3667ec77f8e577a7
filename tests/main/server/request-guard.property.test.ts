import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearerToken, isAllowedHost, isAllowedOrigin, readCookie, tokenMatches } from '../../../src-main/server/request-guard.ts';

// The web mode's first checks, against header values an attacker chooses. Near-misses (other case, trailing dot,
// userinfo, extra port digits) are generated on purpose: they are what DNS rebinding and origin tricks look like.
const PORT = 43_210;
const near = fc.constantFrom(
  `127.0.0.1:${PORT}`,
  `localhost:${PORT}`,
  `LOCALHOST:${PORT}`,
  `localhost.:${PORT}`,
  `127.0.0.1:${PORT}0`,
  `127.0.0.1:0${PORT}`,
  `127.1:${PORT}`,
  `[::1]:${PORT}`,
  `evil.example@127.0.0.1:${PORT}`,
  `127.0.0.1:${PORT}.evil.example`,
  ` 127.0.0.1:${PORT}`,
  `127.0.0.1:${PORT} `,
  '127.0.0.1',
  'localhost',
);
const header = fc.oneof(near, fc.string({ maxLength: 30 }), near.chain((h) => fc.string({ maxLength: 3 }).map((s) => h + s)));

describe('request guard (properties)', () => {
  it('accepts exactly two Host values: 127.0.0.1:PORT and localhost:PORT', () => {
    fc.assert(
      fc.property(fc.option(header, { nil: undefined }), (host) => {
        expect(isAllowedHost(host, PORT)).toBe(host === `127.0.0.1:${PORT}` || host === `localhost:${PORT}`);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts a request without Origin, or with exactly the origin of the Host it names', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(header.map((h) => `http://${h}`), header.map((h) => `https://${h}`), header), { nil: undefined }), (origin) => {
        const host = `127.0.0.1:${PORT}`;
        expect(isAllowedOrigin(origin, host)).toBe(origin === undefined || origin === `http://${host}`);
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes a bearer token only as one unbroken word after "Bearer "', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('Bearer ', 'bearer ', 'Bearer  ', 'Basic ', '', 'Bearer'), (token, scheme) => {
        const header = scheme + token;
        const found = bearerToken(header);
        if (found !== undefined) {
          // The whole header is "Bearer " (any case) followed by the token, nothing before or after it.
          expect(header.slice(0, 7).toLowerCase()).toBe('bearer ');
          expect(header.slice(7)).toBe(found);
          expect(found).not.toMatch(/\s/);
          expect(found.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads a cookie back from any Cookie header that holds it, and never another name\'s value', () => {
    const name = `concierge-token-${PORT}`;
    const cookiePart = fc.tuple(fc.stringMatching(/^[\w-]{1,12}$/), fc.stringMatching(/^[^;\s]{0,12}$/)).map(([key, value]) => `${key}=${value}`);
    fc.assert(
      fc.property(fc.array(cookiePart, { maxLength: 4 }), fc.stringMatching(/^[0-9a-f]{1,64}$/), fc.array(cookiePart, { maxLength: 4 }), (before, value, after) => {
        const others = [...before, ...after].filter((part) => !part.startsWith(`${name}=`));
        expect(readCookie([...others, `${name}=${value}`].join('; '), name)).toBe(value);
        expect(readCookie(others.join('; '), name)).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  });

  it('matches a token only when it is exactly the launch token, for any candidate value', () => {
    const token = 'ab'.repeat(32);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 70 }), fc.constant(token), fc.constant(token.toUpperCase()), fc.constant(`${token} `), fc.constant(null), fc.constant(undefined)), (candidate) => {
        expect(tokenMatches(candidate, token)).toBe(candidate === token);
      }),
      { numRuns: 1_000 },
    );
  });
});
