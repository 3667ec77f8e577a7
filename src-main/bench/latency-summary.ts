/** Latency figures of one group of requests, in milliseconds (nearest-rank percentiles). */
export interface LatencySummary {
  count: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

export function summarizeLatencies(values: readonly number[]): LatencySummary {
  const at = (q: number) => (values.length ? round(percentile(values, q)) : 0);
  return { count: values.length, p50_ms: at(0.5), p95_ms: at(0.95), p99_ms: at(0.99), max_ms: at(1) };
}

/** Nearest-rank percentile (q in (0, 1]) of a non-empty list: a value that was measured, never an interpolation. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
