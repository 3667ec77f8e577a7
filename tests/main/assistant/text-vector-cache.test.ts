import { describe, expect, it } from 'vitest';
import { QuantisedVectors } from '../../../src-main/assistant/quantised-vectors.ts';
import { TextVectorCache } from '../../../src-main/assistant/text-vector-cache.ts';

/** Row i along axis i of `dimension`. */
function axes(count: number, dimension = count): QuantisedVectors {
  const store = new QuantisedVectors(dimension, count);
  for (let i = 0; i < count; i++) store.write(i, Float32Array.from({ length: dimension }, (_, j) => (i === j ? 1 : 0)));
  return store;
}
const along = (axis: number, dimension: number) => Float32Array.from({ length: dimension }, (_, j) => (j === axis ? 1 : 0));

describe('TextVectorCache', () => {
  it('drops the least recently used text beyond its capacity and reuses its row', () => {
    const vectors = axes(4);
    const cache = new TextVectorCache(3);
    ['a', 'b', 'c'].forEach((text, i) => cache.set(text, vectors, i));
    expect(cache.touch('a')).toBe(true);
    cache.set('d', vectors, 3);
    expect(['a', 'b', 'c', 'd'].map((text) => cache.has(text))).toEqual([true, false, true, true]);
    expect(cache.size).toBe(3);
    const copy = cache.copyOf(['a', 'c', 'd'])!;
    expect([0, 1, 2].map((row) => Math.round(copy.dot(row, along(0, 4))))).toEqual([1, 0, 0]);
    expect([0, 1, 2].map((row) => Math.round(copy.dot(row, along(3, 4))))).toEqual([0, 0, 1]);
    expect(cache.touch('b')).toBe(false);
  });

  it('replaces the vector of a text set again, without growing', () => {
    const vectors = axes(2);
    const cache = new TextVectorCache(2);
    cache.set('a', vectors, 0);
    cache.set('a', vectors, 1);
    expect(cache.size).toBe(1);
    expect(cache.copyOf(['a'])!.dot(0, along(1, 2))).toBeCloseTo(1, 6);
  });

  it('hands out copies that later texts do not overwrite', () => {
    const vectors = axes(2);
    const cache = new TextVectorCache(1);
    cache.set('a', vectors, 0);
    const held = cache.copyOf(['a'], 2)!;
    cache.set('b', vectors, 1);
    expect(cache.has('a')).toBe(false);
    expect(held.rows).toBe(2);
    expect(held.dot(0, along(0, 2))).toBeCloseTo(1, 6);
  });

  it('grows its slab as texts come, up to its capacity: 516 bytes a 512-d vector', () => {
    const cache = new TextVectorCache(3000);
    expect(cache.bytes).toBe(0);
    const vectors = new QuantisedVectors(512, 1);
    vectors.write(0, along(5, 512));
    for (let i = 0; i < 1025; i++) cache.set(`text ${i}`, vectors, 0);
    expect(cache.bytes).toBe(2048 * 516);
    for (let i = 1025; i < 3100; i++) cache.set(`text ${i}`, vectors, 0);
    expect(cache.size).toBe(3000);
    expect(cache.bytes).toBe(3000 * 516);
    expect(cache.has('text 0')).toBe(false);
    expect(cache.copyOf(['text 1024'])!.dot(0, along(5, 512))).toBeCloseTo(1, 6);
  });
});
