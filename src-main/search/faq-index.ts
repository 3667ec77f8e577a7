// The FTS5 index over the knowledge base (table `faq_fts`, created by migration 0010): one row per entry,
// rowid = entry id, with the question, the similar questions and the answer in separate columns so bm25()
// can weight them. Contentless: it stores tokens only; the text lives in faq_entries.
import type { Database, Statement } from 'better-sqlite3';
import { queryTokens, rankedMatch } from './fts-query.ts';
import { indexText, type Token } from './tokenize.ts';

/**
 * bm25() weights of (question, paraphrase, answer). Similar questions count as much as the question; the
 * answer counts half. Chosen on tests/fixtures/eval-tune-*.json (P@1 within ±0.04 for answer weights
 * 0.4–0.75; storing each text as its own row, to spare short questions BM25's length penalty, scored lower).
 */
const FTS_COLUMN_WEIGHTS = [1, 1, 0.5] as const;

export interface IndexedTexts {
  question: string;
  answer: string;
  paraphrases: readonly string[];
}

export interface RankedEntry {
  id: number;
  /** −bm25 with FTS_COLUMN_WEIGHTS: higher is better. */
  score: number;
}

export interface RankOptions {
  /** Query tokens to leave out, e.g. stopwords. */
  dropToken?: (token: Token) => boolean;
  /** At most this many entries (default 50). */
  limit?: number;
}

const DEFAULT_RANK_LIMIT = 50;

export class FaqIndex {
  readonly #insert: Statement;
  readonly #delete: Statement;
  readonly #deleteAll: Statement;
  readonly #rank: Statement;

  constructor(db: Database) {
    this.#insert = db.prepare('INSERT INTO faq_fts (rowid, question, paraphrase, answer) VALUES (?, ?, ?, ?)');
    this.#delete = db.prepare('DELETE FROM faq_fts WHERE rowid = ?');
    this.#deleteAll = db.prepare(`INSERT INTO faq_fts (faq_fts) VALUES ('delete-all')`);
    // Only enabled, live entries are answers; disabled and deleted ones stay indexed for the list filter.
    // The inner LIMIT keeps the join to a window of the best rows (a subquery with LIMIT is not flattened).
    this.#rank = db.prepare(
      `SELECT m.id, m.score FROM (
         SELECT rowid AS id, -bm25(faq_fts, ${FTS_COLUMN_WEIGHTS.join(', ')}) AS score
         FROM faq_fts WHERE faq_fts MATCH @match ORDER BY score DESC LIMIT @window
       ) AS m
       JOIN faq_entries AS e ON e.id = m.id
       WHERE e.enabled = 1 AND e.deleted_at IS NULL
       ORDER BY m.score DESC, m.id LIMIT @limit`,
    );
  }

  /** Indexes a new entry. Call inside the transaction that writes it. */
  add(id: number, texts: IndexedTexts): void {
    // Each similar question is tokenized alone, so no bigram spans two of them.
    const paraphrases = texts.paraphrases.map((text) => indexText(text)).join(' ');
    this.#insert.run(id, indexText(texts.question), paraphrases, indexText(texts.answer, { cjkWords: false }));
  }

  replace(id: number, texts: IndexedTexts): void {
    this.#delete.run(id);
    this.add(id, texts);
  }

  /** Empties the index (before a rebuild). */
  clear(): void {
    this.#deleteAll.run();
  }

  /** Enabled, live entries matching any query term, best first. */
  rank(query: string, options: RankOptions = {}): RankedEntry[] {
    const match = rankedMatch(queryTokens(query, options.dropToken));
    if (!match) return [];
    const limit = options.limit ?? DEFAULT_RANK_LIMIT;
    // Usually the best rows are all searchable; when disabled or deleted entries crowd the window, or
    // fewer rows match than asked for, look at every matching row instead.
    const ranked = this.#rank.all({ match, limit, window: limit * 2 + 20 }) as RankedEntry[];
    return ranked.length === limit ? ranked : (this.#rank.all({ match, limit, window: -1 }) as RankedEntry[]);
  }
}
