import { describe, expect, it } from 'vitest';
import { median, percentile, summarizeLatencies } from '../../../src-main/bench/latency-summary.ts';

describe('latency figures', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it('reads nearest-rank percentiles: values that were measured', () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([1, 2, 3], 0.01)).toBe(1);
  });

  it('takes the median as the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('summarises a group of requests, and an empty one as zeros', () => {
    expect(summarizeLatencies(hundred)).toEqual({ count: 100, p50_ms: 50, p95_ms: 95, p99_ms: 99, max_ms: 100 });
    expect(summarizeLatencies([])).toEqual({ count: 0, p50_ms: 0, p95_ms: 0, p99_ms: 0, max_ms: 0 });
  });
});
