/**
 * Typed ONNX graph builder with shape tracking, shared by the GPT-2 inference graph and the training graph.
 *
 *   const g = new GraphBuilder('gpt2');
 *   const ids = g.input('input_ids', 'int64', ['batch_size', 'sequence_length']);
 *   const w = g.initializer('wte.weight', 'float32', [V, C], data);       // or g.input(...) for training
 *   const x = g.gather(w, ids);                                            // x: (B, T, C)
 *   g.output(g.matmul(x, w, { transB: true }), 'logits');
 *   const bytes = encodeOnnxModel(g.toModel());
 *
 * Naming, inputs, initializers, outputs and the tape live in graph-core.ts; this file holds the ops.
 * Every op records a `TapeEntry {op, inputs, outputs, saved}` in `g.tape`; training/autodiff.ts walks the tape
 * backwards and emits gradient ops into the same builder. The differentiable ops are the primitives listed in
 * `DIFFERENTIABLE_OPS`. GELU and LayerNorm are primitives (one fused kernel forward, a hand-written backward)
 * rather than compositions, and so is the lm_head product + cross-entropy, whose backward stays off the (N, V) side.
 * The other ops (shape arithmetic, masks, reductions and scatters used by backward rules) carry no gradient;
 * autodiff refuses a graph where one of them lies between a parameter and the loss.
 */
import {
  addDims,
  broadcastAxes,
  broadcastShapes,
  formatShape,
  normalizeAxis,
  reshapeShape,
  type Shape,
} from './dims.ts';
import { GraphCore, type FloatDType, type Value } from './graph-core.ts';
import {
  BYTES_PER_ELEMENT,
  MICROSOFT_DOMAIN,
  ONNX_DATA_TYPE,
  type DType,
  type Dim,
  type OnnxAttribute,
} from './onnx-model.ts';

export { Value, type FloatDType, type TapeEntry } from './graph-core.ts';

export const DIFFERENTIABLE_OPS = [
  'add',
  'sub',
  'mul',
  'div',
  'matmul',
  'reshape',
  'transpose',
  'split',
  'concat',
  'gather',
  'where',
  'softmax',
  'layerNorm',
  'gelu',
  'linearCrossEntropy',
] as const;
export type DifferentiableOp = (typeof DIFFERENTIABLE_OPS)[number];

export interface MatmulOptions {
  transA?: boolean;
  transB?: boolean;
}

const int = (value: number): OnnxAttribute => ({ kind: 'int', value });
const ints = (value: readonly number[]): OnnxAttribute => ({ kind: 'ints', value });

export class GraphBuilder extends GraphCore {
  // ── differentiable primitives ───────────────────────────────────────────────────────────────────────────────

  add(a: Value, b: Value): Value {
    return this.binary('add', 'Add', a, b);
  }

  sub(a: Value, b: Value): Value {
    return this.binary('sub', 'Sub', a, b);
  }

  mul(a: Value, b: Value): Value {
    return this.binary('mul', 'Mul', a, b);
  }

  div(a: Value, b: Value): Value {
    return this.binary('div', 'Div', a, b);
  }

  /**
   * op(a) · op(b) over the last two axes, op = transpose when the flag is set. Either both operands have the same
   * batch axes, or `b` is a 2-D matrix applied to every row of `a` (then `transA` must be false).
   * The ONNX form is chosen by measurement (bench/op-forms-bench.ts): see `matmulForm`.
   */
  matmul(a: Value, b: Value, options: MatmulOptions = {}): Value {
    const transA = options.transA ?? false;
    const transB = options.transB ?? false;
    this.sameFloat('matmul', a, b);
    if (a.rank < 2 || b.rank < 2)
      throw new Error(`matmul: operands must be at least 2-D, got ${formatShape(a.shape)} and ${formatShape(b.shape)}`);
    const [m, ka] = lastTwo(a.shape, transA);
    const [kb, n] = lastTwo(b.shape, transB);
    const batchA = a.shape.slice(0, -2);
    const batchB = b.shape.slice(0, -2);
    const matrixB = b.rank === 2 && a.rank > 2;
    const sameBatch = batchA.length === batchB.length && batchA.every((d, i) => d === batchB[i]);
    if (ka !== kb || !(sameBatch || (matrixB && !transA))) {
      throw new Error(
        `matmul: cannot multiply ${formatShape(a.shape)}${transA ? 'ᵀ' : ''} by ${formatShape(b.shape)}${transB ? 'ᵀ' : ''}`,
      );
    }
    const y = this.value('matmul', a.dtype, [...batchA, m, n]);
    const form = matmulForm(a.rank, b.rank, transA, transB);
    const attributes: Record<string, OnnxAttribute> =
      form === 'MatMul' ? {} : { ...(transA ? { transA: int(1) } : {}), ...(transB ? { transB: int(1) } : {}) };
    this.node(form, [a, b], [y], attributes, form === 'FusedMatMul' ? MICROSOFT_DOMAIN : undefined);
    this.record('matmul', [a, b], [y], { transA, transB });
    return y;
  }

