/**
 * Re-orders the word ranker's unsure English answers by meaning: the cosine of Universal Sentence Encoder Lite
 * embeddings (sentence-encoder/) between the question and each candidate's question and paraphrases.
 *
 * Measured on the English eval sets (session 16): the encoder alone ranks far below the word ranker (P@1 0.64
 * against 0.85: it knows English, not a business's terms), and mixing both for every question loses. Where the
 * ranker is unsure (confidence under `MEANING.gate`; 0.4 and 0.6 did worse on the development sets), ordering its hits by coverage +
 * `MEANING.weight` × cosine picks the expected entry more often: over all 110 eval sets 23 questions gained and 10
 * lost; P@1 0.878 → 0.883 on the development sets, 0.773 → 0.788 on the validation set nobody read. The confidence
 * stays the ranker's: the cosine of the top did not tell off-topic questions apart (AUC 0.68), so whether a
 * question is answered or handed off does not change.
 */
import { MAX_QUESTION_CHARS, type Retrieval, type RetrievalHit } from './retriever.ts';
import type { IndexableEntry } from './retrieval-index.ts';

export const MEANING = {
  /** The ranker's confidence from which its own top is kept. */
  gate: 0.5,
  /** Weight of the cosine against the hit's coverage (both roughly in [0, 1]). */
  weight: 1.5,
  /** How many of the ranker's hits are re-ordered. */
  candidates: 10,
  /** Embeddings of entry texts kept between questions (2 KB each), least recently used dropped first. */
  cachedTexts: 8_192,
};

/** Unit-length sentence embeddings, one per text (SentenceEncoder). */
export interface SentenceEmbedder {
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

export class MeaningRerank {
  /** Entry text → its embedding; a Map iterates in insertion order, so re-inserting on use keeps it LRU. */
  private readonly cache = new Map<string, Float32Array>();

  /**
   * `embedder` is asked for at the first question that needs it (the encoder costs a third of a second and 30 MB
   * to load) and may resolve to null where it cannot load: answers are then ranked by words alone.
   */
  constructor(
    private readonly embedder: () => Promise<SentenceEmbedder | null>,
    private readonly load: (ids: number[]) => Iterable<Pick<IndexableEntry, 'id' | 'question' | 'paraphrases'>>,
    private readonly cachedTexts = MEANING.cachedTexts,
  ) {}

  async apply(question: string, retrieval: Retrieval): Promise<Retrieval> {
    // A follow-up's topic came from earlier turns, which the question's own embedding does not carry.
    if (retrieval.lang !== 'en' || retrieval.usedContext || retrieval.confidence >= MEANING.gate) return retrieval;
    const candidates = retrieval.hits.slice(0, MEANING.candidates);
    const english = [...this.load(candidates.filter((hit) => hit.lang === 'en').map((hit) => hit.id))];
    if (candidates.length < 2 || english.length === 0) return retrieval;
    const embedder = await this.embedder();
    if (!embedder) return retrieval;

    const variants = english.map((entry) => [entry.question, ...entry.paraphrases]);
    const [asked, vectors] = await this.embed(embedder, question.slice(0, MAX_QUESTION_CHARS), variants.flat());
    const cosine = new Map<number, number>();
    let next = 0;
    english.forEach((entry, i) => {
      const own = vectors.slice(next, (next += variants[i].length));
      cosine.set(entry.id, Math.max(...own.map((vector) => dot(asked, vector))));
    });
    // An entry in the other language has no English embedding: it counts as the least similar candidate, so meaning
    // never lifts it over an English one (counted as a typical one, it took the top from its English twin).
    const least = Math.min(...cosine.values());
    const fused = (hit: RetrievalHit) => hit.coverage + MEANING.weight * (cosine.get(hit.id) ?? least);
    const reordered = candidates
      .map((hit, rank) => ({ hit, rank, score: fused(hit) }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .map(({ hit }) => hit);
    return { ...retrieval, hits: [...reordered, ...retrieval.hits.slice(candidates.length)] };
  }

  /** The question's embedding and the entry texts', in one run of the encoder for the question and the texts not cached. */
  private async embed(embedder: SentenceEmbedder, question: string, texts: string[]): Promise<[Float32Array, Float32Array[]]> {
    const missing = [...new Set(texts.filter((text) => !this.cache.has(text)))];
    const [asked, ...fresh] = await embedder.encode([question, ...missing]);
    missing.forEach((text, i) => this.cache.set(text, fresh[i]));
    const vectors = texts.map((text) => {
      const vector = this.cache.get(text)!;
      this.cache.delete(text); // re-inserted: most recently used
      this.cache.set(text, vector);
      return vector;
    });
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= this.cachedTexts) break;
      this.cache.delete(oldest);
    }
    return [asked, vectors];
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
