import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

/** 2025-03-04T05:06:07.890Z → 20250304T050607Z */
function compactUtc(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * A consistent copy of the open database at `<dir>/concierge-<UTC time>-<label>.db`, taken with VACUUM INTO
 * (safe while other connections read or write, and compact). Returns the file written.
 */
export function backupDatabase(db: Database, dir: string, label: string, now = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const stem = `concierge-${compactUtc(now)}-${label}`;
  let file = join(dir, `${stem}.db`);
  // VACUUM INTO refuses an existing file; two backups in the same second get a counter.
  for (let n = 2; existsSync(file); n++) file = join(dir, `${stem}-${n}.db`);
  db.prepare('VACUUM INTO ?').run(file);
  return file;
}