  /** ONNX Reshape: `target` holds sizes, 0 (keep the input dim) or one -1 (inferred). */
  reshape(x: Value, target: readonly number[]): Value {
    const y = this.value('reshape', x.dtype, reshapeShape(x.shape, target));
    this.node('Reshape', [x, this.constant(target, 'int64')], [y]);
    this.record('reshape', [x], [y], {});
    return y;
  }

  /** Reshape to the runtime shape of `like` (used by backward rules to undo a reshape). */
  reshapeLike(x: Value, like: Value): Value {
    const y = this.value('reshape', x.dtype, like.shape);
    this.node('Reshape', [x, this.shapeOf(like)], [y]);
    this.record('reshapeLike', [x, like], [y], {});
    return y;
  }

  /**
   * Reshape to a runtime shape vector `shape` (int64, e.g. a Concat of shapeOf() pieces), whose static form is
   * `staticShape`. No gradient: for inference graphs that fold and unfold a batch axis.
   */
  reshapeTo(x: Value, shape: Value, staticShape: Shape): Value {
    if (shape.dtype !== 'int64' || shape.rank !== 1 || shape.shape[0] !== staticShape.length)
      throw new Error(`reshapeTo: shape must be an int64 vector of ${staticShape.length} sizes`);
    const y = this.value('reshape', x.dtype, staticShape);
    this.node('Reshape', [x, shape], [y]);
    this.record('reshapeTo', [x, shape], [y], {});
    return y;
  }

  transpose(x: Value, perm: readonly number[]): Value {
    if (perm.length !== x.rank || [...perm].sort().some((p, i) => p !== i))
      throw new Error(`transpose: bad perm [${perm}] for rank ${x.rank}`);
    const y = this.value(
      'transpose',
      x.dtype,
      perm.map((p) => x.shape[p]),
    );
    this.node('Transpose', [x], [y], { perm: ints(perm) });
    this.record('transpose', [x], [y], { perm });
    return y;
  }

  split(x: Value, axis: number, sizes: readonly number[]): Value[] {
    const a = normalizeAxis(axis, x.rank);
    if (sizes.reduce((s, v) => s + v, 0) !== x.shape[a])
      throw new Error(`split: sizes [${sizes}] do not add up to ${x.shape[a]}`);
    const outputs = sizes.map((size) =>
      this.value(
        'split',
        x.dtype,
        x.shape.map((d, i) => (i === a ? size : d)),
      ),
    );
    this.node('Split', [x, this.constant(sizes, 'int64')], outputs, { axis: int(a) });
    this.record('split', [x], outputs, { axis: a });
    return outputs;
  }

  concat(xs: readonly Value[], axis: number): Value {
    const a = normalizeAxis(axis, xs[0].rank);
    const shape = [...xs[0].shape];
    for (const x of xs.slice(1)) {
      if (x.dtype !== xs[0].dtype || x.rank !== shape.length || x.shape.some((d, i) => i !== a && d !== shape[i])) {
        throw new Error(`concat: ${formatShape(x.shape)} does not match ${formatShape(shape)} off axis ${a}`);
      }
      shape[a] = addDims(shape[a], x.shape[a]);
    }
    const y = this.value('concat', xs[0].dtype, shape);
    this.node('Concat', [...xs], [y], { axis: int(a) });
    this.record('concat', xs, [y], { axis: a });
    return y;
  }

  /** Rows of `table` picked by integer `indices` (embedding lookup): (…indices, …table[1:]). */
  gather(table: Value, indices: Value): Value {
    if (indices.dtype !== 'int64') throw new Error('gather: indices must be int64');
    const y = this.value('gather', table.dtype, [...indices.shape, ...table.shape.slice(1)]);
    this.node('Gather', [table, indices], [y], { axis: int(0) });
    this.record('gather', [table, indices], [y], {});
    return y;
  }

