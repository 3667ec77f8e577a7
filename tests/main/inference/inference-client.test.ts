import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InferenceClient } from '../../../src-main/inference/inference-client.ts';
import type { GenerationParams, GenerationResult } from '../../../src-main/shared/inference-protocol.ts';
import { createTinyModel, type TinyModel } from '../../helpers/tiny-model.ts';

const GREEDY: Partial<GenerationParams> = { maxNewTokens: 12, temperature: 0, repetitionPenalty: 1 };

let tiny: TinyModel;
let model: { id: string; dir: string };
const client = new InferenceClient({ intraOpThreads: 1 });

beforeAll(async () => {
  tiny = await createTinyModel(7);
  model = { id: tiny.id, dir: tiny.dir };
  await client.load(model);
});

afterAll(async () => {
  await client.close();
  await tiny?.remove();
});

describe('InferenceClient', () => {
  describe('generate()', () => {
    it('streams text from the worker thread while the main thread stays responsive', async () => {
      let text = '';
      const before = performance.eventLoopUtilization();
      const result = await client.generate({
        model,
        prompt: 'Hello, my name is',
        params: { ...GREEDY, maxNewTokens: 60 },
        onToken: (token) => (text += token.text),
      });
      const { utilization } = performance.eventLoopUtilization(before);
      console.log('main-thread event loop utilisation while generating:', utilization.toFixed(3));
      expect(result.sequences[0].tokenIds).toHaveLength(60);
      expect(text).toBe(result.sequences[0].text);
      // The main thread's event loop sat idle most of the time (generating there would keep it busy near 1). Idle
      // time is what the loop spent waiting for events, so other processes' load does not inflate it, unlike a
      // count of timer ticks, which a descheduled process misses.
      expect(utilization).toBeLessThan(0.5);
    });

    it('stops a running generation when its signal aborts, with the tokens streamed so far', async () => {
      // The abort reaches the worker only after the main thread handled the third token; meanwhile the worker keeps
      // generating (~2 ms a token), so how many more tokens it adds depends on the machine's load, and a stalled main
      // thread can even see the generation end first: that attempt is retried, never counted as a stop.
      const maxNewTokens = 120; // all the tiny model's context leaves after the prompt
      let stopped: GenerationResult | null = null;
      for (let attempt = 0; attempt < 5 && !stopped; attempt++) {
        const abort = new AbortController();
        let tokens = 0;
        let text = '';
        const result = await client.generate({
          model,
          prompt: 'Once upon a time',
          params: { ...GREEDY, maxNewTokens },
          signal: abort.signal,
          onToken: (token) => {
            text += token.text;
            if (++tokens === 3) abort.abort();
          },
        });
        const [sequence] = result.sequences;
        expect(text).toBe(sequence.text);
        if (sequence.finishReason === 'length') {
          expect(sequence.tokenIds).toHaveLength(maxNewTokens);
          continue;
        }
        expect(sequence.finishReason).toBe('cancelled');
        expect(sequence.tokenIds.length).toBeGreaterThanOrEqual(3);
        expect(sequence.tokenIds.length).toBeLessThan(maxNewTokens);
        stopped = result;
      }
      expect(stopped, 'every attempt ran to its end before the abort reached the worker').not.toBeNull();
    });

    it('drops a queued generation at once when cancelled, without running it', async () => {
      const running = client.generate({ model, prompt: 'A', params: { ...GREEDY, maxNewTokens: 40 } });
      const abort = new AbortController();
      let streamed = 0;
      const queued = client.generate({ model, prompt: 'B', params: GREEDY, signal: abort.signal, onToken: () => streamed++ });
      abort.abort();
      const result = await queued;
      expect(result.sequences).toEqual([{ prompt: 0, text: '', tokenIds: [], finishReason: 'cancelled' }]);
      expect(streamed).toBe(0);
      expect((await running).sequences[0].finishReason).toBe('length');
    });

    it('serves callers round-robin: a second caller does not wait behind all of the first caller’s requests', async () => {
      const finished: string[] = [];
      const run = (caller: string, label: string) =>
        client
          .generate({ model, prompt: label, caller, params: { ...GREEDY, maxNewTokens: 4 } })
          .then((result: GenerationResult) => {
            finished.push(label);
            return result;
          });
      // 'busy' occupies the worker while the others queue up behind it.
      await Promise.all([run('other', 'busy'), run('agent', 'a1'), run('agent', 'a2'), run('agent', 'a3'), run('customer', 'c1')]);
      expect(finished).toEqual(['busy', 'a1', 'c1', 'a2', 'a3']);
    });

    it('hot-swaps to another model named by a request', async () => {
      const other = await createTinyModel(8, 'other');
      try {
        const stages: string[] = [];
        const result = await client.generate({
          model: { id: other.id, dir: other.dir },
          prompt: 'Hello',
          params: GREEDY,
          onProgress: (progress) => stages.push(progress.stage),
        });
        expect(result.modelId).toBe('other');
        expect(result.timings.loadMs).toBeGreaterThan(0);
        expect(stages).toEqual(['loading', 'warming-up']);
      } finally {
        await client.load(model);
        await other.remove();
      }
    });

    it('runs the int8 graph in a worker started with precision int8', async () => {
      const int8Client = new InferenceClient({ intraOpThreads: 1, precision: 'int8' });
      try {
        expect(await int8Client.load(model)).toMatchObject({ modelId: tiny.id, precision: 'int8' });
        const result = await int8Client.generate({ model, prompt: 'Hello', params: GREEDY });
        expect(result.sequences[0].tokenIds).toHaveLength(12);
        expect(await client.load(model)).toMatchObject({ precision: 'fp32', swapped: false });
      } finally {
        await int8Client.close();
      }
    });

    it('reloads the model it holds, in the worker, once the folder has the int8 copy it lacked', async () => {
      const int8Client = new InferenceClient({ intraOpThreads: 1, precision: 'int8' });
      const later = await createTinyModel(12, 'int8-later');
      const quantized = join(later.dir, 'onnx/model_quantized.onnx');
      const ref = { id: later.id, dir: later.dir };
      try {
        await rename(quantized, `${quantized}.aside`);
        expect(await int8Client.load(ref)).toMatchObject({ precision: 'fp32' });
        expect(await int8Client.reload(ref)).toMatchObject({ swapped: false, precision: 'fp32' });
        await rename(`${quantized}.aside`, quantized);
        expect(await int8Client.reload(ref)).toMatchObject({ swapped: true, precision: 'int8' });
        expect(int8Client.loadedModel).toEqual(ref);
      } finally {
        await int8Client.close();
        await later.remove();
      }
    });

    it('rejects with the worker’s error rebuilt as {name, message, kind}', async () => {
      const missing = { id: 'missing', dir: '/nonexistent/model' };
      await expect(client.generate({ model: missing, prompt: 'Hi', params: GREEDY })).rejects.toMatchObject({
        name: 'NotFoundError',
        kind: 'not-found',
        message: expect.stringMatching(/^inference generate: Model missing has no config\.json/),
      });
      await expect(
        client.generate({ model, prompt: 'Hi', params: { ...GREEDY, numReturnSequences: 2 } }),
      ).rejects.toMatchObject({ name: 'InvalidInputError', kind: 'invalid-input' });
      // The worker keeps serving after errors.
      expect((await client.generate({ model, prompt: 'Hi', params: GREEDY })).sequences[0].tokenIds).toHaveLength(12);
    });
  });
});
