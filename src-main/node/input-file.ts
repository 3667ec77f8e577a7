import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
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

/** A device, pipe or socket given where a file is read: /dev/zero never ends, a pipe waits for a writer. */
function notRegularFile(path: string): InvalidInputError {
  return new InvalidInputError(`${path} is not a regular file (a device, pipe or socket); give a file`).withCode('file.not-regular', {
    file: path,
  });
}

/**
 * A file (or standard input, for `-`) larger than a command reads; `size` is unknown when the file grew while it was
 * read. Standard input has a code of its own: a catalogue words it in its language, where a {file} would be English.
 */
function fileTooLarge(path: string, maxBytes: number, size?: number): InvalidInputError {
  const max = maxBytes / 2 ** 20;
  const told = size === undefined ? `larger than ${max} MB` : `${(size / 2 ** 20).toFixed(1)} MB`;
  const error = new InvalidInputError(`${inputName(path)} is ${told}; the limit is ${max} MB`);
  return path === STDIN_FILE ? error.withCode('file.stdin-too-large', { max }) : error.withCode('file.too-large', { file: path, max });
}

/** Refuses what `stat` (which follows links) says is not a regular file, naming `path`. */
function checkRegularFile(path: string, info: { isDirectory(): boolean; isFile(): boolean }): void {
  if (info.isDirectory()) throw folderNotFile(path);
  if (!info.isFile()) throw notRegularFile(path);
}

/**
 * Checks that `path` names a file a command can read, with one message that names it: "no such file", "is a
 * folder" or "is not a regular file" rather than Node's bare ENOENT or EISDIR (whose message does not say which
 * path), or a read of /dev/zero or a pipe that never ends. Links are followed: a link to a regular file is one.
 */
export async function statInputFile(path: string): Promise<{ size: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if (isMissing(error)) throw noSuchFile(path);
    throw error;
  }
  checkRegularFile(path, info);
  return { size: info.size };
}

/** The FILE that means standard input, as other command-line tools take it: `cat faq.csv | concierge faq import - --format csv`. */
export const STDIN_FILE = '-';

/** How messages name what `path` reads: the path, or "standard input" for `-`. */
export const inputName = (path: string): string => (path === STDIN_FILE ? 'standard input' : path);

/** What readInput needs of process.stdin. */
type StandardInput = AsyncIterable<Buffer> & { isTTY?: boolean; destroy(): void };

/**
 * The bytes a command reads from `path`, or from standard input when it is `-` (STDIN_FILE), no more than `maxBytes`
 * either way. A file gets statInputFile's checks first; standard input that is a terminal is refused rather than
 * waited on.
 */
export async function readInput(path: string, maxBytes: number, stdin: StandardInput = process.stdin): Promise<Buffer> {
  if (path !== STDIN_FILE) return readInputFile(path, maxBytes);
  if (stdin.isTTY) {
    throw new InvalidInputError('"-" reads standard input, which is a terminal here: pipe a file into it (cat FILE | concierge …)').withCode(
      'file.stdin-terminal',
    );
  }
  try {
    return await readLimited(stdin, path, maxBytes);
  } finally {
    // What is past the limit is left unread: the writer gets a closed pipe rather than a reader that never comes.
    stdin.destroy();
  }
}

/**
 * The bytes of an input file, after statInputFile's checks, and no more than `maxBytes`: a larger file is refused
 * by its size before it is read, and one that grows while it is read when it passes the limit. The file is opened
 * without blocking (a pipe put in its place after the check would otherwise wait for a writer) and checked again
 * through the handle, so what is read is the regular file that was checked.
 */
async function readInputFile(path: string, maxBytes: number): Promise<Buffer> {
  const { size } = await statInputFile(path);
  if (size > maxBytes) throw fileTooLarge(path, maxBytes, size);
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: unknown) => {
    throw isMissing(error) ? noSuchFile(path) : error;
  });
  try {
    checkRegularFile(path, await handle.stat());
    return await readLimited(handle.createReadStream({ autoClose: false }), path, maxBytes);
  } finally {
    await handle.close();
  }
}

/** All of `stream`, refused (as `path`'s, too large) once it passes `maxBytes`. */
async function readLimited(stream: AsyncIterable<Buffer>, path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) throw fileTooLarge(path, maxBytes);
  }
  return Buffer.concat(chunks, total);
}
