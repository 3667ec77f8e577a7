// The sample FAQ as ranker input, and a real SQLite knowledge base loaded with it, for the assistant's tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndexableEntry } from '../../../src-main/assistant/retrieval-index.ts';
import type { KnowledgeSource } from '../../../src-main/assistant/retriever.ts';
import type { FaqDraft } from '../../../src-main/shared/api/faq.ts';
import { openDatabase, type Database } from '../../../src-main/store/database.ts';
import { FaqRepository } from '../../../src-main/store/faq-repository.ts';

export const SAMPLE_FAQ_FILE = new URL('../../../resources/sample-faq.json', import.meta.url);

export function sampleDrafts(): FaqDraft[] {
  return (JSON.parse(readFileSync(SAMPLE_FAQ_FILE, 'utf8')) as { entries: FaqDraft[] }).entries;
}

/** The sample FAQ as entries with ids 1…n, without a database. */
export function sampleEntries(): IndexableEntry[] {
  return sampleDrafts().map((draft, i) => ({
    id: i + 1,
    ref: draft.ref ?? null,
    question: draft.question,
    answer: draft.answer,
    paraphrases: draft.paraphrases ?? [],
    tags: draft.tags ?? [],
    category: draft.category ?? '',
    lang: draft.lang ?? 'en',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
}

/** A knowledge source over a fixed list whose revision the test moves by hand. */
export function listSource(entries: IndexableEntry[]): KnowledgeSource & { entriesList: IndexableEntry[]; bump(): void } {
  let revision = 1;
  const source = {
    entriesList: entries,
    revision: () => revision,
    stamps: () => source.entriesList,
    load: (ids: number[]) => source.entriesList.filter((entry) => ids.includes(entry.id)),
    bump: () => void revision++,
  };
  return source;
}

/** A real data folder whose knowledge base holds the sample FAQ; `close` removes it. */
export function sampleDatabase(): { db: Database; faq: FaqRepository; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-assistant-'));
  const db = openDatabase(dir);
  const faq = new FaqRepository(db);
  faq.createMany(sampleDrafts());
  return {
    db,
    faq,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
