import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MEANING, MeaningRerank, type SentenceEmbedder } from '../../../../src-main/assistant/meaning-rerank.ts';
import type { Retrieval } from '../../../../src-main/assistant/retriever.ts';
import { ENCODER_RESTARTS, SentenceEncoderClient, STOP_GRACE_MS } from '../../../../src-main/assistant/sentence-encoder/sentence-encoder-client.ts';
import { paddedBatches, SentenceEncoder, type SentenceEncoderOptions } from '../../../../src-main/assistant/sentence-encoder/sentence-encoder.ts';
import type { FaqDraft } from '../../../../src-main/shared/api/faq.ts';
import type { ConciergeError } from '../../../../src-main/shared/errors.ts';
import { formatMessage } from '../../../../src-renderer/i18n/i18n.svelte.ts';
import { codedText } from '../../../../src-renderer/lib/errors.ts';
import { crashWorker, hangWorker, loadCrashableEncoder, workerOf } from '../../../helpers/crashable-encoder.ts';

const FIXTURES = new URL('../../../fixtures/', import.meta.url);
/** 500 distinct English answers from the eval sets' knowledge bases (73 tokens on average, up to the model's 128). */
const ANSWERS = [
  ...new Set(
    readdirSync(FIXTURES)
      .filter((name) => /^faq-.*\.json$/.test(name))
      .sort()
      .flatMap((name) => (JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as { entries?: FaqDraft[] }).entries ?? [])
      .filter((entry) => entry.lang === 'en')
      .map((entry) => entry.answer),
  ),
].slice(0, 500);
const TEXTS = ['Hi', 'How do I reset my password?', '', 'Order #12345 arrived with 2 items missing!!!', ...ANSWERS.slice(0, 60)];

let local: SentenceEncoder;
beforeAll(async () => {
  local = await SentenceEncoder.load();
});
afterAll(() => local?.dispose());

