/**
 * The sentence encoder (sentence-encoder.ts) in a worker thread of its own: the main thread keeps answering while it
 * embeds (a run of the meaning warm-up holds the thread it runs on for 50–70 ms).
 *
 *   const encoder = await SentenceEncoderClient.load();    // starts the worker, which loads the encoder once
 *   const vectors = await encoder.encode(texts);           // answered in order, as the in-process encoder would
 *   await encoder.dispose();                               // stops the worker
 *
 * A worker that dies (or sends what the protocol does not allow) fails the calls waiting on it and every later one
 * with UnavailableError; dispose() fails the calls still waiting, saying so. The worker does not keep the process
 * alive while no call waits.
 */
import type { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import { spawnWorker } from '../../node/spawn-worker.ts';
import { ConciergeError, deserializeError, UnavailableError } from '../../shared/errors.ts';
import type { SentenceEmbedder } from '../meaning-rerank.ts';
import type { SentenceEncoderOptions } from './sentence-encoder.ts';
import {
  encodeResponse,
  loadResponse,
  sentenceEncoderWorkerMessage,
  type SentenceEncoderRequest,
  type SentenceEncoderRequestMessage,
} from './sentence-encoder-protocol.ts';

interface Call {
  request: SentenceEncoderRequest;
  /** Checks the worker's response to this call. */
  schema: z.ZodType;
  resolve: (response: unknown) => void;
  reject: (error: Error) => void;
}

export class SentenceEncoderClient implements SentenceEmbedder {
  private nextSeq = 1;
  private readonly pending = new Map<number, Call>();
  /** Why calls fail from now on: the worker died, or the client was disposed. */
  private failure: Error | null = null;

  private width = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: unknown) => this.receive(message));
    worker.on('error', (error) => this.crashed(error.message));
    worker.on('exit', (code) => this.crashed(`exit code ${code}`));
  }

  /** Starts a worker and loads the encoder in it; rejects (the worker stopped) where it cannot load. */
  static async load(options: SentenceEncoderOptions = {}): Promise<SentenceEncoderClient> {
    const client = new SentenceEncoderClient(spawnWorker(new URL('./sentence-encoder-worker.ts', import.meta.url)));
    try {
      client.width = (await client.call({ type: 'load', options }, loadResponse)).dimension;
      return client;
    } catch (error) {
      await client.dispose();
      throw error;
    }
  }

  /** Width of every embedding. */
  get dimension(): number {
    return this.width;
  }

  /** One unit-length embedding per text, in order. */
  encode(texts: readonly string[]): Promise<Float32Array[]> {
    return this.call({ type: 'encode', texts: [...texts] }, encodeResponse(texts.length, this.dimension)).then(({ vectors }) => vectors);
  }

  /** Stops the worker; calls still waiting reject, saying the encoder was closed under them. */
  async dispose(): Promise<void> {
    this.fail(new UnavailableError('Sentence encoder closed while the call waited'), new UnavailableError('Sentence encoder closed'));
    await this.worker.terminate();
  }

  private call<S extends z.ZodType>(request: SentenceEncoderRequest, schema: S): Promise<z.infer<S>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const seq = this.nextSeq++;
      this.pending.set(seq, { request, schema, resolve: resolve as (response: unknown) => void, reject });
      this.worker.ref();
      this.worker.postMessage({ seq, request } satisfies SentenceEncoderRequestMessage);
    });
  }

  private receive(data: unknown): void {
    const message = sentenceEncoderWorkerMessage.safeParse(data);
    const call = message.success ? this.pending.get(message.data.seq) : undefined;
    if (!message.success || !call) {
      const problem = message.success ? `a reply to no call (${message.data.seq})` : message.error.issues[0]?.message;
      this.fail(new ConciergeError(`Sentence encoder worker sent a malformed reply: ${problem}`));
      void this.worker.terminate();
      return;
    }
    this.pending.delete(message.data.seq);
    if (this.pending.size === 0) this.worker.unref();
    const { error, response } = message.data;
    if (error) return call.reject(deserializeError(error, `sentence encoder ${call.request.type}`));
    const checked = call.schema.safeParse(response);
    if (checked.success) call.resolve(checked.data);
    else call.reject(new ConciergeError(`sentence encoder ${call.request.type}: malformed response: ${checked.error.issues[0]?.message}`));
  }

  private crashed(detail: string): void {
    const error = new UnavailableError(`Sentence encoder worker stopped: ${detail}`).withCode('model.worker-failed', { detail });
    this.fail(error, error);
  }

  /** Rejects the waiting calls with `pending` and every later call with `later` (the first failure stays). */
  private fail(pending: Error, later = pending): void {
    if (this.failure) return;
    this.failure = later;
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.reject(pending);
  }
}