  where(condition: Value, x: Value, y: Value): Value {
    if (condition.dtype !== 'bool') throw new Error('where: condition must be bool');
    this.sameFloat('where', x, y);
    const out = this.value('where', x.dtype, broadcastShapes(condition.shape, broadcastShapes(x.shape, y.shape)));
    this.node('Where', [condition, x, y], [out]);
    this.record('where', [condition, x, y], [out], {});
    return out;
  }

  /** Softmax over the last axis. */
  softmax(x: Value): Value {
    const y = this.value('softmax', x.dtype, x.shape);
    this.node('Softmax', [x], [y], { axis: int(-1) });
    this.record('softmax', [x], [y], {});
    return y;
  }

  /** LayerNorm over the last axis: (x - mean) / √(var + ε) · gamma + beta. */
  layerNorm(x: Value, gamma: Value, beta: Value, epsilon: number): Value {
    this.sameFloat('layerNorm', x, gamma, beta);
    const y = this.value('layer_norm', x.dtype, x.shape);
    this.node('LayerNormalization', [x, gamma, beta], [y], {
      axis: int(-1),
      epsilon: { kind: 'float', value: epsilon },
    });
    this.record('layerNorm', [x, gamma, beta], [y], { epsilon });
    return y;
  }

  /** GPT-2's GELU, tanh approximation: 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). */
  gelu(x: Value): Value {
    const y = this.value('gelu', x.dtype, x.shape);
    this.node('Gelu', [x], [y], { approximate: { kind: 'string', value: 'tanh' } });
    this.record('gelu', [x], [y], {});
    return y;
  }

  /**
   * Weighted mean cross-entropy of the logits x·wᵀ: Σ_n c_n·(−log softmax(l_n)[t_n]) / Σ_n c_n, with l = x·wᵀ.
   * x: (N, C), w: (V, C) (the tied lm_head: wte), targets: (N) int64, weights c: (N), e.g. 1 for answer tokens and 0
   * elsewhere. Returns a scalar.
   *
   * One primitive with the product, whose gradient is built here beside the loss (saved.dx, saved.dw, for the loss
   * itself; nodes no output reads are dropped, so a forward-only graph never computes them). The (N, V) side lives in
   * one buffer: the softmax is the logits' only reader and ONNX Runtime computes it in their buffer, and the one-hot
   * subtraction runs there too (ScatterElements is in place; both measured). No (N, V) gradient or second (V, C)
   * tensor ever exists. The cost: log p[t] is taken after the softmax, so a target probability below float32's
   * smallest normal (1e-38) counts as that, i.e. a token's loss is capped at 87 nats; the gradient is exact.
   */
  linearCrossEntropy(x: Value, w: Value, targets: Value, weights: Value): Value {
    this.sameFloat('linearCrossEntropy', x, w, weights);
    if (x.rank !== 2 || w.rank !== 2 || targets.rank !== 1 || weights.rank !== 1 || targets.dtype !== 'int64') {
      throw new Error('linearCrossEntropy: expects x (N, C), w (V, C), int64 targets (N) and weights (N)');
    }
    const dtype = x.dtype as FloatDType;
    const { loss, dx, dw } = this.offTape(() => {
      const probs = this.softmax(this.matmul(x, w, { transB: true })); // (N, V)
      const targetColumn = this.unsqueeze(targets, [1]); // (N, 1)
      const picked = this.gatherElements(probs, targetColumn, 1); // (N, 1)
      const tiny = this.scalar(dtype === 'float32' ? 1.1754944e-38 : Number.MIN_VALUE, dtype);
      const nll = this.unaryOp('Neg', this.unaryOp('Log', this.elementwise('Max', [this.reshape(picked, [-1]), tiny]))); // (N)
      // An all-zero mask gives loss 0 rather than 0/0.
      const weightSum = this.elementwise('Max', [this.reduceSum(weights, [0], false), this.scalar(1e-12, dtype)]);
      const loss = this.div(this.reduceSum(this.mul(nll, weights), [0], false), weightSum);
      // d loss / d l = c' ⊙ (P − onehot(t)), c' = c / Σc per row, subtracted in P's buffer once `picked` has read it
      // (the −1 updates are computed from `picked`, which orders the two).
      const minusOne = this.sub(this.mul(picked, this.scalar(0, dtype)), this.scalar(1, dtype)); // (N, 1)
      const dLogits = this.scatterElementsAdd(probs, targetColumn, minusOne, 1); // (N, V), unscaled
      const rowScale = this.unsqueeze(this.div(weights, weightSum), [1]); // (N, 1)
      const dx = this.mul(this.matmul(dLogits, w), rowScale); // (N, C)
      const dw = this.matmul(dLogits, this.mul(x, rowScale), { transA: true }); // (V, C)
      return { loss, dx, dw };
    });
    this.record('linearCrossEntropy', [x, w, targets, weights], [loss], { dx, dw });
    return loss;
  }

