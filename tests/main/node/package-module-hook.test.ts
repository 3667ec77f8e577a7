import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain JS hook module with no declaration file
import { load } from '../../../src-main/node/package-module-hook.js';
import { spawnWorker } from '../../../src-main/node/spawn-worker.ts';

const wrapperUrl = pathToFileURL(createRequire(import.meta.url).resolve('ws').replace(/index\.js$/, 'wrapper.mjs')).href;
/** zod's ES module entry: a .js file in a "type": "module" package. */
const zodUrl = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('zod/package.json')), 'index.js')).href;

describe('package-module-hook', () => {
  describe('load()', () => {
    it('reads a package .mjs file as it is, as ESM, without passing it on to tsx', async () => {
      const next = vi.fn();
      const result = await load(wrapperUrl, { format: undefined, importAttributes: {} }, next);
      expect(next).not.toHaveBeenCalled();
      expect(result.format).toBe('module');
      expect(result.shortCircuit).toBe(true);
      expect(Buffer.from(result.source).equals(readFileSync(new URL(wrapperUrl)))).toBe(true);
    });

    it('reads a package .js file that resolved as ESM (a "type": "module" package) as it is, without tsx', async () => {
      const next = vi.fn();
      const result = await load(zodUrl, { format: 'module', importAttributes: {} }, next);
      expect(next).not.toHaveBeenCalled();
      expect(result).toMatchObject({ format: 'module', shortCircuit: true });
      expect(Buffer.from(result.source).equals(readFileSync(new URL(zodUrl)))).toBe(true);
    });

    it('passes on our TypeScript sources, package CommonJS .js files and built-ins', async () => {
      const cjs = pathToFileURL(createRequire(import.meta.url).resolve('ws')).href;
      const cases: [string, string | undefined][] = [
        [new URL('../../../src-main/node/spawn-worker.ts', import.meta.url).href, undefined],
        [new URL('../../../src-main/node/spawn-worker.ts', import.meta.url).href, 'module'],
        [cjs, undefined],
        [cjs, 'commonjs'],
        ['node:fs', 'builtin'],
      ];
      for (const [url, format] of cases) {
        const next = vi.fn(async () => ({ format: 'passed-on', source: '' }));
        const result = await load(url, { format, importAttributes: {} }, next);
        expect(next).toHaveBeenCalledWith(url, { format, importAttributes: {} });
        expect(result.format).toBe('passed-on');
      }
    });
  });

  it('lets a worker started from sources import both a package .mjs and TypeScript', async () => {
    const worker = spawnWorker(new URL('./fixtures/package-import-worker.ts', import.meta.url));
    try {
      const result = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(result).toEqual({ webSocketServer: 'function', niceness: 'number' });
    } finally {
      await worker.terminate();
    }
  });
});
