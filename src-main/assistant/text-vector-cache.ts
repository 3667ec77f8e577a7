/**
 * The meaning re-rank's embeddings of entry texts (meaning-rerank.ts), kept between questions: text → its row in one
 * QuantisedVectors slab that grows by doubling up to `capacity` rows, the least recently used text's row reused
 * beyond that.
 */
import { QuantisedVectors } from './quantised-vectors.ts';

/** Rows of the first slab; it doubles from there as texts are added. */
const FIRST_ROWS = 1024;

export class TextVectorCache {
  /** Text → row; a Map iterates in insertion order, so re-inserting on use keeps it least recently used first. */
  private readonly rowOf = new Map<string, number>();
  private vectors: QuantisedVectors | null = null;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.rowOf.size;
  }

  /** Bytes the slab holds (allocated rows, used or not): what the vectors cost, besides the texts and the map. */
  get bytes(): number {
    return this.vectors ? this.vectors.rows * (this.vectors.dimension + Float32Array.BYTES_PER_ELEMENT) : 0;
  }

  has(text: string): boolean {
    return this.rowOf.has(text);
  }

  /** Marks `text` the most recently used; false where it is not cached. */
  touch(text: string): boolean {
    const row = this.rowOf.get(text);
    if (row === undefined) return false;
    this.rowOf.delete(text);
    this.rowOf.set(text, row);
    return true;
  }

  /**
   * The vectors of `texts` (all cached), row i for texts[i], copied: adding texts afterwards may reuse their rows.
   * Marks them the most recently used.
   */
  copyOf(texts: readonly string[], rows = texts.length): QuantisedVectors | null {
    if (!this.vectors) return null;
    const copy = new QuantisedVectors(this.vectors.dimension, rows);
    texts.forEach((text, i) => {
      this.touch(text);
      copy.copy(i, this.vectors!, this.rowOf.get(text)!);
    });
    return copy;
  }

  /** Caches `from`'s row `fromRow` as the vector of `text`, the most recently used, dropping the least recently used. */
  set(text: string, from: QuantisedVectors, fromRow: number): void {
    let row = this.rowOf.get(text);
    if (row !== undefined) {
      this.rowOf.delete(text);
    } else if (this.rowOf.size < this.capacity) {
      row = this.rowOf.size;
      if (!this.vectors) this.vectors = new QuantisedVectors(from.dimension, Math.min(this.capacity, FIRST_ROWS));
      if (row === this.vectors.rows) this.vectors = this.vectors.resized(Math.min(this.capacity, 2 * row));
    } else {
      const [oldest, reused] = this.rowOf.entries().next().value!;
      this.rowOf.delete(oldest);
      row = reused;
    }
    this.vectors!.copy(row, from, fromRow);
    this.rowOf.set(text, row);
  }
}
