/**
 * The sentence encoder (sentence-encoder.ts) in a worker thread of its own: the main thread keeps answering while it
 * embeds (a run of the meaning warm-up holds the thread it runs on for 50–70 ms).
 *
 *   const encoder = await SentenceEncoderClient.load();    // starts the worker, which loads the encoder once
 *   const vectors = await encoder.encode(texts);           // answered in order, as the in-process encoder would
 *   await encoder.dispose();                               // stops the worker
 *
 * A worker that dies (or sends what the protocol does not allow) fails the calls waiting on it with
 * UnavailableError; the next call starts a new worker, which loads the encoder again, unless `ENCODER_RESTARTS`
 * workers in a row stopped before answering an encode call: later calls then fail at once. dispose() fails the calls
 * still waiting, saying so. The worker does not keep the process alive while no call waits.
 *
 * A worker is stopped by asking it (a stop message; it exits between two runs), and terminated only if it has not
 * exited after `STOP_GRACE_MS`: terminating a worker while ONNX Runtime's run() is on its stack aborts the whole
 * process with a native `Napi::Error` (training-client.ts avoids the same).
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
  type SentenceEncoderStopMessage,
} from './sentence-encoder-protocol.ts';

const ENCODER_WORKER = new URL('./sentence-encoder-worker.ts', import.meta.url);

/**
 * How many new workers the client starts in a row after its worker stopped; a worker that answers an encode call
 * resets the count. A crash now and then costs the question it was encoding, whereas a worker that stops at every
 * start (a broken native library, too little memory) is not started again at every unsure question, each start
 * costing 0.3–0.6 s of CPU and about 130 MB.
 */
export const ENCODER_RESTARTS = 2;

/**
 * How long a worker asked to stop has to exit before it is terminated: its current run ends first (at most ~0.4 s at
 * the default batch size), or the encoder's load (0.3–0.6 s, more on a busy machine) where it was loading.
 */
