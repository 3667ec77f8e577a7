// Where the desktop app keeps its data when the user moved it (Settings → Data folder → Change…): a small
// pointer file in the default data folder names the chosen one. No Electron import, so it is tested in Node.
// Settings' calls (checkDataFolder, writeDataLocation) run in the Electron main process while the window is up: they
// use fs/promises, and the check gives up after a time limit (a hung network drive never answers).
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { InvalidInputError, UnavailableError } from '../shared/errors.ts';
import { makeDataFolderAsync } from '../store/data-folder.ts';

export const DATA_LOCATION_FILE = 'data-location.json';

/** The folder named by the pointer in `homeDir`, or null when there is none (or it is unreadable). */
export function readDataLocation(homeDir: string): string | null {
  try {
    const { dataDir } = JSON.parse(readFileSync(join(homeDir, DATA_LOCATION_FILE), 'utf8')) as { dataDir?: unknown };
    return typeof dataDir === 'string' && isAbsolute(dataDir) ? dataDir : null;
  } catch {
    return null; // no pointer, or a damaged one: the default folder
  }
}

/** Points the app at `dataDir` from the next start (temp file + rename: a crash leaves the old pointer). */
export async function writeDataLocation(homeDir: string, dataDir: string): Promise<void> {
  await mkdir(homeDir, { recursive: true });
  const file = join(homeDir, DATA_LOCATION_FILE);
  const partial = `${file}.partial`;
  await writeFile(partial, `${JSON.stringify({ dataDir }, null, 2)}\n`);
  await rename(partial, file);
}

/** How long checkDataFolder waits for the disk before saying it does not answer. */
const DATA_FOLDER_CHECK_TIMEOUT_MS = 15_000;

export interface CheckDataFolderOptions {
  /** The check itself (tests pass a slow one); makeDataFolderAsync by default. */
  check?: (folder: string) => Promise<void>;
  timeoutMs?: number;
}

/**
 * Checks that `path` can hold Concierge's data: absolute, a folder (created when missing), writable.
 * Resolves to it resolved; rejects with what is wrong otherwise (coded: data.not-a-folder, data.not-writable,
 * and data.check-timed-out when the disk has not answered within `timeoutMs`).
 */
export async function checkDataFolder(path: string, options: CheckDataFolderOptions = {}): Promise<string> {
  const { check = makeDataFolderAsync, timeoutMs = DATA_FOLDER_CHECK_TIMEOUT_MS } = options;
  if (!isAbsolute(path)) throw new InvalidInputError(`"${path}" is not a full path; choose a folder with Change…`);
  const folder = resolve(path);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.ceil(timeoutMs / 1000);
      reject(
        new UnavailableError(
          `The data folder ${folder} did not answer within ${seconds} s (a disconnected network drive?); check the drive or choose another folder`,
        ).withCode('data.check-timed-out', { dir: folder, seconds }),
      );
    }, timeoutMs);
  });
  try {
    // The check left behind by a timeout may still settle later: its outcome is of no use then.
    await Promise.race([
      check(folder).catch((error: unknown) => {
        if (error instanceof InvalidInputError) throw error;
        throw new InvalidInputError(`Cannot create ${folder}: ${(error as Error).message}`);
      }),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
  return folder;
}
