import { spawnWorker } from '../node/spawn-worker.ts';
import { deserializeError, UnavailableError } from '../shared/errors.ts';
import type { FolderJob, FolderJobPhase, FolderJobResponses, FolderJobWorkerMessage } from './folder-job-protocol.ts';

/**
 * Runs one job on a model folder in a worker thread of its own, ended when the job is: the weights it read
 * (a third of a gigabyte for distilgpt2) go back to the OS with it. Progress arrives as the phases begin.
 * The job's own errors come back with their name and message (an ONNX-only copy, a full disk); a worker that
 * dies fails the job with UnavailableError.
 */
export function runFolderJob<J extends FolderJob>(
  job: J,
  onPhase?: (phase: FolderJobPhase) => void,
): Promise<FolderJobResponses[J['type']]> {
  const worker = spawnWorker(new URL('./folder-job-worker.ts', import.meta.url), { bundled: true });
  const seq = 1;
  const result = new Promise<FolderJobResponses[J['type']]>((resolve, reject) => {
    worker.on('message', (message: FolderJobWorkerMessage) => {
      if (message.seq !== seq) return;
      if (message.type === 'progress') return onPhase?.(message.progress.phase);
      if (message.error) reject(deserializeError(message.error));
      else resolve(message.response as FolderJobResponses[J['type']]);
    });
    worker.on('error', (error) =>
      reject(new UnavailableError(`Model folder worker failed: ${error.message}`).withCode('model.worker-failed', { detail: error.message })),
    );
    // The exit code as a number of its own: a Chinese sentence says it in its own words, not "exit code 1".
    worker.on('exit', (code) =>
      reject(new UnavailableError(`Model folder worker exited with code ${code}`).withCode('model.worker-exited', { exitCode: code })),
    );
    worker.postMessage({ seq, request: job });
  });
  return result.finally(() => worker.terminate());
}
