import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../node/spawn-worker.ts';
import { deserializeError, UnavailableError } from '../shared/errors.ts';
import type {
  JobProgress,
  PreviewJob,
  TrainJob,
  TrainingRequest,
  TrainingResponses,
  TrainingWorkerMessage,
} from './training-protocol.ts';

interface Call {
  resolve: (response: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: JobProgress) => void;
  label: string;
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
 * to the OS when the run ends (close()). A worker that dies fails every pending call with UnavailableError.
 */
export class TrainingClient {
  private readonly worker: Worker;
  private nextSeq = 1;
  private readonly pending = new Map<number, Call>();
  private closed = false;

  constructor() {
    this.worker = spawnWorker(new URL('./training-worker.ts', import.meta.url));
    this.worker.on('message', (message: TrainingWorkerMessage) => this.onMessage(message));
    this.worker.on('error', (error) => this.failAll(new UnavailableError(`Training worker failed: ${error.message}`)));
    this.worker.on('exit', (code) => {
      if (!this.closed) this.failAll(new UnavailableError(`Training worker exited with code ${code}`));
    });
  }

  preview(job: PreviewJob): Promise<TrainingResponses['preview']> {
    return this.call({ type: 'preview', job }).result as Promise<TrainingResponses['preview']>;
  }

  train(job: TrainJob, onProgress: (progress: JobProgress) => void): TrainHandle {
    const { seq, result } = this.call({ type: 'train', job }, onProgress);
    const control = (action: 'pause' | 'resume' | 'cancel') => async () =>
      ((await this.call({ type: 'control', target: seq, action }).result) as TrainingResponses['control']).applied;
    return {
      result: result as Promise<TrainingResponses['train']>,
      pause: control('pause'),
      resume: control('resume'),
      cancel: control('cancel'),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll(new UnavailableError('Training worker closed'));
    await this.worker.terminate();
  }

  private call(request: TrainingRequest, onProgress?: (progress: JobProgress) => void) {
    const seq = this.nextSeq++;
    const result = new Promise<unknown>((resolve, reject) => {
      if (this.closed) throw new UnavailableError('Training worker closed');
      this.pending.set(seq, { resolve, reject, onProgress, label: `training ${request.type}` });
      this.worker.postMessage({ seq, request });
    });
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
    if (message.error) call.reject(deserializeError(message.error, call.label));
    else call.resolve(message.response);
  }

  private failAll(error: Error): void {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
