/**
 * Reverse-mode automatic differentiation over GraphBuilder's tape (model/onnx/graph-builder.ts).
 *
 *   const grads = gradients(g, loss, [w1, w2]);   // emits the backward ops into `g`; Map<Value, Value>
 *   GRADIENT_RULES[op]                             // one rule per differentiable primitive
 *
 * The loss must be a scalar. Values reached from `wrt` only through ops without a gradient (masks, shapes) get
 * none; a non-differentiable op that turns such a value into another float is refused, so a gradient can never be
 * silently dropped.
 */
import {
  DIFFERENTIABLE_OPS,
  type DifferentiableOp,
  type FloatDType,
  type GraphBuilder,
  type TapeEntry,
  type Value,
} from '../model/onnx/graph-builder.ts';
import { broadcastAxes } from '../model/onnx/dims.ts';

/**
 * A sparse gradient: `updates` (…, cols) added to the rows `indices` of the input. Accumulated by scattering into
 * the gradient already there (for the tied wte: the lm_head's dense gradient), with no zero tensor in between.
 */
export interface RowScatter {
  indices: Value;
  updates: Value;
}

export type Contribution = Value | RowScatter | undefined;

/** Given the output gradients (undefined = zero), returns one gradient per input (undefined where not needed). */
export type GradientRule = (
  g: GraphBuilder,
  entry: TapeEntry,
  dOutputs: readonly (Value | undefined)[],
  needed: readonly boolean[],
) => Contribution[];

/** Ops whose output does not depend on the input's values, so a zero gradient is right. */
const VALUE_INDEPENDENT_OPS = new Set(['zerosLike', 'shape']);

export function gradients(g: GraphBuilder, loss: Value, wrt: readonly Value[]): Map<Value, Value> {
  if (loss.rank !== 0) throw new Error(`gradients: loss must be a scalar, got rank ${loss.rank}`);
  const forward = [...g.tape];
  const requires = new Set<Value>(wrt);
  for (const entry of forward) {
    if (!entry.inputs.some((v) => requires.has(v))) continue;
    if (isDifferentiable(entry.op)) {
      for (const out of entry.outputs) if (out.dtype === 'float32' || out.dtype === 'float64') requires.add(out);
    } else if (
      !VALUE_INDEPENDENT_OPS.has(entry.op) &&
      entry.outputs.some((o) => o.dtype === 'float32' || o.dtype === 'float64')
    ) {
      throw new Error(`gradients: op ${entry.op} has no gradient rule but lies on a path from a parameter`);
    }
  }
  if (!requires.has(loss)) throw new Error('gradients: the loss does not depend on any parameter');

  const grads = new Map<Value, Value>([[loss, g.scalar(1, loss.dtype as FloatDType)]]);
  g.within('grad', () => {
    for (let i = forward.length - 1; i >= 0; i--) {
      const entry = forward[i];
      const dOutputs = entry.outputs.map((o) => grads.get(o));
      if (dOutputs.every((d) => d === undefined)) continue;
      const needed = entry.inputs.map((v) => requires.has(v));
      if (!needed.some(Boolean)) continue;
      const dInputs = GRADIENT_RULES[entry.op as DifferentiableOp](g, entry, dOutputs, needed);
      entry.inputs.forEach((input, k) => {
        const d = dInputs[k];
        if (needed[k] && d) grads.set(input, accumulate(g, input, grads.get(input), d));
      });
    }
  });
  return new Map(wrt.map((w) => [w, grads.get(w) ?? g.zerosLike(w)]));
}

function accumulate(g: GraphBuilder, input: Value, previous: Value | undefined, d: Value | RowScatter): Value {
  if ('updates' in d) return g.scatterRowsAdd(previous ?? g.zerosLike(input), d.indices, d.updates);
  return previous ? g.add(previous, d) : d;
}

function isDifferentiable(op: string): op is DifferentiableOp {
  return (DIFFERENTIABLE_OPS as readonly string[]).includes(op);
}