  // ── ops without gradient: shapes, masks, reductions, scatters ───────────────────────────────────────────────

  /** Elementwise op with NumPy broadcasting (Max, Pow, Equal, And, LessOrEqual, …). */
  elementwise(opType: string, operands: readonly Value[], dtype: DType = operands[0].dtype): Value {
    const shape = operands.slice(1).reduce<Shape>((s, v) => broadcastShapes(s, v.shape), operands[0].shape);
    const y = this.value(opType.toLowerCase(), dtype, shape);
    this.node(opType, [...operands], [y]);
    this.record(opType, operands, [y], {});
    return y;
  }

  /** Shape-preserving unary op (Tanh, Exp, Sqrt, Neg, Reciprocal, LogSoftmax, …). */
  unaryOp(opType: string, x: Value, attributes: Record<string, OnnxAttribute> = {}): Value {
    const y = this.value(opType.toLowerCase(), x.dtype, x.shape);
    this.node(opType, [x], [y], attributes);
    this.record(opType, [x], [y], {});
    return y;
  }

  reduceSum(x: Value, axes: readonly number[], keepDims: boolean): Value {
    return this.reduce('ReduceSum', x, axes, keepDims);
  }

  reduceMean(x: Value, axes: readonly number[], keepDims: boolean): Value {
    return this.reduce('ReduceMean', x, axes, keepDims);
  }

  cast(x: Value, dtype: DType): Value {
    const y = this.value('cast', dtype, x.shape);
    this.node('Cast', [x], [y], { to: int(ONNX_DATA_TYPE[dtype]) });
    this.record('cast', [x], [y], {});
    return y;
  }

  unsqueeze(x: Value, axes: readonly number[]): Value {
    const shape: Dim[] = [...x.shape];
    const rank = x.rank + axes.length;
    for (const axis of axes.map((a) => normalizeAxis(a, rank)).sort((a, b) => a - b)) shape.splice(axis, 0, 1);
    const y = this.value('unsqueeze', x.dtype, shape);
    this.node('Unsqueeze', [x, this.constant(axes, 'int64')], [y]);
    this.record('unsqueeze', [x], [y], {});
    return y;
  }

  /** The runtime shape of `x` (or of axes [start, end)) as an int64 vector. */
  shapeOf(x: Value, start = 0, end = x.rank): Value {
    const y = this.value('shape', 'int64', [end - start]);
    this.node('Shape', [x], [y], { start: int(start), end: int(end) });
    this.record('shape', [x], [y], {});
    return y;
  }

  /** ONNX Range over scalar int64 operands; `length` names the (runtime) number of elements. */
  range(start: Value, limit: Value, delta: Value, length: Dim): Value {
    const y = this.value('range', start.dtype, [length]);
    this.node('Range', [start, limit, delta], [y]);
    this.record('range', [start, limit, delta], [y], {});
    return y;
  }

  /** A 1-D int64 vector (length 1) → scalar. */
  toScalar(x: Value): Value {
    const y = this.value('scalar', x.dtype, []);
    this.node('Squeeze', [x, this.constant([0], 'int64')], [y]);
    this.record('squeeze', [x], [y], {});
    return y;
  }

  /** x[starts:ends] along `axis` (ONNX Slice: 1-D int64 bounds, negative from the end, clamped); `length`: its size. */
  slice(x: Value, starts: Value, ends: Value, axis: number, length: Dim): Value {
    const shape: Dim[] = [...x.shape];
    shape[normalizeAxis(axis, x.rank)] = length;
    const y = this.value('slice', x.dtype, shape);
    this.node('Slice', [x, starts, ends, this.constant([axis], 'int64')], [y]);
    this.record('slice', [x, starts, ends], [y], {});
    return y;
  }

  gatherElements(x: Value, indices: Value, axis: number): Value {
    const y = this.value('gather_elements', x.dtype, indices.shape);
    this.node('GatherElements', [x, indices], [y], { axis: int(axis) });
    this.record('gatherElements', [x, indices], [y], { axis });
    return y;
  }

  /** data with `updates` added at `indices` along `axis` (ScatterElements, reduction=add). */
  scatterElementsAdd(data: Value, indices: Value, updates: Value, axis: number): Value {
    const y = this.value('scatter_add', data.dtype, data.shape);
    this.node('ScatterElements', [data, indices, updates], [y], {
      axis: int(axis),
      reduction: { kind: 'string', value: 'add' },
    });
    this.record('scatterElementsAdd', [data, indices, updates], [y], {});
    return y;
  }

