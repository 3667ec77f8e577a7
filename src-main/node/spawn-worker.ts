import { Worker, type WorkerOptions } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/**
 * Starts a worker thread from a TypeScript entry (sources, via tsx) or its bundled .js twin (packaged app).
 * `entry` is a URL relative to the caller, e.g. `new URL('./inference-worker.ts', import.meta.url)`.
 */
export function spawnWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const path = fileURLToPath(entry);
  if (path.endsWith('.ts')) {
    const bootstrap = new URL('./worker-bootstrap.js', import.meta.url);
    return new Worker(bootstrap, { ...options, workerData: { ...options.workerData, __entry: entry.href } });
  }
  return new Worker(entry, options);
}
