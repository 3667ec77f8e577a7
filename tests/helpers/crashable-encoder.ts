// Crashing a SentenceEncoderClient's worker the way a real failure would, without terminating it mid-run: the client
// loads tests/helpers/crashable-encoder-worker.ts (the app's worker plus a crash and a hang message) in its place.
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { SentenceEncoderClient } from '../../src-main/assistant/sentence-encoder/sentence-encoder-client.ts';
import type { SentenceEncoderOptions } from '../../src-main/assistant/sentence-encoder/sentence-encoder.ts';

/** The worker entry for `SentenceEncoderClient.load(options, CRASHABLE_ENCODER_WORKER)`. */
export const CRASHABLE_ENCODER_WORKER = new URL('./crashable-encoder-worker.ts', import.meta.url);

/** A client whose workers can be crashed (crashWorker) or hung (hangWorker). */
export const loadCrashableEncoder = (options: SentenceEncoderOptions = {}) => SentenceEncoderClient.load(options, CRASHABLE_ENCODER_WORKER);

/** The worker running under a client: null where none runs. */
export const workerOf = (client: SentenceEncoderClient) => Reflect.get(client, 'worker') as Worker | null;

/** Makes the client's worker exit with code 1 between two runs; resolves with its exit code once it has exited. */
export function crashWorker(client: SentenceEncoderClient): Promise<number> {
  const worker = workerOf(client)!;
  const exited = once(worker, 'exit');
  worker.postMessage({ crash: true });
  return exited.then(([code]) => code as number);
}

/** Blocks the client's worker thread for good, after the run in progress. */
export function hangWorker(client: SentenceEncoderClient): void {
  workerOf(client)!.postMessage({ hang: true });
}