export const STOP_GRACE_MS = 10_000;

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
  /** The running worker: null after it stopped (until the next call) and after dispose(). */
  private worker: Worker | null = null;
  /** Workers that stopped since one last answered an encode call, and why the last one stopped. */
  private stopsInARow = 0;
  private stopped: Error | null = null;
  /** Set by dispose(): every later call fails with it. */
  private closed: Error | null = null;
  private readonly gaveUpListeners = new Set<() => void>();
  /** Each worker's exit, whenever it comes. */
  private readonly exits = new WeakMap<Worker, Promise<void>>();
  /** Workers asked to stop that have not exited yet: dispose() waits for them. */
  private readonly stopping = new Set<Promise<void>>();

  private width = 0;

  private constructor(
    private readonly options: SentenceEncoderOptions,
    private readonly entry: URL,
  ) {}

  /**
   * Starts a worker and loads the encoder in it; rejects (the worker stopped) where it cannot load. `entry` is the
   * worker's module, the app's own unless a test wraps it.
   */
  static async load(options: SentenceEncoderOptions = {}, entry = ENCODER_WORKER): Promise<SentenceEncoderClient> {
    const client = new SentenceEncoderClient(options, entry);
    try {
      client.width = (await client.start()).dimension;
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

  /**
   * Why the client no longer starts workers (`ENCODER_RESTARTS` + 1 in a row stopped before answering): every later
   * call fails at once with it. Null while it still starts them, and after dispose().
   */
  get gaveUp(): UnavailableError | null {
    if (this.worker || this.closed || this.stopsInARow <= ENCODER_RESTARTS) return null;
    const detail = `stopped ${this.stopsInARow} times in a row, not started again (last: ${this.stopped?.message})`;
    return new UnavailableError(`Sentence encoder worker ${detail}`).withCode('model.worker-gave-up', { stops: this.stopsInARow });
  }

  /** Runs `listener` when the client gives up (`gaveUp` is set): as the last worker it may start stops. */
  onGaveUp(listener: () => void): void {
    this.gaveUpListeners.add(listener);
  }

  /** One unit-length embedding per text, in order. */
  encode(texts: readonly string[]): Promise<Float32Array[]> {
    if (!this.worker && !this.closed) {
      const gaveUp = this.gaveUp;
      if (gaveUp) return Promise.reject(gaveUp);
      void this.start();
    }
    return this.call({ type: 'encode', texts: [...texts] }, encodeResponse(texts.length, this.dimension)).then(({ vectors }) => vectors);
  }

  /** Stops the worker, resolving once it has exited; calls still waiting reject, saying the encoder was closed under them. */
  async dispose(): Promise<void> {
    this.closed ??= new UnavailableError('Sentence encoder closed');
    const worker = this.worker;
    this.worker = null;
    this.rejectPending(new UnavailableError('Sentence encoder closed while the call waited'));
    if (worker) this.stop(worker);
    await Promise.all(this.stopping);
  }

  /**
   * Starts a worker and sends it the encoder's load, which it answers before the calls sent after it. A restarted
   * worker whose encoder does not load stops (failing those calls with the reason): it would fail every call.
   */
  private start(): Promise<z.infer<typeof loadResponse>> {
    const worker = spawnWorker(this.entry, { bundled: true });
    this.exits.set(worker, new Promise((resolve) => worker.once('exit', () => resolve())));
    worker.on('message', (message: unknown) => this.receive(worker, message));
    worker.on('error', (error) => this.retire(worker, workerStopped(error.message).withCode('model.worker-failed', { detail: error.message })));
    // The exit code as a number of its own: a Chinese sentence says it in its own words, not "exit code 1".
    worker.on('exit', (code) => this.retire(worker, workerStopped(`exit code ${code}`).withCode('model.worker-exited', { exitCode: code })));
    this.worker = worker;
    const loaded = this.call({ type: 'load', options: this.options }, loadResponse);
    loaded.catch((error: Error) => this.retire(worker, error));
    return loaded;
  }

  private call<S extends z.ZodType>(request: SentenceEncoderRequest, schema: S): Promise<z.infer<S>> {
    const worker = this.worker;
    if (!worker) return Promise.reject(this.closed!); // a call starts a worker unless the client is closed
    return new Promise((resolve, reject) => {
      const seq = this.nextSeq++;
      this.pending.set(seq, { request, schema, resolve: resolve as (response: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ seq, request } satisfies SentenceEncoderRequestMessage);
    });
  }

  private receive(worker: Worker, data: unknown): void {
    if (worker !== this.worker) return;
    const message = sentenceEncoderWorkerMessage.safeParse(data);
    const call = message.success ? this.pending.get(message.data.seq) : undefined;
    if (!message.success || !call) {
      const problem = message.success ? `a reply to no call (${message.data.seq})` : message.error.issues[0]?.message;
      this.retire(worker, new ConciergeError(`Sentence encoder worker sent a malformed reply: ${problem}`));
      return;
    }
    this.pending.delete(message.data.seq);
    if (this.pending.size === 0) worker.unref();
    if (call.request.type === 'encode') this.stopsInARow = 0;
    const { error, response } = message.data;
    if (error) return call.reject(deserializeError(error, `sentence encoder ${call.request.type}`));
    const checked = call.schema.safeParse(response);
    if (checked.success) call.resolve(checked.data);
    else call.reject(new ConciergeError(`sentence encoder ${call.request.type}: malformed response: ${checked.error.issues[0]?.message}`));
  }

  /** Stops `worker` if it is still the running one, failing the calls sent to it with `error`; the next call starts another. */
  private retire(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = null;
    this.stopsInARow++;
    this.stopped = error;
    this.rejectPending(error);
    this.stop(worker);
    if (this.gaveUp) for (const listener of this.gaveUpListeners) listener();
  }

  /** Asks `worker` to stop, terminating it if it has not exited within STOP_GRACE_MS; dispose() waits for it. */
  private stop(worker: Worker): void {
    // Referenced meanwhile, so that the process does not end (terminating it) while a run is on its stack.
    worker.ref();
    worker.postMessage({ stop: true } satisfies SentenceEncoderStopMessage);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), STOP_GRACE_MS)));
    const stopped = Promise.race([this.exits.get(worker)!, late]).then(async (outcome) => {
      clearTimeout(timer);
      if (outcome === 'late') await worker.terminate();
    });
    this.stopping.add(stopped);
    void stopped.finally(() => this.stopping.delete(stopped));
  }

  private rejectPending(error: Error): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.reject(error);
  }
}

/** The error a worker that stopped fails its calls with (coded by the caller); `detail` says how, in English. */
function workerStopped(detail: string): UnavailableError {
  return new UnavailableError(`Sentence encoder worker stopped: ${detail}`);
}
