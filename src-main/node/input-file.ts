import { readFile, stat } from 'node:fs/promises';
import { InvalidInputError, NotFoundError } from '../shared/errors.ts';

/**
 * Checks that `path` names a file a command can read, with one message that names it: "no such file" or "is a
 * folder" rather than Node's bare ENOENT or EISDIR (whose message does not say which path).
 */
export async function statInputFile(path: string): Promise<{ size: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`${path}: no such file`);
    throw error;
  }
  if (info.isDirectory()) throw new InvalidInputError(`${path} is a folder, not a file`);
  return { size: info.size };
}

/** The bytes of an input file, after statInputFile's checks. */
export async function readInputFile(path: string): Promise<Buffer> {
  await statInputFile(path);
  return readFile(path);
}
