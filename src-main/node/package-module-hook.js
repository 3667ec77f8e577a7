// Module hook for running from TypeScript sources (bin/concierge.js, worker-bootstrap.js): a package's ES module
// (a `.mjs` file, or a `.js` file Node resolved as ESM from its package.json "type") is already plain ESM, so it
// is read as it is instead of going through tsx's loader. tsx's load of a large bundle measured far more than the
// bundle itself: importing @huggingface/transformers (a 1.3 MB .mjs) took 242 MB RSS and 1.9 s through tsx vs
// 82 MB and 0.4 s without it (Node 20, 2 cores); zod's 95 small .js modules, which every command loads, cost
// 6 % of `faq list`'s CPU through it. Registered after tsx, so it runs first.
import { readFile } from 'node:fs/promises';

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.includes('/node_modules/') && isPackageModule(new URL(url).pathname, context.format)) {
    return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
  }
  return nextLoad(url, context);
}

/** `.mjs` is ESM by its name; a `.js` file is when resolution read "type": "module" from its package. */
function isPackageModule(path, format) {
  return path.endsWith('.mjs') || (path.endsWith('.js') && format === 'module');
}