describe('SentenceEncoderClient', () => {
  describe('encode()', () => {
    it("returns exactly the in-process encoder's embeddings, in order", async () => {
      const client = await SentenceEncoderClient.load();
      try {
        const [remote, own] = await Promise.all([client.encode(TEXTS), local.encode(TEXTS)]);
        expect(client.dimension).toBe(local.dimension);
        expect(remote).toHaveLength(TEXTS.length);
        remote.forEach((vector, i) => expect(vector).toEqual(own[i]));
        expect(await client.encode([])).toEqual([]);
      } finally {
        await client.dispose();
      }
    });

    it('answers calls made together, each with its own texts\' embeddings', async () => {
      const client = await SentenceEncoderClient.load();
      try {
        const calls = [TEXTS.slice(0, 30), TEXTS.slice(30), [TEXTS[1]]];
        const remote = await Promise.all(calls.map((texts) => client.encode(texts)));
        // Compared call by call: texts batched together pad alike, so a different batching differs in the last bits.
        for (const [i, texts] of calls.entries()) expect(remote[i]).toEqual(await local.encode(texts));
      } finally {
        await client.dispose();
      }
    });

    // Each run of the in-process encoder holds the event loop for its length; its runs here (at most 8,192 token
    // slots, larger than the app's 512 so that a run is long enough to tell from noise) number `runs`, so its longest
    // stall is at least a `runs`-th of the batch's time. The worker leaves the main thread's loop turning meanwhile.
    it("keeps the main thread's event loop turning while it encodes a large batch", async () => {
      const options: SentenceEncoderOptions = { maxBatch: ANSWERS.length, maxBatchTokens: 8_192 };
      const runs = paddedBatches(ANSWERS.map((text) => local.tokenize(text).length), options.maxBatch!, options.maxBatchTokens!).length;
      const client = await SentenceEncoderClient.load(options);
      try {
        const { ms, stallMs } = await longestStall(() => client.encode(ANSWERS));
        expect(stallMs, `the longest stall while ${runs} runs took ${Math.round(ms)} ms`).toBeLessThan(ms / runs / 4);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('a worker that stops', () => {
    it('fails the call waiting on it with its coded exit, and serves the next call from a new worker', async () => {
      const client = await loadCrashableEncoder();
      try {
        const first = workerOf(client);
        const waiting = client.encode(ANSWERS.slice(0, 100));
        await crashWorker(client);
        const error = await waiting.then(
          () => expect.unreachable('the call outlived its worker'),
          (failure: unknown) => failure as ConciergeError,
        );
        expect(error).toMatchObject({ code: 'model.worker-exited', params: { exitCode: 1 }, message: 'Sentence encoder worker stopped: exit code 1' });
        // The exit code is a value of its own, so a Chinese UI says it in Chinese.
        expect(codedText(error, (key, params) => formatMessage('zh', key, params))).toBe('模型处理进程意外停止（退出码 1）。请重试。');
        expect(await client.encode(TEXTS.slice(0, 4))).toEqual(await local.encode(TEXTS.slice(0, 4)));
        expect(workerOf(client)).not.toBe(first);
      } finally {
        await client.dispose();
      }
    });

    it(`stops starting workers once ${ENCODER_RESTARTS + 1} in a row stopped before answering, failing later calls at once`, async () => {
      const client = await loadCrashableEncoder();
      const gaveUp = vi.fn(() => client.gaveUp);
      client.onGaveUp(gaveUp);
      try {
        await crashWorker(client);
        // Each new worker stops while it loads the encoder, as one that crashes at every start would.
        for (let restart = 1; restart <= ENCODER_RESTARTS; restart++) {
          expect(gaveUp, 'a new worker is still started').not.toHaveBeenCalled();
          const call = client.encode(['Hi']);
          await crashWorker(client);
          await expect(call).rejects.toThrow(/^Sentence encoder worker stopped: exit code 1$/);
        }
        // Its listener heard it as the last worker stopped, with gaveUp already set.
        expect(gaveUp).toHaveBeenCalledOnce();
        expect(gaveUp.mock.results[0]?.value).toMatchObject({ code: 'model.worker-gave-up', params: { stops: ENCODER_RESTARTS + 1 } });
        const call = client.encode(['Hi']);
        expect(workerOf(client), 'no worker started').toBeNull();
        await expect(call).rejects.toMatchObject({
          code: 'model.worker-gave-up',
          message: expect.stringMatching(/stopped 3 times in a row, not started again \(last: .*exit code 1\)/),
        });
      } finally {
        await client.dispose();
      }
    });

    it('counts the stops again from a worker that answered', async () => {
      const client = await loadCrashableEncoder();
      try {
        for (let stop = 1; stop <= ENCODER_RESTARTS + 1; stop++) {
          await crashWorker(client);
          expect(await client.encode(['Hi'])).toEqual(await local.encode(['Hi']));
        }
      } finally {
        await client.dispose();
      }
    });

    it('leaves the question it was encoding to be ranked by words, logging why, and re-ranks the next by meaning', async () => {
      const client = await loadCrashableEncoder();
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const entries = ['refund', 'delivery'].map((question, id) => ({ id: id + 1, question, answer: `about ${question}`, paraphrases: [] }));
        const words: Retrieval = {
          lang: 'en',
          hits: entries.map(({ id, question }) => ({ id, ref: null, question, lang: 'en', score: 0.3, coverage: 0.3, explained: 1, tightness: 1 })),
          confidence: MEANING.gate / 2,
          usedContext: false,
          signals: null,
        };
        let crash = true;
        // The worker stops while the first question waits for its encoding: the crash reaches it first.
        const crashing: SentenceEmbedder = {
          encode: (texts) => {
            if (crash) void crashWorker(client);
            crash = false;
            return client.encode(texts);
          },
        };
        const rerank = new MeaningRerank(async () => crashing, (ids) => entries.filter((entry) => ids.includes(entry.id)));
        expect(await rerank.apply('where is my parcel', words)).toBe(words);
        expect(String(logged.mock.calls[0]?.[1])).toMatch(/Sentence encoder worker stopped/);
        expect((await rerank.apply('where is my parcel', words)).hits.map((hit) => hit.id)).toEqual([2, 1]);
        expect(logged).toHaveBeenCalledOnce();
      } finally {
        logged.mockRestore();
        await client.dispose();
      }
    });
  });

  describe('load()', () => {
    it('rejects with the reason the encoder did not load', async () => {
      await expect(SentenceEncoderClient.load({ modelDir: '/nonexistent/sentence-encoder' })).rejects.toThrow(
        /sentence encoder load: .*nonexistent/,
      );
    });
  });

  describe('dispose()', () => {
    it('fails a call still waiting, saying the encoder was closed, and every later one', async () => {
      const client = await SentenceEncoderClient.load();
      const waiting = client.encode(ANSWERS.slice(0, 100));
      const settled = vi.fn();
      waiting.catch(settled);
      await client.dispose();
      await expect(waiting).rejects.toThrow('Sentence encoder closed while the call waited');
      await expect(client.encode(['Hi'])).rejects.toThrow('Sentence encoder closed');
      expect(settled).toHaveBeenCalledOnce();
    });

    // Terminated from outside during a run, the worker would abort the whole process (a native Napi::Error).
    it('lets the worker end the run in progress and exit by itself, without encoding the rest of the call', async () => {
      const client = await SentenceEncoderClient.load({ maxBatch: 4 });
      const worker = workerOf(client)!;
      const exited = once(worker, 'exit');
      const replies: { response?: unknown; error?: { name: string } }[] = [];
      worker.on('message', (reply) => replies.push(reply));
      const waiting = client.encode(ANSWERS);
      const failed = expect(waiting).rejects.toThrow('Sentence encoder closed while the call waited');
      await new Promise((resolve) => setTimeout(resolve, 50)); // some of its 125 runs done
      await client.dispose();
      await failed;
      expect(await exited, 'exit code (1 if terminated)').toEqual([0]);
      // The worker's own answer to the call: it stopped before its next run, with the embeddings unfinished.
      expect(replies).toEqual([expect.objectContaining({ error: expect.objectContaining({ name: 'AbortError' }) })]);
    });

    it(`terminates a worker that has not exited ${STOP_GRACE_MS / 1000} s after it was asked to stop`, async () => {
      const client = await loadCrashableEncoder();
      const worker = workerOf(client)!;
      const exited = once(worker, 'exit');
      hangWorker(client);
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const disposed = client.dispose();
        const settled = vi.fn();
        void disposed.then(settled);
        await vi.advanceTimersByTimeAsync(STOP_GRACE_MS - 1);
        expect(settled, 'still waiting for the worker to exit').not.toHaveBeenCalled();
        await vi.advanceTimersByTimeAsync(1);
        await disposed;
        expect(await exited, 'exit code of a terminated worker').toEqual([1]);
      } finally {
        vi.useRealTimers();
      }
    });
  });
});

/** Runs `work`: its wall-clock time and the longest stall of the event loop meanwhile (perf_hooks). */
async function longestStall(work: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  // The monitor records from its second tick on, and a stall when the loop next turns.
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  await tick();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  await tick();
  delay.disable();
  return { ms, stallMs: delay.max / 1e6 };
}
