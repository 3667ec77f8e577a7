import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InvalidInputError, NotFoundError } from '../shared/errors.ts';
import { diskError } from './disk-space.ts';
import { folderNotFile, isMissing } from './input-file.ts';

/** EACCES, EPERM or EROFS: the path may not be written (no permission, or a read-only disk). */
export function isNotWritable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/**
 * Why `path` could not be written, naming it, for the mistakes a person makes when typing a path: its folder does not
 * exist (ENOENT) or a part of it is a file (ENOTDIR), it is a folder (EISDIR), it may not be written (EACCES,
 * EPERM, EROFS); a full disk as diskError() says. Anything else comes back unchanged.
 */
export function outputPathError(error: unknown, path: string): unknown {
  if (isMissing(error)) {
    return new NotFoundError(`Cannot write ${path}: the folder ${dirname(path)} does not exist`).withCode('file.no-folder', {
      file: path,
      dir: dirname(path),
    });
  }
  if ((error as NodeJS.ErrnoException | null)?.code === 'EISDIR') return folderNotFile(path);
  if (isNotWritable(error)) {
    return new InvalidInputError(`Cannot write ${path}: permission denied`).withCode('file.not-writable', { file: path });
  }
  return diskError(error, `write ${path}`, dirname(path));
}

/** Writes a file the user named (an export), with outputPathError()'s messages instead of Node's. */
export async function writeOutputFile(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, 'utf8');
  } catch (error) {
    throw outputPathError(error, path);
  }
}
