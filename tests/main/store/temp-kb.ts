// A real knowledge base in a temporary data folder, for tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { FaqRepository, type FaqRepositoryOptions } from '../../../src-main/store/faq-repository.ts';

export interface TempKb {
  dir: string;
  db: Database;
  repo: FaqRepository;
  /** Closes the database and deletes the folder. */
  dispose(): void;
}

export function makeTempDir(prefix = 'concierge-kb-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTempKb(options: FaqRepositoryOptions = {}): TempKb {
  const dir = makeTempDir();
  const db = openDatabase(dir);
  return {
    dir,
    db,
    repo: new FaqRepository(db, options),
    dispose() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row count and revision: what must not change when a write is refused. */
export const kbState = (kb: TempKb) => ({
  entries: kb.db.prepare('SELECT count(*) FROM faq_entries').pluck().get(),
  paraphrases: kb.db.prepare('SELECT count(*) FROM faq_paraphrases').pluck().get(),
  revision: kb.repo.revision(),
});
