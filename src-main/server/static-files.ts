import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite names what it writes under assets/ by content hash: a rebuild makes new names, never new bytes. */
const HASHED_ASSETS_DIR = 'assets';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (which names the current hashes) and the unhashed public files: ask again every time. */
const REVALIDATE = 'no-cache';

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** The Cache-Control a web server should send with it. */
  cacheControl: string;
}

/**
 * Reads a file of the built renderer for a URL path (`/` is index.html). Returns null when there is no such
 * file, including for any path that would escape `rootDir`. Shared by web mode and the Electron app protocol.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = normalize(rootDir + sep);
  const filePath = normalize(join(root, relative));
  if (!filePath.startsWith(root)) return null;
  try {
    const body = await readFile(filePath);
    const hashed = filePath.startsWith(join(root, HASHED_ASSETS_DIR) + sep);
    return {
      body,
      contentType: CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: hashed ? IMMUTABLE : REVALIDATE,
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