  /**
   * data (R, C) with rows `updates` (…indices, C) added at rows `indices` (int64, any shape); repeated indices
   * accumulate. ScatterElements along axis 0 with every column's index spelled out: unlike ScatterND, ONNX Runtime
   * runs it in the data's own buffer (measured), so accumulating into a (V, C) embedding gradient costs no copy.
   */
  scatterRowsAdd(data: Value, indices: Value, updates: Value): Value {
    if (data.rank !== 2) throw new Error(`scatterRowsAdd: data must be 2-D, got ${formatShape(data.shape)}`);
    const rows = this.reshape(updates, [-1, data.shape[1] as number]); // (M, C)
    const rowIndices = this.value('row_indices', 'int64', rows.shape); // (M, C): each row's index in every column
    this.node('Expand', [this.reshape(indices, [-1, 1]), this.shapeOf(rows)], [rowIndices]);
    const y = this.value('scatter_rows_add', data.dtype, data.shape);
    this.node('ScatterElements', [data, rowIndices, rows], [y], {
      axis: int(0),
      reduction: { kind: 'string', value: 'add' },
    });
    this.record('scatterRowsAdd', [data, indices, updates], [y], {});
    return y;
  }

  /** A zero tensor with the runtime shape of `like`. */
  zerosLike(like: Value): Value {
    const y = this.value('zeros', like.dtype, like.shape);
    const zero = { name: 'zero', dtype: like.dtype, dims: [1], data: new Uint8Array(BYTES_PER_ELEMENT[like.dtype]) };
    this.node('ConstantOfShape', [this.shapeOf(like)], [y], { value: { kind: 'tensor', value: zero } });
    this.record('zerosLike', [like], [y], {});
    return y;
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────────────────────────

  private binary(op: DifferentiableOp, opType: string, a: Value, b: Value): Value {
    this.sameFloat(op, a, b);
    const y = this.value(op, a.dtype, broadcastShapes(a.shape, b.shape));
    this.node(opType, [a, b], [y]);
    this.record(op, [a, b], [y], { axesA: broadcastAxes(a.shape, y.shape), axesB: broadcastAxes(b.shape, y.shape) });
    return y;
  }

  private reduce(opType: string, x: Value, axes: readonly number[], keepDims: boolean): Value {
    const normalized = axes.map((a) => normalizeAxis(a, x.rank));
    const shape = x.shape.flatMap((d, i) => (normalized.includes(i) ? (keepDims ? [1] : []) : [d]));
    const y = this.value(opType.toLowerCase(), x.dtype, shape);
    this.node(opType, [x, this.constant(normalized, 'int64')], [y], { keepdims: int(keepDims ? 1 : 0) });
    this.record(opType, [x], [y], {});
    return y;
  }

  private sameFloat(op: string, ...values: Value[]): void {
    const dtype = values[0].dtype;
    if (dtype !== 'float32' && dtype !== 'float64') throw new Error(`${op}: expects float operands, got ${dtype}`);
    for (const v of values) if (v.dtype !== dtype) throw new Error(`${op}: mixes ${dtype} and ${v.dtype}`);
  }
}

/** (rows, cols) of the last two axes, after the optional transpose. */
function lastTwo(shape: Shape, transposed: boolean): [Dim, Dim] {
  const rows = shape[shape.length - 2];
  const cols = shape[shape.length - 1];
  return transposed ? [cols, rows] : [rows, cols];
}

/**
 * ONNX form of a matrix product. Measured on the distilgpt2 training shapes (bench/op-forms-bench.ts, 2 threads,
 * rates from CPU time): MatMul, Gemm and com.microsoft FusedMatMul all reach 250–360 GFLOP/s and differ by less
 * than run-to-run noise, and ONNX Runtime folds an explicit Transpose into the product anyway. So: MatMul when
 * nothing is transposed, else Gemm for matrices and FusedMatMul for batches, which read the transposed operand in
 * place. The products with a transposed A (weight gradients) are ~25% slower in every form.
 */
function matmulForm(rankA: number, rankB: number, transA: boolean, transB: boolean): 'MatMul' | 'FusedMatMul' | 'Gemm' {
  if (!transA && !transB) return 'MatMul';
  return rankA === 2 && rankB === 2 ? 'Gemm' : 'FusedMatMul';
}
