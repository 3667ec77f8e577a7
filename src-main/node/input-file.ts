import { readFile, stat } from 'node:fs/promises';
import { InvalidInputError, NotFoundError } from '../shared/errors.ts';

/** "no such file", naming it: Node's ENOENT says `stat '…'` in its own words, and the UI has none for it. */
export function noSuchFile(path: string, details?: unknown): NotFoundError {
  return new NotFoundError(`${path}: no such file`, details).withCode('file.not-found', { file: path });
}

/** ENOENT, or ENOTDIR when a part of the path is a file (`notes.txt/faq.csv`): either way there is no such file. */
export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** A folder given where a file is read. */
export function folderNotFile(path: string): InvalidInputError {
  return new InvalidInputError(`${path} is a folder, not a file`).withCode('file.is-folder', { file: path });
}

/**
 * Checks that `path` names a file a command can read, with one message that names it: "no such file" or "is a
 * folder" rather than Node's bare ENOENT or EISDIR (whose message does not say which path).
 */
export async function statInputFile(path: string): Promise<{ size: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if (isMissing(error)) throw noSuchFile(path);
    throw error;
  }
  if (info.isDirectory()) throw folderNotFile(path);
  return { size: info.size };
}

/** The bytes of an input file, after statInputFile's checks. */
export async function readInputFile(path: string): Promise<Buffer> {
  await statInputFile(path);
  return readFile(path);
}
