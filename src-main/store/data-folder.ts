// The data folder every start creates if needed and must be able to write: the database, backups, models.
// Its failures are said by the folder's name with a code, not in Node's words (`EACCES: permission denied,
// mkdir '…'`) or SQLite's (`unable to open database file`, which names nothing).
// Two forms: makeDataFolder (synchronous) for opening the database at start-up, and makeDataFolderAsync for a
// check made while the app runs (Settings → Data folder), which must not stall the Electron main thread.
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { diskError } from '../node/disk-space.ts';
import { InvalidInputError, UnavailableError } from '../shared/errors.ts';

/** The file system calls makeDataFolder makes: tests pass failing ones (they run as root, which may write anywhere). */
export interface DataFolderFs {
  mkdirSync: (path: string, options: { recursive: true }) => unknown;
  accessSync: (path: string, mode: number) => void;
  existsSync: (path: string) => boolean;
}

/** The same calls as promises, for makeDataFolderAsync. */
export interface DataFolderFsAsync {
  mkdir: (path: string, options: { recursive: true }) => Promise<unknown>;
  access: (path: string, mode: number) => Promise<void>;
}

const nodeFs: DataFolderFs = { mkdirSync, accessSync, existsSync };
const nodeFsAsync: DataFolderFsAsync = { mkdir, access };

/** Errno codes that mean the folder (or the one it would be made in) cannot be written. */
const NOT_WRITABLE: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'it is on a read-only disk',
};

/**
 * Creates the data folder if needed and checks it can be written. A file in its place is data.not-a-folder, a
 * folder that cannot be written (or made) data.not-writable, each naming the folder; a full disk as diskError() says;
 * anything else is thrown as is.
 */
export function makeDataFolder(dataDir: string, fs: DataFolderFs = nodeFs): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, constants.W_OK);
  } catch (error) {
    // A recursive mkdir under a read-only disk says ENOENT (Node 20): ask the nearest folder that exists.
    throw dataFolderError(error, dataDir, errnoCode(error) === 'ENOENT' ? ancestorAccessCode(dataDir, fs) : undefined);
  }
}

/** makeDataFolder without blocking the thread: the same checks and refusals through fs/promises. */
export async function makeDataFolderAsync(dataDir: string, fs: DataFolderFsAsync = nodeFsAsync): Promise<void> {
  try {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.access(dataDir, constants.W_OK);
  } catch (error) {
    throw dataFolderError(error, dataDir, errnoCode(error) === 'ENOENT' ? await ancestorAccessCodeAsync(dataDir, fs) : undefined);
  }
}

/**
 * Why a database file in the data folder cannot be written (its own permissions, say 0444, in a folder that can; a
 * read-only mount), or null when it may be: SQLite would open it read-only without a word, and its first write then
 * fail with "attempt to write a readonly database". The file's WAL and shared-memory companions count too.
 * data.file-not-writable, naming the file.
 */
export function dataFileWriteProblem(file: string, fs: Pick<DataFolderFs, 'accessSync'> = nodeFs): InvalidInputError | null {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.accessSync(path, constants.W_OK);
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT') continue;
      if (code === undefined || !Object.hasOwn(NOT_WRITABLE, code)) throw error;
      return new InvalidInputError(
        `The database file ${path} cannot be written: ${NOT_WRITABLE[code]}; make it writable (chmod u+w) or choose another data folder`,
      ).withCode('data.file-not-writable', { file: path });
    }
  }
  return null;
}

/**
 * Why a database `file` opened read-only (openDatabase's readOnlyIfUnwritable) may not be written: data.file-not-writable
 * while it may not be, else data.reopen-to-write (the connection stays read-only until app:reopen or a restart).
 */
export function readOnlyRefusal(file: string): Error {
  return (
    dataFileWriteProblem(file) ??
    new UnavailableError(`The database file ${file} was opened read-only; reopen it for writing (app:reopen, Retry in the app) or restart Concierge`).withCode(
      'data.reopen-to-write',
      { file },
    )
  );
}

const errnoCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/**
 * makeDataFolder's refusal for `error`, met making or checking `dataDir` (`ancestorCode`: why the nearest existing
 * folder above it cannot be written, asked for an ENOENT); `error` itself when it is none of them.
 */
function dataFolderError(error: unknown, dataDir: string, ancestorCode: string | undefined): unknown {
  let code = errnoCode(error);
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    return new InvalidInputError(`The data folder ${dataDir} is not a folder: ${code === 'EEXIST' ? 'it is a file' : 'a part of its path is a file'}`).withCode(
      'data.not-a-folder',
      { dir: dataDir },
    );
  }
  if (code === 'ENOENT') code = ancestorCode;
  const reason = code !== undefined && Object.hasOwn(NOT_WRITABLE, code) ? NOT_WRITABLE[code] : undefined;
  if (!reason) return diskError(error, 'create the data folder', dataDir);
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
    return errnoCode(error);
  }
}

/** ancestorAccessCode through fs/promises: a folder that is missing answers ENOENT, so the walk goes up past it. */
async function ancestorAccessCodeAsync(dir: string, fs: DataFolderFsAsync): Promise<string | undefined> {
  for (let folder = dirname(dir); ; folder = dirname(folder)) {
    const code = await fs.access(folder, constants.W_OK).then(
      () => undefined,
      (error: unknown) => errnoCode(error) ?? 'unknown',
    );
    if (code !== 'ENOENT' || dirname(folder) === folder) return code;
  }
}
