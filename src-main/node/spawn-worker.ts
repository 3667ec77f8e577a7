import { Worker, type WorkerOptions } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface SpawnWorkerOptions extends WorkerOptions {
  /**
   * From sources, run the entry's plain bundle instead of registering tsx in the worker (worker-bundle.js says what
   * that saves and how the bundle is kept fresh). Each module in it keeps its source's import.meta.url.
   */
  bundled?: boolean;
}

/**
 * Starts a worker thread from a TypeScript entry (sources, via tsx or its cached bundle) or its bundled .js twin
 * (packaged app). `entry` is a URL relative to the caller, e.g. `new URL('./inference-worker.ts', import.meta.url)`.
 */
export function spawnWorker(entry: URL, { bundled = false, ...options }: SpawnWorkerOptions = {}): Worker {
  const path = fileURLToPath(entry);
  if (path.endsWith('.ts')) {
    const bootstrap = new URL('./worker-bootstrap.js', import.meta.url);
    return new Worker(bootstrap, { ...options, workerData: { ...options.workerData, __entry: entry.href, __bundled: bundled } });
  }
  return new Worker(entry, options);
}
