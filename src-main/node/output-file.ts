import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InvalidInputError, NotFoundError } from '../shared/errors.ts';
import { diskError } from './disk-space.ts';
import { folderNotFile, isMissing } from './input-file.ts';
import { tempSibling } from './temp-path.ts';

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

/**
 * Writes a file the user named (an export), with outputPathError()'s messages instead of Node's. Atomic: written
 * beside it under a temp name, then renamed, so a full disk or a kill midway leaves an earlier file of that name
 * whole (writing in place truncates it first) and never a half-written one.
 */
export async function writeOutputFile(path: string, content: string): Promise<void> {
  const temp = tempSibling(path);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {}); // gone already, or never made (its folder is missing)
    throw outputPathError(error, path);
  }
}
