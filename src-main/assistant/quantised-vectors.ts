/**
 * Unit vectors stored compactly for the meaning re-rank (meaning-rerank.ts): each row is a vector's components as
 * int8 codes with one float scale (its largest component's magnitude / 127), all rows in one slab. A 512-d sentence
 * embedding takes 516 bytes instead of 2 KB in a typed array of its own, and a cache of tens of thousands of them is
 * two typed arrays for the garbage collector, not tens of thousands.
 *
 * The dot product with a float query is the rounding's error away from the float one: each code is off by at most
 * half a step (scale / 2), so for unit vectors the error is at most (scale / 2) × Σ|query_i| ≤ (scale / 2) × √dim,
 * in practice (rounding errors cancel) about (scale / √12) × |query|. Between 60 English eval questions and the sample
 * FAQ's 94 English texts it was at most 6e-4 (1.4e-4 typical), which seldom reorders what the re-rank compares: over
 * the 7,421 eval questions of session 17 no outcome changed (the top changed for 2 that were wrong or handed off
 * either way, the second place for 1). See quantised-vectors.test.ts.
 */
export class QuantisedVectors {
  /** Row r's codes: codes[r × dimension … (r + 1) × dimension). */
  private readonly codes: Int8Array;
  private readonly scales: Float32Array;

  constructor(
    readonly dimension: number,
    readonly rows: number,
  ) {
    this.codes = new Int8Array(dimension * rows);
    this.scales = new Float32Array(rows);
  }

  /** Stores `vector` (`dimension` wide) in `row`. */
  write(row: number, vector: Float32Array): void {
    let largest = 0;
    for (const value of vector) largest = Math.max(largest, Math.abs(value));
    const scale = largest / 127;
    const base = row * this.dimension;
    for (let i = 0; i < this.dimension; i++) this.codes[base + i] = scale === 0 ? 0 : Math.round(vector[i] / scale);
    this.scales[row] = scale;
  }

  /** Copies `from`'s row `fromRow` (vectors as wide as these) into `row`. */
  copy(row: number, from: QuantisedVectors, fromRow: number): void {
    const width = this.dimension;
    this.codes.set(from.codes.subarray(fromRow * width, (fromRow + 1) * width), row * width);
    this.scales[row] = from.scales[fromRow];
  }

  /** The first `rows` rows in a store of `capacity` rows. */
  resized(capacity: number, rows = Math.min(capacity, this.rows)): QuantisedVectors {
    const resized = new QuantisedVectors(this.dimension, capacity);
    resized.codes.set(this.codes.subarray(0, rows * this.dimension));
    resized.scales.set(this.scales.subarray(0, rows));
    return resized;
  }

  /** The dot product of row `row` with `query` (`dimension` wide): their cosine where both are unit vectors. */
  dot(row: number, query: Float32Array): number {
    const base = row * this.dimension;
    let sum = 0;
    for (let i = 0; i < this.dimension; i++) sum += query[i] * this.codes[base + i];
    return sum * this.scales[row];
  }
}
