import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../node/spawn-worker.ts';
import { deserializeError, UnavailableError } from '../shared/errors.ts';
import {
  DEFAULT_GENERATION_PARAMS,
  type GenerationParams,
  type GenerationResult,
  type InferenceRequest,
  type InferenceResponse,
  type InferenceWorkerMessage,
  type InferenceWorkerOptions,
  type LoadResult,
  type ModelRef,
  type ProgressMessage,
  type TokenMessage,
} from '../shared/inference-protocol.ts';
import { GenerationQueue } from './generation-queue.ts';

export interface GenerateOptions {
  model: ModelRef;
  /** One prompt, or several generated as one left-padded batch. */
  prompt: string | string[];
  params?: Partial<GenerationParams>;
  /** Requests are served round-robin across callers, FIFO within one (e.g. a conversation or a client id). */
  caller?: string;
  /** Aborting stops the generation after its current token (or drops it from the queue); it then resolves with finishReason 'cancelled'. */
  signal?: AbortSignal;
  onToken?: (token: Omit<TokenMessage, 'type' | 'seq'>) => void;
  onProgress?: (progress: Omit<ProgressMessage, 'type' | 'seq'>) => void;
}

interface Call {
  seq: number;
  request: InferenceRequest;
  resolve: (response: unknown) => void;
  reject: (error: Error) => void;
  onToken?: GenerateOptions['onToken'];
  onProgress?: GenerateOptions['onProgress'];
}

/**
 * Main-side handle on the inference worker: keeps a map of pending calls by `seq`, sends one load/generate at a time
 * from a fair queue, and streams tokens back. The worker starts on first use and restarts after a crash.
 */
export class InferenceClient {
  private worker: Worker | null = null;
  private nextSeq = 1;
  private readonly pending = new Map<number, Call>();
  private readonly queue = new GenerationQueue<Call>();
  private current: Call | null = null;
  private idleWaiters: (() => void)[] = [];
  private loaded: ModelRef | null = null;

  constructor(private readonly options: InferenceWorkerOptions = {}) {}

  generate(options: GenerateOptions): Promise<GenerationResult> {
    const prompts = typeof options.prompt === 'string' ? [options.prompt] : options.prompt;
    const params = withDefaults(options.params ?? {});
    const request: InferenceRequest = { type: 'generate', model: options.model, prompts, params };
    const { signal } = options;
    if (signal?.aborted) return Promise.resolve(cancelledResult(options.model, prompts, params));
    const result = this.enqueue<GenerationResult>(options.caller ?? 'default', request, options);
    if (!signal) return result;
    const onAbort = () => this.cancel(request, () => cancelledResult(options.model, prompts, params));
    signal.addEventListener('abort', onAbort, { once: true });
    return result.finally(() => signal.removeEventListener('abort', onAbort));
  }

  /** Loads and warms up a model now (e.g. when it becomes active), disposing the previous one. */
  load(model: ModelRef): Promise<LoadResult> {
    return this.enqueue('system', { type: 'load', model });
  }

  /**
   * Loads `model` again if it is the one held and its folder now has another graph than the one loaded (an int8
   * copy written since): the new one is loaded and warmed up in the worker, then the old one released.
   */
  reload(model: ModelRef): Promise<LoadResult> {
    return this.enqueue('system', { type: 'load', model, refresh: true });
  }

  /** Disposes the worker's model (after the work queued before this call). */
  async unload(): Promise<void> {
    await this.enqueue('system', { type: 'unload' });
  }

  /** The model the worker holds, or null before the first load and after unload or a crash. */
  get loadedModel(): ModelRef | null {
    return this.loaded;
  }

