import type { App, AppOptions } from '../app/create-app.ts';
import type { ApiClient } from '../shared/api/index.ts';

/**
 * Opens the data folder for one command and closes it afterwards. Scripted commands never seed the sample
 * FAQ: a script starts from an empty knowledge base and imports what it wants.
 */
export async function withClient<T>(dataDir: string, run: (client: ApiClient) => Promise<T>): Promise<T> {
  const app = await openApp({ dataDir, seedSample: false });
  try {
    return await run(app.client);
  } finally {
    await app.close();
  }
}

/** Loads the services only when a command runs, so --help and usage errors answer at once. */
export async function openApp(options: AppOptions): Promise<App> {
  const { createApp } = await import('../app/create-app.ts');
  return createApp(options);
}

let printedJson = false;

/** Prints `value` as JSON on stdout (for --json). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  printedJson = true;
}

/** Whether the command already printed its JSON document (a refused import prints its report, then fails). */
export function hasPrintedJson(): boolean {
  return printedJson;
}
