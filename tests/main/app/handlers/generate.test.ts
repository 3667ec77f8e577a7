import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src-main/app/create-app.ts';
import type { GenerateTokenEvent } from '../../../../src-main/shared/api/index.ts';

let dataDir: string;
let app: App;
let firstId: string;
let secondId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'concierge-generate-'));
  app = await createApp({ dataDir, seedSample: false });
  const shape = { nLayer: 1, nHead: 2, nEmbd: 16, nPositions: 64 };
  firstId = (await app.client.invoke('model:init', { ...shape, seed: 1, name: 'first', activate: true })).id;
  secondId = (await app.client.invoke('model:init', { ...shape, seed: 2, name: 'second' })).id;
});

afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function collectTokens(requestId: string): { text: () => string; stop: () => void } {
  let text = '';
  const stop = app.client.on('generate:token', (event: GenerateTokenEvent) => {
    if (event.requestId === requestId && event.sequence === 0) text += event.text;
  });
  return { text: () => text, stop };
}

describe('generate handlers', () => {
  describe('generate:run', () => {
    it('streams generate:token events from the active model that add up to the result', async () => {
      const tokens = collectTokens('r1');
      const result = await app.client.invoke('generate:run', {
        requestId: 'r1',
        prompt: 'Hello',
        params: { maxNewTokens: 10, temperature: 0 },
      });
      tokens.stop();
      expect(result.modelId).toBe(firstId);
      expect(result.sequences[0].tokenIds).toHaveLength(10);
      expect(tokens.text()).toBe(result.sequences[0].text);
    });

    it('generates from the model named in the request', async () => {
      const result = await app.client.invoke('generate:run', { requestId: 'r2', prompt: 'Hi', model: secondId, params: { maxNewTokens: 3 } });
      expect(result.modelId).toBe(secondId);
    });

    it('refuses a model that is not a model id at the boundary', async () => {
      await expect(app.client.invoke('generate:run', { requestId: 'r-bad', prompt: 'Hi', model: '../../etc' })).rejects.toMatchObject({
        name: 'InvalidInputError',
        message: expect.stringMatching(/^Invalid input for generate:run: model: a model id is lowercase letters/),
        code: 'input.model-id',
        params: { field: 'model' },
      });
    });

    it('follows a newly activated model', async () => {
      await app.client.invoke('generate:run', { requestId: 'r3', prompt: 'Hi', params: { maxNewTokens: 2 } });
      await app.client.invoke('model:activate', { id: secondId });
      const result = await app.client.invoke('generate:run', { requestId: 'r4', prompt: 'Hi', params: { maxNewTokens: 2 } });
      expect(result.modelId).toBe(secondId);
      await app.client.invoke('model:activate', { id: firstId });
    });

    it('rejects bad parameters at the boundary and an unknown model with not-found', async () => {
      await expect(
        app.client.invoke('generate:run', { requestId: 'r5', prompt: 'Hi', params: { maxNewTokens: 0 } }),
      ).rejects.toMatchObject({ kind: 'invalid-input' });
      await expect(app.client.invoke('generate:run', { requestId: 'r6', prompt: 'Hi', model: 'no-such-model' })).rejects.toMatchObject({
        kind: 'not-found',
      });
    });
  });

  describe('generate:cancel', () => {
    it('stops a running generation, which resolves with what it generated so far', async () => {
      // The cancel reaches the worker only after the main thread handled the second token, and the tiny model makes a
      // token in a millisecond or two meanwhile: how many more it adds depends on the load, and on a stalled main
      // thread the generation can even end first. Such an attempt is retried, never counted as a stop.
      const maxNewTokens = 60; // all the 64-position context leaves after the prompt
      let stopped = false;
      for (let attempt = 0; attempt < 5 && !stopped; attempt++) {
        const requestId = `c${attempt}`;
        let seen = 0;
        const tokens = collectTokens(requestId);
        const stop = app.client.on('generate:token', (event) => {
          if (event.requestId === requestId && ++seen === 2) void app.client.invoke('generate:cancel', { requestId });
        });
        const result = await app.client.invoke('generate:run', { requestId, prompt: 'Hello', params: { maxNewTokens } });
        stop();
        tokens.stop();
        const [sequence] = result.sequences;
        expect(tokens.text()).toBe(sequence.text);
        expect(await app.client.invoke('generate:cancel', { requestId })).toEqual({ cancelled: false });
        if (sequence.finishReason !== 'cancelled') continue; // it ended (length, or a sampled end token) first
        expect(sequence.tokenIds.length).toBeGreaterThanOrEqual(2);
        expect(sequence.tokenIds.length).toBeLessThan(maxNewTokens);
        stopped = true;
      }
      expect(stopped, 'every attempt ran to its end before the cancel reached the worker').toBe(true);
    });
  });
});
