import type { Database } from 'better-sqlite3';

/**
 * One schema step. `version` is the file's number (0010, 0020, …, in steps of 10 so a fix can slot in
 * between); `up` runs inside the migration transaction and must not be async.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
