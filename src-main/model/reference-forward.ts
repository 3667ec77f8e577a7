/**
 * Independent float64 GPT-2 forward pass in plain JavaScript: the yardstick for the ONNX graphs.
 *
 *   referenceLogits(config, weights, tokens): Float64Array   — (T, V) logits for one sequence at positions 0..T-1
 *
 * Written straight from the GPT-2 equations with loops, sharing nothing with the graph builder; slow, for tiny
 * models in tests.
 */
import { headDim, type Gpt2Config, type Gpt2Weights } from './gpt2-weights.ts';

type Matrix = Float64Array; // row-major

export function referenceLogits(config: Gpt2Config, weights: Gpt2Weights, tokens: readonly number[]): Float64Array {
  const T = tokens.length;
  const C = config.nEmbd;
  const w = (name: string) => {
    const tensor = weights.get(name);
    if (!tensor) throw new Error(`reference forward: missing weight ${name}`);
    return tensor.data;
  };
  const wte = w('wte.weight');
  const wpe = w('wpe.weight');
  // x: (T, C)
  let x: Matrix = new Float64Array(T * C);
  for (let t = 0; t < T; t++) {
    for (let c = 0; c < C; c++) x[t * C + c] = wte[tokens[t] * C + c] + wpe[t * C + c];
  }
  for (let i = 0; i < config.nLayer; i++) {
    const p = `h.${i}.`;
    const a = layerNorm(x, T, C, w(p + 'ln_1.weight'), w(p + 'ln_1.bias'), config.layerNormEpsilon);
    const qkv = linear(a, T, C, 3 * C, w(p + 'attn.c_attn.weight'), w(p + 'attn.c_attn.bias')); // (T, 3C)
    const context = causalSelfAttention(qkv, T, config); // (T, C)
    x = addInPlace(x, linear(context, T, C, C, w(p + 'attn.c_proj.weight'), w(p + 'attn.c_proj.bias')));
    const m = layerNorm(x, T, C, w(p + 'ln_2.weight'), w(p + 'ln_2.bias'), config.layerNormEpsilon);
    const hidden = linear(m, T, C, 4 * C, w(p + 'mlp.c_fc.weight'), w(p + 'mlp.c_fc.bias')).map(geluTanh); // (T, 4C)
    x = addInPlace(x, linear(hidden, T, 4 * C, C, w(p + 'mlp.c_proj.weight'), w(p + 'mlp.c_proj.bias')));
  }
  const h = layerNorm(x, T, C, w('ln_f.weight'), w('ln_f.bias'), config.layerNormEpsilon);
  // logits: (T, V) = h · wteᵀ
  const V = config.vocabSize;
  const logits = new Float64Array(T * V);
  for (let t = 0; t < T; t++) {
    for (let v = 0; v < V; v++) {
      let sum = 0;
      for (let c = 0; c < C; c++) sum += h[t * C + c] * wte[v * C + c];
      logits[t * V + v] = sum;
    }
  }
  return logits;
}

function layerNorm(x: Matrix, rows: number, C: number, gamma: Float32Array, beta: Float32Array, eps: number): Matrix {
  const out = new Float64Array(rows * C);
  for (let r = 0; r < rows; r++) {
    let mean = 0;
    for (let c = 0; c < C; c++) mean += x[r * C + c];
    mean /= C;
    let variance = 0;
    for (let c = 0; c < C; c++) variance += (x[r * C + c] - mean) ** 2;
    variance /= C;
    const inv = 1 / Math.sqrt(variance + eps);
    for (let c = 0; c < C; c++) out[r * C + c] = (x[r * C + c] - mean) * inv * gamma[c] + beta[c];
  }
  return out;
}

/** x (rows, K) · w (K, N) + b (N): GPT-2's Conv1D with `[in, out]` weights. */
function linear(x: Matrix, rows: number, K: number, N: number, w: Float32Array, b: Float32Array): Matrix {
  const out = new Float64Array(rows * N);
  for (let r = 0; r < rows; r++) {
    for (let n = 0; n < N; n++) out[r * N + n] = b[n];
    for (let k = 0; k < K; k++) {
      const xv = x[r * K + k];
      for (let n = 0; n < N; n++) out[r * N + n] += xv * w[k * N + n];
    }
  }
  return out;
}

/** qkv: (T, 3C) laid out [q | k | v], each split into heads of headDim; returns (T, C). */
function causalSelfAttention(qkv: Matrix, T: number, config: Gpt2Config): Matrix {
  const C = config.nEmbd;
  const D = headDim(config);
  const out = new Float64Array(T * C);
  const scores = new Float64Array(T);
  for (let h = 0; h < config.nHead; h++) {
    for (let t = 0; t < T; t++) {
      let max = -Infinity;
      for (let s = 0; s <= t; s++) {
        let dot = 0;
        for (let d = 0; d < D; d++) dot += qkv[t * 3 * C + h * D + d] * qkv[s * 3 * C + C + h * D + d];
        scores[s] = dot / Math.sqrt(D);
        max = Math.max(max, scores[s]);
      }
      let total = 0;
      for (let s = 0; s <= t; s++) {
        scores[s] = Math.exp(scores[s] - max);
        total += scores[s];
      }
      for (let s = 0; s <= t; s++) {
        const weight = scores[s] / total;
        for (let d = 0; d < D; d++) out[t * C + h * D + d] += weight * qkv[s * 3 * C + 2 * C + h * D + d];
      }
    }
  }
  return out;
}

function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
}

function addInPlace(a: Matrix, b: Matrix): Matrix {
  for (let i = 0; i < a.length; i++) a[i] += b[i];
  return a;
}
