import { FaqIndex } from '../search/faq-index.ts';
import type { FaqRepository } from '../store/faq-repository.ts';
import type { MarkedExampleRepository } from '../store/marked-example-repository.ts';
import type { EntryStamp } from './retrieval-index.ts';
import type { KnowledgeSource } from './retriever.ts';
import { ENGLISH_STOPWORDS } from './stopwords.ts';

/** How many BM25 results feed the ranker's tie-breaker. */
const BM25_DEPTH = 50;

/**
 * The ranker's view of the knowledge base in SQLite: enabled live entries, the revision, and FTS5 BM25; with
 * `examples`, the questions marked "hand off questions like this" as well (their question and language only).
 */
export function faqKnowledge(faq: FaqRepository, examples?: MarkedExampleRepository): KnowledgeSource {
  const index = new FaqIndex(faq.db);
  // Only ids and timestamps: after a KB change the ranker re-reads just the entries that changed.
  const stamps = faq.db.prepare(
    'SELECT id, updated_at AS updatedAt FROM faq_entries WHERE enabled = 1 AND deleted_at IS NULL',
  );
  return {
    revision: () => faq.revision(),
    stamps: () => stamps.all() as EntryStamp[],
    load: (ids) => faq.getMany(ids),
    bm25: (question) =>
      new Map(
        index
          .rank(question, { dropToken: (token) => token.kind === 'word' && ENGLISH_STOPWORDS.has(token.surface) })
          .slice(0, BM25_DEPTH)
          .map(({ id, score }) => [id, score]),
      ),
    ...(examples && {
      examples: {
        revision: () => examples.revision(),
        stamps: () => examples.stamps(),
        load: (ids) =>
          examples.getMany(ids).map(({ id, question, lang, createdAt }) => ({
            id,
            question,
            lang,
            updatedAt: createdAt,
            ref: null,
            answer: '',
            paraphrases: [],
            tags: [],
            category: '',
          })),
      },
    }),
  };
}
