import { describe, expect, it } from 'vitest';
import { QuantisedVectors } from '../../../src-main/assistant/quantised-vectors.ts';

/** Deterministic unit vectors with Gaussian components (as sentence embeddings roughly are). */
function unitVectors(count: number, dimension: number, seed = 7): Float32Array[] {
  let state = seed;
  const uniform = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) + 1) / (2 ** 31 + 1);
  return Array.from({ length: count }, () => {
    const values = Array.from({ length: dimension }, () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));
    const norm = Math.hypot(...values);
    return Float32Array.from(values, (value) => value / norm);
  });
}

/** The reference: the float vectors' dot product in float64. */
const dot64 = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i], 0);

describe('QuantisedVectors', () => {
  it('gives the dot product of 512-d unit vectors within 2e-3 of the float64 one (5e-4 typical)', () => {
    const [queries, rows] = [unitVectors(20, 512, 1), unitVectors(200, 512, 2)];
    const store = new QuantisedVectors(512, rows.length);
    rows.forEach((vector, row) => store.write(row, vector));
    const errors = queries.flatMap((query) => rows.map((vector, row) => Math.abs(store.dot(row, query) - dot64(query, vector))));
    expect(Math.max(...errors)).toBeLessThan(2e-3);
    expect(Math.sqrt(errors.reduce((sum, error) => sum + error * error, 0) / errors.length)).toBeLessThan(5e-4);
  });

  it('keeps each row within half a step of every component, a zero vector included', () => {
    const store = new QuantisedVectors(3, 2);
    store.write(0, Float32Array.of(0.6, -0.8, 0));
    store.write(1, Float32Array.of(0, 0, 0));
    const step = 0.8 / 127;
    expect(store.dot(0, Float32Array.of(1, 0, 0))).toBeCloseTo(0.6, 2);
    expect(Math.abs(store.dot(0, Float32Array.of(1, 0, 0)) - 0.6)).toBeLessThanOrEqual(step / 2);
    expect(store.dot(0, Float32Array.of(0, 1, 0))).toBeCloseTo(-0.8, 6);
    expect(store.dot(1, Float32Array.of(1, 1, 1))).toBe(0);
  });

  it('copies rows between stores and keeps them when resized', () => {
    const [a, b] = unitVectors(2, 16);
    const query = unitVectors(1, 16, 3)[0];
    const store = new QuantisedVectors(16, 2);
    store.write(0, a);
    store.write(1, b);
    const other = new QuantisedVectors(16, 1);
    other.copy(0, store, 1);
    expect(other.dot(0, query)).toBe(store.dot(1, query));
    const grown = store.resized(4);
    expect(grown.rows).toBe(4);
    expect([grown.dot(0, query), grown.dot(1, query)]).toEqual([store.dot(0, query), store.dot(1, query)]);
  });
});
