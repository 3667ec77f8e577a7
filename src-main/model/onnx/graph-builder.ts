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
 * Every op records a `TapeEntry {op, inputs, outputs, saved}` in `g.tape`; training/autodiff.ts walks the tape
 * backwards and emits gradient ops into the same builder. The differentiable ops are the primitives listed in
 * `DIFFERENTIABLE_OPS`; GELU, LayerNorm and softmax-cross-entropy are primitives (one fused forward kernel each,
 * with a hand-written backward) rather than compositions, so both directions stay short.
 * The other ops (shape arithmetic, masks, reductions and scatters used by backward rules) carry no gradient;
 * autodiff refuses a graph where one of them lies between a parameter and the loss.
 */
import { addDims, broadcastAxes, broadcastShapes, formatShape, normalizeAxis, reshapeShape, type Shape } from './dims.ts';
import {
  BYTES_PER_ELEMENT,
  MICROSOFT_DOMAIN,
  ONNX_DATA_TYPE,
  bytesOf,
  type DType,
  type Dim,
  type OnnxAttribute,
  type OnnxModel,
  type OnnxNode,
} from './onnx-model.ts';

export type FloatDType = 'float32' | 'float64';

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
  'softmaxCrossEntropy',
] as const;
export type DifferentiableOp = (typeof DIFFERENTIABLE_OPS)[number];

/** A tensor in the graph. `name` is fixed when the model is written (`output()` may rename it). */
export class Value {
  constructor(
    readonly id: number,
    public name: string,
    readonly dtype: DType,
    readonly shape: Shape,
  ) {}

  get rank(): number {
    return this.shape.length;
  }
}

export interface TapeEntry {
  readonly op: string;
  readonly inputs: readonly Value[];
  readonly outputs: readonly Value[];
  /** Op parameters and intermediate values a backward rule reuses. */
  readonly saved: Readonly<Record<string, unknown>>;
}

export interface MatmulOptions {
  transA?: boolean;
  transB?: boolean;
}

interface PendingNode {
  opType: string;
  domain?: string;
  inputs: (Value | null)[];
  outputs: Value[];
  attributes: Record<string, OnnxAttribute>;
}

type TypedData = Float32Array | Float64Array | BigInt64Array;

const int = (value: number): OnnxAttribute => ({ kind: 'int', value });
const ints = (value: readonly number[]): OnnxAttribute => ({ kind: 'ints', value });

export class GraphBuilder {
  readonly tape: TapeEntry[] = [];
  private readonly nodes: PendingNode[] = [];
  private readonly inputs: Value[] = [];
  private readonly outputs: Value[] = [];
  private readonly initializers = new Map<Value, Uint8Array>();
  private readonly constantCache = new Map<string, Value>();
  private readonly usedNames = new Set<string>();
  private nextId = 0;
  private scope = '';
  private taping = true;

  constructor(readonly name: string) {}

  // ── graph interface ─────────────────────────────────────────────────────────────────────────────────────────

  input(name: string, dtype: DType, shape: Shape): Value {
    const value = this.value(name, dtype, shape, true);
    this.inputs.push(value);
    return value;
  }

  /** A constant tensor stored in the model (weights of an inference graph). */
  initializer(name: string, dtype: DType, shape: readonly number[], data: TypedData): Value {
    return this.addInitializer(this.value(name, dtype, shape, true), data);
  }

  /** Marks `value` as a graph output named `name` (renaming it in place). */
  output(value: Value, name: string): void {
    if (this.inputs.includes(value) || this.initializers.has(value) || this.outputs.includes(value)) {
      throw new Error(`output ${name}: ${value.name} is already an input, initializer or output`);
    }
    if (value.name !== name) {
      if (this.usedNames.has(name)) throw new Error(`output ${name}: name already used`);
      this.usedNames.delete(value.name);
      this.usedNames.add(name);
      value.name = name;
    }
    this.outputs.push(value);
  }

  /** Runs `build` with value names prefixed by `scope/`, for readable graphs (`h.3.attn/matmul`). */
  within<T>(scope: string, build: () => T): T {
    const outer = this.scope;
    this.scope = `${outer}${scope}/`;
    try {
      return build();
    } finally {
      this.scope = outer;
    }
  }

  scalar(value: number, dtype: FloatDType): Value {
    return this.constant([value], dtype, []);
  }

