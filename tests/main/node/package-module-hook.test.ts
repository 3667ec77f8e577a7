import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain JS hook module with no declaration file
import { load } from '../../../src-main/node/package-module-hook.js';
import { spawnWorker } from '../../../src-main/node/spawn-worker.ts';

const wrapperUrl = pathToFileURL(createRequire(import.meta.url).resolve('ws').replace(/index\.js$/, 'wrapper.mjs')).href;

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

    it('passes on our TypeScript sources, package .js files and built-ins', async () => {
      const urls = [
        new URL('../../../src-main/node/spawn-worker.ts', import.meta.url).href,
        pathToFileURL(createRequire(import.meta.url).resolve('ws')).href,
        'node:fs',
      ];
      for (const url of urls) {
        const next = vi.fn(async () => ({ format: 'passed-on', source: '' }));
        const result = await load(url, { importAttributes: {} }, next);
        expect(next).toHaveBeenCalledWith(url, { importAttributes: {} });
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
