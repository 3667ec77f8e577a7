/**
 * Re-orders the word ranker's unsure English answers by meaning, and replaces a fairly sure top that meaning clearly
 * disagrees with. An entry's meaning is the cosine of Universal Sentence Encoder Lite embeddings (sentence-encoder/)
 * between the question and the entry's question and paraphrases, averaged with the cosine to its answer.
 *
 * Measured on the English eval sets (session 16): the encoder alone ranks far below the word ranker (P@1 0.64
 * against 0.85: it knows English, not a business's terms), and mixing both for every question loses. Where the
 * ranker is unsure (confidence under `MEANING.gate`; 0.4 and 0.6 did worse on the development sets), ordering its
 * hits by coverage + `MEANING.weight` × meaning picks the expected entry more often: over all 110 eval sets 23 questions gained and 10
 * lost (the cosine to the question and paraphrases alone); P@1 0.878 → 0.883 on the development sets, 0.773 → 0.788
 * on the validation set nobody read. The confidence stays the ranker's: the cosine of the top did not tell
 * off-topic questions apart (AUC 0.68), so whether a question is answered or handed off does not change.
 *
 * The answer's cosine counts as much as the question's (`MEANING.answerShare`): a customer often says what the
 * answer is about ("can I come see the offices before signing" → the entry whose answer offers viewings) rather
 * than what its question says. Against the question and paraphrases alone, over all 110 eval sets 15 questions gained
 * and 4 lost; P@1 0.883 → 0.886 on the development sets, 0.788 → 0.797 on the validation set. In its place the answer
 * alone, its first sentence, the tags and category, or question and answer joined into one text did worse on the
 * development sets, as did the answer counted as one more variant (the best of them). Answers are longer texts to
 * encode, once each while cached.
 *
 * A long-lived app embeds the enabled English entries' texts ahead of the questions (`warm()`), so the first unsure
 * question at a business does not pay for encoding its ten candidates' (tens of ms at 10,000 entries).
 *
 * Where the ranker is fairly sure (confidence from `MEANING.gate` to `MEANING.leadGate`) its order stays, but its top
 * gives way to a candidate whose meaning leads the top's by `MEANING.lead` ("My Visa got bounced" → the declined
 * payment, not the opening hours the words matched): over all 110 eval sets 13 gained and 4 lost; P@1 0.886 → 0.888 on
 * the development sets, 0.797 → 0.799 on the validation set. On the development sets, re-ordering by the fused score
 * there instead (a gate of 0.6) gained 18 and lost 20; a lead of 0.1 gained about as many as it lost, and each step
 * of leadGate from 0.7 up to 1 added about as many losses as gains.
 */
import { QuantisedVectors } from './quantised-vectors.ts';
import type { IndexableEntry } from './retrieval-index.ts';
import { MAX_QUESTION_CHARS, type RankQuestion, type Retrieval, type RetrievalHit, type Retriever } from './retriever.ts';
import { TextVectorCache } from './text-vector-cache.ts';

export const MEANING = {
  /** The ranker's confidence from which its own order is kept (then only `lead` may change its top). */
  gate: 0.5,
  /**
   * From `gate` up to this confidence the ranker's top gives way to the candidate whose meaning exceeds its own by at
   * least `lead`; above it, the ranker's order is kept.
   */
  leadGate: 0.7,
  /** See `leadGate` (a difference of the meanings defined by `answerShare`). */
  lead: 0.15,
  /** Weight of the meaning (see `answerShare`) against the hit's coverage (both roughly in [0, 1]). */
  weight: 2,
  /**
   * The meaning of a hit: this share of the question's cosine to its answer, the rest of its best cosine to the
   * entry's question and paraphrases (the answer cut to the encoder's 128 tokens).
   */
  answerShare: 0.5,
  /** How many of the ranker's hits are re-ordered. */
  candidates: 10,
  /**
   * Embeddings of entry texts (questions, paraphrases, answers) kept between questions, least recently used dropped
   * first: 516 bytes each (int8, quantised-vectors.ts), at most 17 MB. A knowledge base of 10,000 entries half in
   * English (the answer bench's) has about 24,000 such texts: all of them are kept, so no question encodes a
   * candidate's texts once the warm-up has run.
   */
  cachedTexts: 32_768,
  /**
   * Entries whose texts one step of the warm-up loads and embeds (about 40 texts: a few runs of the encoder, each at
   * most its maxBatchTokens) before it lets questions and the event loop go first.
   */
  warmEntries: 8,
};

