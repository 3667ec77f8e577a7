// Where the desktop app keeps its data when the user moved it (Settings → Data folder → Change…): a small
// pointer file in the default data folder names the chosen one. No Electron import, so it is tested in Node.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InvalidInputError } from '../shared/errors.ts';
import { makeDataFolder } from '../store/data-folder.ts';

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
export function writeDataLocation(homeDir: string, dataDir: string): void {
  mkdirSync(homeDir, { recursive: true });
  const file = join(homeDir, DATA_LOCATION_FILE);
  const partial = `${file}.partial`;
  writeFileSync(partial, `${JSON.stringify({ dataDir }, null, 2)}\n`);
  renameSync(partial, file);
}

/**
 * Checks that `path` can hold Concierge's data: absolute, a folder (created when missing), writable.
 * Returns it resolved; throws InvalidInputError with what is wrong otherwise (coded: data.not-a-folder,
 * data.not-writable).
 */
export function checkDataFolder(path: string): string {
  if (!isAbsolute(path)) throw new InvalidInputError(`"${path}" is not a full path; choose a folder with Change…`);
  const folder = resolve(path);
  try {
    makeDataFolder(folder);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`Cannot create ${folder}: ${(error as Error).message}`);
  }
  return folder;
}
