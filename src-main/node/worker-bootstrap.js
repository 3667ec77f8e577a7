// Worker entry used when running from TypeScript sources: registers tsx, then loads the real entry.
import { register as registerHook } from 'node:module';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
registerHook('./package-module-hook.js', import.meta.url);
await import(workerData.__entry);