type EntryTexts = Pick<IndexableEntry, 'question' | 'answer' | 'paraphrases'>;

/** An entry's texts as the re-rank embeds them: its answer, then its question and paraphrases. */
export const entryTexts = (entry: EntryTexts) => [entry.answer, entry.question, ...entry.paraphrases];

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Unit-length sentence embeddings, one per text: the app's SentenceEncoderClient (a worker), or a SentenceEncoder. */
export interface SentenceEmbedder {
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

/**
 * How the assistant ranks a question (the chat, `ask`, `eval`, and the prompts a model is trained on): the word
 * ranker, once its index is warm (built in slices that leave the event loop free), then the meaning re-rank.
 */
export const rankByMeaning =
  (retriever: Retriever, rerank: MeaningRerank): RankQuestion =>
  async (question, options) => {
    await retriever.warm();
    return rerank.apply(question, retriever.retrieve(question, options));
  };

export class MeaningRerank {
  /** Entry text → its embedding, least recently used dropped first. */
  private readonly cache: TextVectorCache;
  /** Questions' encodings in progress: the warm-up waits for them before each of its steps. */
  private readonly asking = new Set<Promise<unknown>>();
  /** The warm-up in progress, and whether the knowledge base changed since it read the entries' ids. */
  private warming: Promise<void> | null = null;
  private warmAgain = false;
  private closed = false;

  /**
   * `embedder` is asked for at the first question that needs it (the encoder costs 0.3–0.6 s and about 130 MB
   * to load) and may resolve to null where it cannot load: answers are then ranked by words alone.
   */
  constructor(
    private readonly embedder: () => Promise<SentenceEmbedder | null>,
    private readonly load: (ids: number[]) => Iterable<Pick<IndexableEntry, 'id' | 'question' | 'answer' | 'paraphrases'>>,
    cachedTexts = MEANING.cachedTexts,
  ) {
    this.cache = new TextVectorCache(cachedTexts);
  }

  async apply(question: string, retrieval: Retrieval): Promise<Retrieval> {
    // A follow-up's topic came from earlier turns, which the question's own embedding does not carry.
    if (retrieval.lang !== 'en' || retrieval.usedContext || retrieval.confidence >= MEANING.leadGate) return retrieval;
    const candidates = retrieval.hits.slice(0, MEANING.candidates);
    if (candidates.length < 2) return retrieval;
    const english = [...this.load(candidates.filter((hit) => hit.lang === 'en').map((hit) => hit.id))];
    if (english.length === 0) return retrieval;
    const embedder = await this.embedder();
    if (!embedder) return retrieval;

    const texts = english.map(entryTexts);
    let cosines: number[];
    try {
      cosines = await this.cosines(embedder, question.slice(0, MAX_QUESTION_CHARS), texts.flat());
    } catch (error) {
      // The words' ranking is a whole answer: an encoder that fails on one question must not fail the chat.
      console.error('The sentence encoder failed on a question; it is ranked by its words alone:', error);
      return retrieval;
    }
    const meaning = new Map<number, number>();
    let next = 0;
    english.forEach((entry, i) => {
      const [answer, ...variants] = cosines.slice(next, (next += texts[i].length));
      meaning.set(entry.id, MEANING.answerShare * answer + (1 - MEANING.answerShare) * Math.max(...variants));
    });
    if (retrieval.confidence >= MEANING.gate) return leadByMeaning(retrieval, meaning);
    // An entry in the other language has no English embedding: it counts as the least similar candidate, so meaning
    // never lifts it over an English one (counted as a typical one, it took the top from its English twin).
    const least = Math.min(...meaning.values());
    const fused = (hit: RetrievalHit) => hit.coverage + MEANING.weight * (meaning.get(hit.id) ?? least);
    const reordered = candidates
      .map((hit, rank) => ({ hit, rank, score: fused(hit) }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .map(({ hit }) => hit);
    return inOrder(retrieval, [...reordered, ...retrieval.hits.slice(candidates.length)]);
  }

  /**
   * Embeds the texts of the entries `ids()` names (the enabled English ones, in id order) that are not cached, up to
   * the cache's capacity, in steps of `MEANING.warmEntries` entries that wait for questions being re-ranked and
   * yield to the event loop. The encoder is loaded only when there are such entries. Calls made while one runs
   * share it, and it reads the ids again once it ends (a KB change meanwhile). Stops at `close()`.
   *
   * A knowledge base with more texts than the cache holds has its first entries' texts warmed: those questions
   * then meet a warm cache, the others embed their candidates as before (which pushes out the least recently used).
   */
  warm(ids: () => readonly number[]): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.warming) {
      this.warmAgain = true;
      return this.warming;
    }
    this.warming = (async () => {
      do {
        this.warmAgain = false;
        if (!this.closed) await this.warmPass(ids());
      } while (this.warmAgain && !this.closed);
    })().finally(() => {
      this.warming = null;
    });
    return this.warming;
  }

