import { describe, expect, it } from 'vitest';
import { progressFraction } from '../../../src-renderer/lib/progress.ts';

describe('progressFraction()', () => {
  it('is the share done, kept between 0 and 1', () => {
    expect(progressFraction(3, 12)).toBe(0.25);
    expect(progressFraction(0, 12)).toBe(0);
    expect(progressFraction(12, 12)).toBe(1);
    expect(progressFraction(15, 12)).toBe(1);
    expect(progressFraction(-2, 12)).toBe(0);
  });

  it('is null (a sweeping bar) only when the value is not known', () => {
    expect(progressFraction(null, 10)).toBeNull();
    expect(progressFraction(undefined, 10)).toBeNull();
    expect(progressFraction(null, 0)).toBeNull();
  });

  it('fills nothing when there is nothing to measure against or the value is no number: never NaN or Infinity', () => {
    for (const [value, max] of [
      [0, 0],
      [5, 0],
      [0, -1],
      [3, Number.NaN],
      [3, Number.POSITIVE_INFINITY],
      [Number.NaN, 10],
      [Number.POSITIVE_INFINITY, 10],
    ]) {
      expect(progressFraction(value, max), `${value} of ${max}`).toBe(0);
    }
  });
});