  /** A small constant (shape vectors, scalars); identical constants are shared. */
  constant(values: readonly number[], dtype: DType, shape: readonly number[] = [values.length]): Value {
    const key = `${dtype}:${shape.join(',')}:${values.join(',')}`;
    const cached = this.constantCache.get(key);
    if (cached) return cached;
    const data =
      dtype === 'int64'
        ? BigInt64Array.from(values, (v) => BigInt(v))
        : dtype === 'float64'
          ? Float64Array.from(values)
          : Float32Array.from(values);
    const value = this.addInitializer(this.value('const', dtype, shape), data);
    this.constantCache.set(key, value);
    return value;
  }

  /** The ONNX model: nodes that no output depends on are left out. */
  toModel(): OnnxModel {
    const live = this.liveNodes();
    const nodes: OnnxNode[] = live.map((node, index) => ({
      opType: node.opType,
      domain: node.domain,
      name: `n${index}_${node.opType}`,
      inputs: node.inputs.map((v) => v?.name ?? ''),
      outputs: node.outputs.map((v) => v.name),
      attributes: node.attributes,
    }));
    const usedValues = new Set(live.flatMap((n) => n.inputs).concat(this.outputs));
    const initializers = [...this.initializers]
      .filter(([value]) => usedValues.has(value))
      .map(([value, data]) => ({ name: value.name, dtype: value.dtype, dims: value.shape as number[], data }));
    const info = (v: Value) => ({ name: v.name, dtype: v.dtype, shape: v.shape });
    return {
      graph: {
        name: this.name,
        nodes,
        inputs: this.inputs.map(info),
        outputs: this.outputs.map(info),
        initializers,
      },
      extraOpsets: live.some((n) => n.domain === MICROSOFT_DOMAIN) ? [{ domain: MICROSOFT_DOMAIN, version: 1 }] : [],
    };
  }

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
    if (a.rank < 2 || b.rank < 2) throw new Error(`matmul: operands must be at least 2-D, got ${formatShape(a.shape)} and ${formatShape(b.shape)}`);
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

  transpose(x: Value, perm: readonly number[]): Value {
    if (perm.length !== x.rank || [...perm].sort().some((p, i) => p !== i)) throw new Error(`transpose: bad perm [${perm}] for rank ${x.rank}`);
    const y = this.value('transpose', x.dtype, perm.map((p) => x.shape[p]));
    this.node('Transpose', [x], [y], { perm: ints(perm) });
    this.record('transpose', [x], [y], { perm });
    return y;
  }

