import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../node/spawn-worker.ts';
import { deserializeError, UnavailableError } from '../shared/errors.ts';
import type {
  JobProgress,
  PreviewJob,
  PreviewProgress,
  TrainJob,
  TrainingRequest,
  TrainingResponses,
  TrainingWorkerMessage,
} from './training-protocol.ts';

interface Call {
  resolve: (response: unknown) => void;
  reject: (error: Error) => void;
  /** A method, so each request's own listener fits: a train request's hears JobProgress, a preview's PreviewProgress. */
  onProgress?(progress: JobProgress | PreviewProgress): void;
  type: TrainingRequest['type'];
  /** Resolves once the call has its reply (or failed). */
  settled: Promise<void>;
}

/** A started train request: its result, and the controls that act on it. */
export interface TrainHandle {
  result: Promise<TrainingResponses['train']>;
  pause(): Promise<boolean>;
  resume(): Promise<boolean>;
  cancel(): Promise<boolean>;
}

/**
 * Main-side handle on one training worker. A worker per run: its gigabyte of weights and moments is returned
 * to the OS when the run ends (close()). Previews share one worker the run manager keeps while they come.
 * A worker that dies fails every pending call with UnavailableError.
 */
export class TrainingClient {
  private readonly worker: Worker;
  private nextSeq = 1;
  private readonly pending = new Map<number, Call>();
  private closed = false;
  private closing: Promise<void> | null = null;
  private dead = false;

  constructor() {
    this.worker = spawnWorker(new URL('./training-worker.ts', import.meta.url), { bundled: true });
    this.worker.on('message', (message: TrainingWorkerMessage) => this.onMessage(message));
    this.worker.on('error', (error) => {
      this.dead = true;
      this.failAll(new UnavailableError(`Training worker failed: ${error.message}`).withCode('training.worker-failed', { detail: error.message }));
    });
    this.worker.on('exit', (code) => {
      this.dead = true;
      if (!this.closed) {
        // The exit code as a number of its own: a Chinese sentence says it in its own words, not "exit code 1".
        this.failAll(new UnavailableError(`Training worker exited with code ${code}`).withCode('training.worker-exited', { exitCode: code }));
      }
    });
  }

  /** True once the worker was closed or has died: every call would fail. */
  isClosed(): boolean {
    return this.closed || this.closing !== null || this.dead;
  }

  /** Whether an idle worker keeps the process alive (as a worker does by default); a kept, idle one should not. */
  keepAlive(keep: boolean): void {
    if (keep) this.worker.ref();
    else this.worker.unref();
  }

  /** `onProgress` hears each phase the preview starts (see previewTraining). */
  preview(job: PreviewJob, onProgress?: (progress: PreviewProgress) => void): Promise<TrainingResponses['preview']> {
    return this.call({ type: 'preview', job }, onProgress).result as Promise<TrainingResponses['preview']>;
  }

  train(job: TrainJob, onProgress: (progress: JobProgress) => void): TrainHandle {
    const { seq, result } = this.call({ type: 'train', job }, onProgress);
    return {
      result: result as Promise<TrainingResponses['train']>,
      pause: () => this.control(seq, 'pause'),
      resume: () => this.control(seq, 'resume'),
      cancel: () => this.control(seq, 'cancel'),
    };
  }

  /**
   * Ends the worker. A train request still running is cancelled first and allowed to end from the inside (its step
   * finishes, its checkpoint is written, its session released): terminating the worker while ONNX Runtime's run() is
   * on its stack aborts the whole process with a native `Napi::Error`.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const [seq, call] of this.pending) if (call.type === 'train') void this.control(seq, 'cancel').catch(() => false);
      await Promise.allSettled([...this.pending.values()].map((call) => call.settled));
      this.closed = true;
      this.failAll(new UnavailableError('Training worker closed'));
      await this.worker.terminate();
    })();
    return this.closing;
  }

  private async control(target: number, action: 'pause' | 'resume' | 'cancel'): Promise<boolean> {
    return ((await this.call({ type: 'control', target, action }).result) as TrainingResponses['control']).applied;
  }

  private call(request: TrainingRequest, onProgress?: Call['onProgress']) {
    const seq = this.nextSeq++;
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const result = new Promise<unknown>((resolve, reject) => {
      if (this.closed) throw new UnavailableError('Training worker closed');
      this.pending.set(seq, { resolve, reject, onProgress, type: request.type, settled });
      this.worker.postMessage({ seq, request });
    }).finally(settle);
    return { seq, result };
  }

  private onMessage(message: TrainingWorkerMessage): void {
    const call = this.pending.get(message.seq);
    if (!call) return;
    if (message.type === 'progress') {
      call.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.seq);
    // The worker's own words: they are what a failed run shows its user (TrainingRun.error), so no call label.
    if (message.error) call.reject(deserializeError(message.error));
    else call.resolve(message.response);
  }

  private failAll(error: Error): void {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
