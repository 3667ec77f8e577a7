// Which modules a spawned process loads (module-log-hooks.mjs): for tests that guard lazy loading.

/** The `node --import` argument that makes a process append each module URL it resolves to $CONCIERGE_TEST_MODULE_LOG. */
export function moduleLogImport(): string {
  const hooks = new URL('./module-log-hooks.mjs', import.meta.url).href;
  return `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(hooks)});`)}`;
}
