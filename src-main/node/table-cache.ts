// A file cache for tables that take a process seconds to build and depend only on data files and on the code
// that builds them (the analyser's lexicons and thesaurus, text-analysis.ts). Every process that answers
// (the CLI's ask, eval and review, the server, each training worker) built them again; a cache file lets all
// but the first read them instead.
//
// Never trusted: a file is used only when its key (a hash of the data files and of the source files that build
// the table) is the one the reader computes, and its body hashes to what its header says. Anything else (a file
// from other code or data, a truncated or edited one, an unreadable folder) reads as no cache, and the caller
// builds the table as if there were none. Written atomically (a temp file beside it, then renamed), so a
// reader never sees half a file and processes that build at once just replace each other's identical copies.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isStaleTemp, tempSibling, TEMP_MARKER } from './temp-path.ts';

/** First word of a cache file's header; bump the number when the header or body layout changes. */
const MAGIC = 'concierge-table-cache/1';

/**
 * Cache files kept per table: the newest (by last use). More than one, so processes running different code
 * (the app's main bundle and its worker bundles, two checkouts) do not evict each other's on every start.
 */
export const KEEP_PER_TABLE = 4;

/**
 * Where cache files go: CONCIERGE_CACHE_DIR (empty: no cache), else the platform's cache folder:
 * - Linux:   $XDG_CACHE_HOME/concierge, else ~/.cache/concierge
 * - macOS:   ~/Library/Caches/Concierge
 * - Windows: %LOCALAPPDATA%\Concierge\Cache
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null {
  if (env.CONCIERGE_CACHE_DIR !== undefined) return env.CONCIERGE_CACHE_DIR || null;
  const home = env.HOME || homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'Concierge', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Concierge');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'concierge');
}

/** Relative module specifiers of a source: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/g;

/**
 * `entry` and every source file it imports by a relative path, directly or not, in a stable order: the code a
 * table built by `entry` can depend on. Run from the source tree, that is the module's own imports; from a
 * bundle (the packaged app), the bundle itself, which holds them all.
 */
export function sourceFiles(entry: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    for (const match of text.matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(file), match[2]));
  };
  visit(resolve(entry));
  return [...found].sort();
}

/** A hex key for the contents of `files` (a missing one counts as missing) and `salt`: equal only if all are. */
export function filesKey(files: readonly string[], salt = ''): string {
  const hash = createHash('sha256').update(`${MAGIC}\0${salt}\0`);
  for (const file of files) {
    let content: Buffer | null = null;
    try {
      content = readFileSync(file);
    } catch {
      // Counted below as missing.
    }
    // The length first, so no two lists of contents hash alike by where one ends and the next begins.
    hash.update(content ? `${content.length}\0` : 'missing\0');
    if (content) hash.update(content);
  }
  return hash.digest('hex');
}

const fileName = (table: string, key: string) => `${table}-${key.slice(0, 32)}.cache`;

const bodyHash = (body: Buffer) => createHash('sha256').update(body).digest('hex');

/**
 * The body stored for `table` under `key`, or null when there is none to trust: no file, another key, a body
 * that does not hash to its header's digest, or no cache folder (`dir` null).
 */
export function readTableCache(dir: string | null, table: string, key: string): string | null {
  if (!dir) return null;
  const file = join(dir, fileName(table, key));
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return null;
  const [magic, storedKey, digest] = bytes.subarray(0, newline).toString('latin1').split(' ');
  const body = bytes.subarray(newline + 1);
  if (magic !== MAGIC || storedKey !== key || digest !== bodyHash(body)) return null;
  try {
    // Marks it used, for pruning (KEEP_PER_TABLE).
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only cache still serves.
  }
  return body.toString('utf8');
}

/**
 * Stores `body` for `table` under `key` (a temp file, then renamed), and removes the table's older files beyond
 * KEEP_PER_TABLE and temp files their writers left. Failing to write is no error: the next process builds again.
 * Returns whether the file was written.
 */
export function writeTableCache(dir: string | null, table: string, key: string, body: string): boolean {
  if (!dir) return false;
  const file = join(dir, fileName(table, key));
  let temp: string | null = null;
  try {
    mkdirSync(dir, { recursive: true });
    const content = Buffer.from(body, 'utf8');
    temp = tempSibling(file);
    writeFileSync(temp, Buffer.concat([Buffer.from(`${MAGIC} ${key} ${bodyHash(content)}\n`, 'latin1'), content]));
    renameSync(temp, file);
    temp = null;
  } catch {
    if (temp) rmSync(temp, { force: true });
    return false;
  }
  prune(dir, table);
  return true;
}

/** Keeps the KEEP_PER_TABLE files of `table` used last; removes the temp files of writers that are gone. */
function prune(dir: string, table: string): void {
  try {
    const prefix = `${table}-`;
    const files: { path: string; used: number }[] = [];
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix)) continue;
      const path = join(dir, name);
      if (name.includes(TEMP_MARKER)) {
        if (isStaleTemp(name)) rmSync(path, { force: true });
      } else if (name.endsWith('.cache')) files.push({ path, used: statSync(path).mtimeMs });
    }
    files.sort((a, b) => b.used - a.used);
    for (const { path } of files.slice(KEEP_PER_TABLE)) rmSync(path, { force: true });
  } catch {
    // Another process pruning at the same time, or a folder we may not list: the next write tries again.
  }
}