  split(x: Value, axis: number, sizes: readonly number[]): Value[] {
    const a = normalizeAxis(axis, x.rank);
    if (sizes.reduce((s, v) => s + v, 0) !== x.shape[a]) throw new Error(`split: sizes [${sizes}] do not add up to ${x.shape[a]}`);
    const outputs = sizes.map((size) => this.value('split', x.dtype, x.shape.map((d, i) => (i === a ? size : d))));
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
    this.node('LayerNormalization', [x, gamma, beta], [y], { axis: int(-1), epsilon: { kind: 'float', value: epsilon } });
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
   * Weighted mean cross-entropy: Σ_n w_n·(−log softmax(logits_n)[target_n]) / Σ_n w_n.
   * logits: (N, V), targets: (N) int64, weights: (N), e.g. 1 for answer tokens and 0 elsewhere. Returns a scalar.
   */
  softmaxCrossEntropy(logits: Value, targets: Value, weights: Value): Value {
    this.sameFloat('softmaxCrossEntropy', logits, weights);
    if (logits.rank !== 2 || targets.rank !== 1 || weights.rank !== 1 || targets.dtype !== 'int64') {
      throw new Error('softmaxCrossEntropy: expects logits (N, V), int64 targets (N) and weights (N)');
    }
    const dtype = logits.dtype as FloatDType;
    // The internal ops stay off the tape: the primitive has its own backward rule.
    const { logProbs, weightSum, loss } = this.offTape(() => {
      const logProbs = this.unaryOp('LogSoftmax', logits, { axis: int(-1) }); // (N, V)
      const picked = this.reshape(this.gatherElements(logProbs, this.unsqueeze(targets, [1]), 1), [-1]); // (N)
      const weighted = this.reduceSum(this.mul(picked, weights), [0], false); // ()
      // An all-zero mask gives loss 0 rather than 0/0.
      const weightSum = this.elementwise('Max', [this.reduceSum(weights, [0], false), this.scalar(1e-12, dtype)]);
      const loss = this.value('xent_loss', dtype, []);
      this.node('Div', [this.unaryOp('Neg', weighted), weightSum], [loss]);
      return { logProbs, weightSum, loss };
    });
    this.record('softmaxCrossEntropy', [logits, targets, weights], [loss], { logProbs, weightSum });
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

  gatherElements(x: Value, indices: Value, axis: number): Value {
    const y = this.value('gather_elements', x.dtype, indices.shape);
    this.node('GatherElements', [x, indices], [y], { axis: int(axis) });
    this.record('gatherElements', [x, indices], [y], { axis });
    return y;
  }

  /** data with `updates` added at `indices` along `axis` (ScatterElements, reduction=add). */
  scatterElementsAdd(data: Value, indices: Value, updates: Value, axis: number): Value {
    const y = this.value('scatter_add', data.dtype, data.shape);
    this.node('ScatterElements', [data, indices, updates], [y], { axis: int(axis), reduction: { kind: 'string', value: 'add' } });
    this.record('scatterElementsAdd', [data, indices, updates], [y], {});
    return y;
  }

  /** data with rows `updates` added at row `indices` (ScatterND, reduction=add; repeated indices accumulate). */
  scatterRowsAdd(data: Value, indices: Value, updates: Value): Value {
    const y = this.value('scatter_rows_add', data.dtype, data.shape);
    this.node('ScatterND', [data, this.unsqueeze(indices, [-1]), updates], [y], { reduction: { kind: 'string', value: 'add' } });
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

  private addInitializer(value: Value, data: TypedData): Value {
    const size = value.shape.reduce<number>((a, b) => a * (b as number), 1);
    if (data.length !== size) throw new Error(`initializer ${value.name}: ${data.length} values for shape ${formatShape(value.shape)}`);
    this.initializers.set(value, bytesOf(data));
    return value;
  }

  private sameFloat(op: string, ...values: Value[]): void {
    const dtype = values[0].dtype;
    if (dtype !== 'float32' && dtype !== 'float64') throw new Error(`${op}: expects float operands, got ${dtype}`);
    for (const v of values) if (v.dtype !== dtype) throw new Error(`${op}: mixes ${dtype} and ${v.dtype}`);
  }

  private value(base: string, dtype: DType, shape: Shape, exactName = false): Value {
    const name = exactName ? base : this.uniqueName(`${this.scope}${base}`);
    if (exactName) {
      if (this.usedNames.has(name)) throw new Error(`duplicate value name ${name}`);
      this.usedNames.add(name);
    }
    return new Value(this.nextId++, name, dtype, shape);
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let i = 1; this.usedNames.has(name); i++) name = `${base}_${i}`;
    this.usedNames.add(name);
    return name;
  }

  private node(
    opType: string,
    inputs: (Value | null)[],
    outputs: Value[],
    attributes: Record<string, OnnxAttribute> = {},
    domain?: string,
  ): void {
    this.nodes.push({ opType, domain, inputs, outputs, attributes });
  }

  private record(op: string, inputs: readonly Value[], outputs: readonly Value[], saved: Record<string, unknown>): void {
    if (this.taping) this.tape.push({ op, inputs, outputs, saved });
  }

  private offTape<T>(build: () => T): T {
    const outer = this.taping;
    this.taping = false;
    try {
      return build();
    } finally {
      this.taping = outer;
    }
  }

  private liveNodes(): PendingNode[] {
    const needed = new Set<Value>(this.outputs);
    const live: PendingNode[] = [];
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const node = this.nodes[i];
      if (!node.outputs.some((v) => needed.has(v))) continue;
      live.push(node);
      for (const input of node.inputs) if (input) needed.add(input);
    }
    return live.reverse();
  }
}

/** (rows, cols) of the last two axes, after the optional transpose. */
function lastTwo(shape: Shape, transposed: boolean): [Dim, Dim] {
  const rows = shape[shape.length - 2];
  const cols = shape[shape.length - 1];
  return transposed ? [cols, rows] : [rows, cols];
}

/**
 * ONNX form of a matrix product, by measurement on the training shapes (bench/op-forms-bench.ts, 2 threads):
 * plain MatMul without transposes; transposed operands go to com.microsoft FusedMatMul, which reads them in place
 * instead of materialising a Transpose.
 */
function matmulForm(rankA: number, rankB: number, transA: boolean, transB: boolean): 'MatMul' | 'FusedMatMul' | 'Gemm' {
  if (!transA && !transB) return 'MatMul';
  return rankA === 2 && rankB === 2 ? 'Gemm' : 'FusedMatMul';
}