/** Sums a gradient of the broadcast result back to the shape of the operand `x`. */
function sumTo(g: GraphBuilder, d: Value, x: Value): Value {
  const axes = broadcastAxes(x.shape, d.shape);
  if (axes.length === 0) return d;
  const leading = d.rank - x.rank; // axes x lacks entirely: summed away
  let out = leading > 0 ? g.reduceSum(d, axes.slice(0, leading), false) : d;
  const inner = axes.slice(leading).map((a) => a - leading);
  if (inner.length > 0) out = g.reduceSum(out, inner, true);
  return out;
}

const floatOf = (v: Value) => v.dtype as FloatDType;

export const GRADIENT_RULES: Record<DifferentiableOp, GradientRule> = {
  add: (g, { inputs: [a, b] }, [dy], needed) => [
    needed[0] ? sumTo(g, dy!, a) : undefined,
    needed[1] ? sumTo(g, dy!, b) : undefined,
  ],

  sub: (g, { inputs: [a, b] }, [dy], needed) => [
    needed[0] ? sumTo(g, dy!, a) : undefined,
    needed[1] ? sumTo(g, g.unaryOp('Neg', dy!), b) : undefined,
  ],

  mul: (g, { inputs: [a, b] }, [dy], needed) => [
    needed[0] ? sumTo(g, g.mul(dy!, b), a) : undefined,
    needed[1] ? sumTo(g, g.mul(dy!, a), b) : undefined,
  ],

  // y = a / b: da = dy / b, db = -dy · y / b
  div: (g, { inputs: [a, b], outputs: [y] }, [dy], needed) => [
    needed[0] ? sumTo(g, g.div(dy!, b), a) : undefined,
    needed[1] ? sumTo(g, g.unaryOp('Neg', g.div(g.mul(dy!, y), b)), b) : undefined,
  ],

  // y = A·B with A = op(a), B = op(b): dA = dy·Bᵀ, dB = Aᵀ·dy; a transposed operand takes the transposed gradient.
  matmul: (g, { inputs: [a, b], saved }, [dy], needed) => {
    const { transA, transB } = saved as { transA: boolean; transB: boolean };
    const da = !needed[0]
      ? undefined
      : transA
        ? g.matmul(b, dy!, { transA: transB, transB: true })
        : g.matmul(dy!, b, { transB: !transB });
    if (!needed[1]) return [da, undefined];
    if (b.rank === 2 && a.rank > 2) {
      // b is one matrix applied to every row of a: flatten the rows. a2: (N, K), dy2: (N, out)
      const a2 = g.reshape(a, [-1, a.shape[a.rank - 1] as number]);
      const dy2 = g.reshape(dy!, [-1, dy!.shape[dy!.rank - 1] as number]);
      return [da, transB ? g.matmul(dy2, a2, { transA: true }) : g.matmul(a2, dy2, { transA: true })];
    }
    const db = transB ? g.matmul(dy!, a, { transA: true, transB: transA }) : g.matmul(a, dy!, { transA: !transA });
    return [da, db];
  },

  reshape: (g, { inputs: [x] }, [dy]) => [g.reshapeLike(dy!, x)],

  transpose: (g, { saved }, [dy]) => {
    const perm = saved.perm as number[];
    const inverse = perm.map((_, i) => perm.indexOf(i));
    return [g.transpose(dy!, inverse)];
  },

  split: (g, { outputs, saved }, dOutputs) => [
    g.concat(
      dOutputs.map((d, i) => d ?? g.zerosLike(outputs[i])),
      saved.axis as number,
    ),
  ],

  concat: (g, { inputs, saved }, [dy]) => {
    const axis = saved.axis as number;
    const sizes = inputs.map((x) => x.shape[axis]);
    if (sizes.some((s) => typeof s !== 'number')) throw new Error('concat gradient: needs fixed sizes along the axis');
    return g.split(dy!, axis, sizes as number[]);
  },

  // Rows of the table receive the sum of the gradients of every position that read them.
  gather: (_g, { inputs: [, indices] }, [dy]) => [{ indices, updates: dy! }, undefined],

  where: (g, { inputs: [condition, x, y] }, [dy], needed) => {
    const zero = g.scalar(0, floatOf(dy!));
    return [
      undefined,
      needed[1] ? sumTo(g, g.where(condition, dy!, zero), x) : undefined,
      needed[2] ? sumTo(g, g.where(condition, zero, dy!), y) : undefined,
    ];
  },

  // dx = y ⊙ (dy − Σ_j dy_j·y_j)
  softmax: (g, { outputs: [y] }, [dy]) => [g.mul(y, g.sub(dy!, g.reduceSum(g.mul(dy!, y), [-1], true)))],

  // With x̂ = (x − μ)·r, r = 1/√(σ² + ε): dγ = Σ dy·x̂, dβ = Σ dy, dx = r·(g − mean(g) − x̂·mean(g·x̂)), g = dy·γ.
  // μ and r are recomputed here: ONNX LayerNormalization returns them in float32 even for float64 inputs.
  layerNorm: (g, { inputs: [x, gamma, beta], saved }, [dy], needed) => {
    const dtype = floatOf(x);
    const centered = g.sub(x, g.reduceMean(x, [-1], true)); // (…, C)
    const variance = g.reduceMean(g.mul(centered, centered), [-1], true); // (…, 1)
    const rstd = g.unaryOp('Reciprocal', g.unaryOp('Sqrt', g.add(variance, g.scalar(saved.epsilon as number, dtype))));
    const normalized = g.mul(centered, rstd);
    const dNormalized = g.mul(dy!, gamma);
    const dx = needed[0]
      ? g.mul(
          rstd,
          g.sub(
            g.sub(dNormalized, g.reduceMean(dNormalized, [-1], true)),
            g.mul(normalized, g.reduceMean(g.mul(dNormalized, normalized), [-1], true)),
          ),
        )
      : undefined;
    return [
      dx,
      needed[1] ? sumTo(g, g.mul(dy!, normalized), gamma) : undefined,
      needed[2] ? sumTo(g, dy!, beta) : undefined,
    ];
  },

  // gelu(x) = ½x(1 + t), t = tanh(u), u = k(x + 0.044715x³), k = √(2/π)
  // gelu'(x) = ½(1 + t) + ½x(1 − t²)·k(1 + 3·0.044715x²)
  gelu: (g, { inputs: [x] }, [dy]) => {
    const k = Math.sqrt(2 / Math.PI);
    const c = (value: number) => g.scalar(value, floatOf(x));
    const x2 = g.mul(x, x);
    const t = g.unaryOp('Tanh', g.mul(x, g.add(g.mul(x2, c(0.044715 * k)), c(k))));
    const du = g.add(g.mul(x2, c(3 * 0.044715 * k)), c(k)); // k(1 + 3·0.044715x²)
    const tail = g.mul(g.mul(c(0.5), x), g.mul(g.sub(c(1), g.mul(t, t)), du));
    return [g.mul(dy!, g.add(g.mul(c(0.5), g.add(c(1), t)), tail))];
  },

  // The primitive built the gradient of the loss itself beside it (graph-builder.ts): with P = softmax(x·wᵀ),
  // Y = onehot(targets), c = weights / Σweights per row, dx = (c ⊙ (P − Y))·w and dw = (P − Y)ᵀ·(c ⊙ x).
  // Scaled by dLoss unless dLoss is the seed 1 (the loss is the graph's output): scaling the (V, C) dw would cost a
  // second (V, C) tensor at the step's peak.
  linearCrossEntropy: (g, { saved }, [dLoss], needed) => {
    const unit = dLoss === g.scalar(1, floatOf(dLoss!));
    const scaled = (d: Value) => (unit ? d : g.mul(d, dLoss!));
    return [needed[0] ? scaled(saved.dx as Value) : undefined, needed[1] ? scaled(saved.dw as Value) : undefined, undefined, undefined];
  },
};