  /** Stops the running generation, drops queued calls, disposes the active model and stops the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    for (const call of this.queue.drain()) call.reject(new UnavailableError('Inference client closed'));
    if (!worker) return;
    const running = this.current;
    if (running) {
      if (running.request.type === 'generate') void this.call({ type: 'cancel', target: running.seq });
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    try {
      await this.call({ type: 'unload' });
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }

  private enqueue<T>(caller: string, request: InferenceRequest, hooks: Partial<Call> = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const call: Call = {
        seq: this.nextSeq++,
        request,
        resolve: resolve as (response: unknown) => void,
        reject,
        onToken: hooks.onToken,
        onProgress: hooks.onProgress,
      };
      this.queue.push(caller, call);
      this.pump();
    });
  }

  /** Cancels a queued call at once, or asks the worker to stop the running one after its current token. */
  private cancel(request: InferenceRequest, cancelledResponse: () => unknown): void {
    const queued = this.queue.remove((call) => call.request === request);
    if (queued) {
      queued.resolve(cancelledResponse());
      return;
    }
    if (this.current?.request === request) void this.call({ type: 'cancel', target: this.current.seq });
  }

  /** Sends the next queued call when the worker is free. */
  private pump(): void {
    if (this.current) return;
    const call = this.queue.shift();
    if (!call) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    this.current = call;
    this.send(call);
  }

  /** A call that bypasses the queue (cancel, unload): it does not run a model step. */
  private call<T extends InferenceRequest>(request: T): Promise<InferenceResponse<T['type']>> {
    return new Promise((resolve, reject) => {
      this.send({ seq: this.nextSeq++, request, resolve: resolve as (response: unknown) => void, reject });
    });
  }

  private send(call: Call): void {
    const worker = this.ensureWorker();
    worker.ref();
    this.pending.set(call.seq, call);
    worker.postMessage({ seq: call.seq, request: call.request });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(new URL('./inference-worker.ts', import.meta.url), { bundled: true, workerData: this.options });
    worker.on('message', (message: InferenceWorkerMessage) => this.receive(message));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) => this.crashed(worker, new Error(`exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private receive(message: InferenceWorkerMessage): void {
    const call = this.pending.get(message.seq);
    if (!call) return;
    if (message.type === 'token') call.onToken?.({ sequence: message.sequence, tokenId: message.tokenId, text: message.text });
    else if (message.type === 'progress') call.onProgress?.({ stage: message.stage, modelId: message.modelId });
    else {
      this.pending.delete(message.seq);
      if (this.pending.size === 0) this.worker?.unref(); // an idle worker does not keep the process alive
      this.settle(call, message.error ? deserializeError(message.error, `inference ${call.request.type}`) : message.response);
    }
  }

  private settle(call: Call, outcome: unknown): void {
    if (outcome instanceof Error) call.reject(outcome);
    else {
      const { request } = call;
      if (request.type === 'load' || request.type === 'generate') this.loaded = request.model;
      if (request.type === 'unload') this.loaded = null;
      call.resolve(outcome);
    }
    if (this.current === call) {
      this.current = null;
      this.pump();
    }
  }

  private crashed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.loaded = null;
    this.failAll(new UnavailableError(`Inference worker stopped: ${error.message}`));
  }

  private failAll(error: Error): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    this.current = null;
    for (const call of calls) call.reject(error);
    this.pump();
  }
}

/** Every parameter the caller left out (or set to undefined) takes its default. */
function withDefaults(params: Partial<GenerationParams>): GenerationParams {
  const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_GENERATION_PARAMS, ...given };
}

/** The result of a generation stopped before it started: every sequence empty and cancelled. */
function cancelledResult(model: ModelRef, prompts: string[], params: GenerationParams): GenerationResult {
  return {
    modelId: model.id,
    promptTokens: [],
    sequences: prompts.flatMap((_, prompt) =>
      Array.from({ length: params.numReturnSequences }, () => ({
        prompt,
        text: '',
        tokenIds: [],
        finishReason: 'cancelled' as const,
      })),
    ),
    timings: { loadMs: 0, firstTokenMs: 0, totalMs: 0, tokensPerSecond: 0 },
  };
}
