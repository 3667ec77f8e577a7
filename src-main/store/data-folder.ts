// The data folder every start creates if needed and must be able to write: the database, backups, models.
// Its failures are said by the folder's name with a code, not in Node's words (`EACCES: permission denied,
// mkdir '…'`) or SQLite's (`unable to open database file`, which names nothing).
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InvalidInputError } from '../shared/errors.ts';

/** The file system calls makeDataFolder makes: tests pass failing ones (they run as root, which may write anywhere). */
export interface DataFolderFs {
  mkdirSync: (path: string, options: { recursive: true }) => unknown;
  accessSync: (path: string, mode: number) => void;
  existsSync: (path: string) => boolean;
}

const nodeFs: DataFolderFs = { mkdirSync, accessSync, existsSync };

/** Errno codes that mean the folder (or the one it would be made in) cannot be written. */
const NOT_WRITABLE: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'it is on a read-only disk',
};

/**
 * Creates the data folder if needed and checks it can be written. A file in its place is data.not-a-folder, a
 * folder that cannot be written (or made) data.not-writable, each naming the folder; anything else is thrown as is.
 */
export function makeDataFolder(dataDir: string, fs: DataFolderFs = nodeFs): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw dataFolderError(error, dataDir, fs);
  }
}

/** makeDataFolder's refusal for `error`, met making or checking `dataDir`; `error` itself when it is none of them. */
function dataFolderError(error: unknown, dataDir: string, fs: DataFolderFs): unknown {
  let code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    return new InvalidInputError(`The data folder ${dataDir} is not a folder: ${code === 'EEXIST' ? 'it is a file' : 'a part of its path is a file'}`).withCode(
      'data.not-a-folder',
      { dir: dataDir },
    );
  }
  // A recursive mkdir under a read-only disk says ENOENT (Node 20): ask the nearest folder that exists.
  if (code === 'ENOENT') code = ancestorAccessCode(dataDir, fs);
  const reason = code !== undefined && Object.hasOwn(NOT_WRITABLE, code) ? NOT_WRITABLE[code] : undefined;
  if (!reason) return error;
  return new InvalidInputError(`The data folder ${dataDir} cannot be written: ${reason}; choose a folder you can write to`).withCode(
    'data.not-writable',
    { dir: dataDir },
  );
}

/** Why the nearest existing folder above `dir` cannot be written (its errno code), or undefined when it can. */
function ancestorAccessCode(dir: string, fs: DataFolderFs): string | undefined {
  let folder = dirname(dir);
  while (!fs.existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  try {
    fs.accessSync(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException | null)?.code;
  }
}
