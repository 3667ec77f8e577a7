// Sampling of the next token from one row of logits, in Hugging Face's order: temperature → top-k → top-p → draw.
// transformers.js 4.3 implements neither top-k-then-top-p warping nor a fast draw (its sampler sorts the whole
// vocabulary through an ONNX TopK op per row), so generation samples here and lets the library pick the argmax.

export interface SamplingParams {
  temperature: number;
  topK: number;
  topP: number;
}

/** Draws a token id from softmax(logits / temperature) restricted by top-k and top-p; `uniform` returns [0, 1). */
export function sampleToken(logits: Float32Array, params: SamplingParams, uniform: () => number): number {
  // logits: (V,), modified in place
  for (let i = 0; i < logits.length; i++) logits[i] /= params.temperature;
  keepTopKTopP(logits, params.topK, params.topP);
  let max = -Infinity;
  for (const value of logits) if (value > max) max = value;
  const weights = new Float64Array(logits.length); // unnormalised probabilities; 0 for filtered tokens
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    if (logits[i] === -Infinity) continue;
    weights[i] = Math.exp(logits[i] - max);
    total += weights[i];
  }
  let remaining = uniform() * total;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] === 0) continue;
    last = i;
    remaining -= weights[i];
    if (remaining < 0) return i;
  }
  return last; // rounding left a sliver of mass: the last kept token
}

/**
 * Top-k then top-p (nucleus) filtering of one row of logits, in place: tokens outside the kept set get -Infinity.
 * Same order and tie rule as Hugging Face's TopKLogitsWarper → TopPLogitsWarper: ties with the k-th value are kept,
 * and the nucleus is the most likely tokens whose probabilities (after top-k) first reach `topP`.
 */
export function keepTopKTopP(logits: Float32Array, topK: number, topP: number): void {
  // logits: (V,)
  if (topK > 0 && topK < logits.length) maskBelow(logits, kthLargest(logits, topK));
  if (topP < 1) maskBelow(logits, nucleusThreshold(logits, topP));
}

function maskBelow(logits: Float32Array, threshold: number): void {
  for (let i = 0; i < logits.length; i++) if (logits[i] < threshold) logits[i] = -Infinity;
}

/** The k-th largest value, by a min-heap of size k: O(V log k), no full sort of the vocabulary. */
function kthLargest(values: Float32Array, k: number): number {
  const heap = new Float32Array(k);
  heap.set(values.subarray(0, k));
  for (let i = k >> 1; i >= 0; i--) siftDown(heap, i);
  for (let i = k; i < values.length; i++) {
    if (values[i] > heap[0]) {
      heap[0] = values[i];
      siftDown(heap, 0);
    }
  }
  return heap[0];
}

function siftDown(heap: Float32Array, start: number): void {
  let i = start;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < heap.length && heap[left] < heap[smallest]) smallest = left;
    if (right < heap.length && heap[right] < heap[smallest]) smallest = right;
    if (smallest === i) return;
    [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
    i = smallest;
  }
}

const NUCLEUS_BINS = 4096;

/**
 * The smallest logit of the nucleus: the most likely tokens whose softmax mass first reaches `topP`.
 * O(V) without sorting the vocabulary: probability mass is histogrammed by logit, the bins are walked from the
 * top, and only the bin where the mass crosses `topP` is sorted.
 */
function nucleusThreshold(logits: Float32Array, topP: number): number {
  let max = -Infinity;
  let min = Infinity;
  for (const value of logits) {
    if (value === -Infinity) continue;
    if (value > max) max = value;
    if (value < min) min = value;
  }
  if (!(max > min)) return min; // one token, or all tied: keep them all
  const width = (max - min) / NUCLEUS_BINS;
  const binOf = (value: number) => Math.min(NUCLEUS_BINS - 1, Math.floor((max - value) / width));
  const mass = new Float64Array(NUCLEUS_BINS); // bin 0 holds the largest logits
  let total = 0;
  for (const value of logits) {
    if (value === -Infinity) continue;
    const e = Math.exp(value - max);
    mass[binOf(value)] += e;
    total += e;
  }
  const target = topP * total;
  let above = 0;
  let bin = 0;
  while (bin < NUCLEUS_BINS - 1 && above + mass[bin] < target) above += mass[bin++];
  const crossing = logits.filter((value) => value !== -Infinity && binOf(value) === bin).sort(); // ascending
  for (let i = crossing.length - 1; i >= 0; i--) {
    above += Math.exp(crossing[i] - max);
    if (above >= target) return crossing[i];
  }
  return crossing[0];
}