  /** Stops the warm-up and resolves once it has (none of its encoder runs is left, whether it failed or not). */
  async close(): Promise<void> {
    this.closed = true;
    await this.warming?.catch(() => undefined);
  }

  private async warmPass(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const embedder = await this.embedder();
    if (!embedder) return;
    const wanted = new Set<string>();
    for (let at = 0; at < ids.length && wanted.size < this.cache.capacity; at += MEANING.warmEntries) {
      await nextTurn();
      while (this.asking.size > 0) await Promise.allSettled(this.asking);
      if (this.closed) return;
      const texts: string[] = [];
      for (const text of [...this.load(ids.slice(at, at + MEANING.warmEntries))].flatMap(entryTexts)) {
        if (wanted.size === this.cache.capacity) break;
        if (wanted.has(text)) continue;
        wanted.add(text);
        texts.push(text);
      }
      // What is warm moves ahead of texts the knowledge base no longer has, so those age out first.
      const missing = texts.filter((text) => !this.cache.touch(text));
      if (missing.length === 0) continue;
      const vectors = quantised(await embedder.encode(missing));
      missing.forEach((text, row) => this.cache.set(text, vectors, row));
    }
  }

  /**
   * The cosine of the question to each of `texts`, from one run of the encoder for the question and the texts not
   * cached; every text's as the cache holds it (quantised-vectors.ts), whether it was cached or not. The cached ones are
   * copied before the run: another question's run, or a step of the warm-up, may push them out of the cache meanwhile.
   */
  private async cosines(embedder: SentenceEmbedder, question: string, texts: string[]): Promise<number[]> {
    const distinct = [...new Set(texts)];
    const cached = distinct.filter((text) => this.cache.has(text));
    const missing = distinct.filter((text) => !this.cache.has(text));
    const held = this.cache.copyOf(cached, distinct.length);
    const encoding = embedder.encode([question, ...missing]);
    this.asking.add(encoding);
    const [asked, ...fresh] = await encoding.finally(() => this.asking.delete(encoding));
    const vectors = held ?? new QuantisedVectors(asked.length, distinct.length);
    fresh.forEach((vector, i) => vectors.write(cached.length + i, vector));
    const rowOf = new Map([...cached, ...missing].map((text, row) => [text, row]));
    for (const [text, row] of rowOf) this.cache.set(text, vectors, row);
    return texts.map((text) => vectors.dot(rowOf.get(text)!, asked));
  }
}

/**
 * The ranker's hits with the candidate that means most what was asked first, where its meaning exceeds the ranker's
 * top's by `MEANING.lead`; otherwise `retrieval` itself. A top in the other language has no meaning: it stays.
 */
function leadByMeaning(retrieval: Retrieval, meaning: ReadonlyMap<number, number>): Retrieval {
  const [top] = retrieval.hits;
  const own = meaning.get(top.id);
  if (own === undefined) return retrieval;
  let best = top;
  for (const hit of retrieval.hits.slice(1, MEANING.candidates)) {
    if ((meaning.get(hit.id) ?? -Infinity) > (meaning.get(best.id) ?? -Infinity)) best = hit;
  }
  if (meaning.get(best.id)! - own < MEANING.lead) return retrieval;
  return inOrder(retrieval, [best, ...retrieval.hits.filter((hit) => hit !== best)]);
}

/**
 * `retrieval` with its hits in the order `hits` gives them, each placed above where the words ranked it marked
 * `byMeaning`: the sources shown say why one comes before another whose words match the question better.
 */
function inOrder(retrieval: Retrieval, hits: readonly RetrievalHit[]): Retrieval {
  const byWords = new Map(retrieval.hits.map((hit, rank) => [hit, rank]));
  return { ...retrieval, hits: hits.map((hit, rank) => (rank < byWords.get(hit)! ? { ...hit, byMeaning: true } : hit)) };
}

/** `vectors` (as wide as the first) in a QuantisedVectors, row i for vectors[i]. */
function quantised(vectors: readonly Float32Array[]): QuantisedVectors {
  const store = new QuantisedVectors(vectors[0]?.length ?? 0, vectors.length);
  vectors.forEach((vector, row) => store.write(row, vector));
  return store;
}
