// Module hooks for tests that check what a process loads: every URL the process resolves is appended, one a
// line, to the file named by CONCIERGE_TEST_MODULE_LOG. Registered before the app's own loader (tsx) by
// `node --import` (module-log.ts). Plain JavaScript: hooks run in a thread of their own, without tsx.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (process.env.CONCIERGE_TEST_MODULE_LOG) appendFileSync(process.env.CONCIERGE_TEST_MODULE_LOG, `${resolved.url}\n`);
  return resolved;
}

