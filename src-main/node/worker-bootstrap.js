// Worker entry used when running from TypeScript sources. A worker started with `bundled` runs its entry's plain
// bundle (worker-bundle.js), built first where its sources changed; otherwise, or where the bundle cannot be built,
// it registers tsx and loads the entry itself.
import { register as registerHook } from 'node:module';
import { workerData } from 'node:worker_threads';

const bundle = workerData.__bundled ? await import('./worker-bundle.js').then(({ workerBundle }) => workerBundle(workerData.__entry)).catch(() => null) : null;
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  registerHook('./package-module-hook.js', import.meta.url);
  await import(workerData.__entry);
}
