/**
 * Static shape algebra over dimensions that are numbers or symbolic names (`batch_size`, `sequence_length`).
 * Products of symbols are written `a*b` (factors sorted), sums `a+b`; two dims are equal when their strings are.
 */
import type { Dim } from './onnx-model.ts';

export type Shape = readonly Dim[];

export function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

/** NumPy broadcasting; throws with both shapes on a mismatch. */
export function broadcastShapes(a: Shape, b: Shape): Dim[] {
  const rank = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da === db || db === 1) out.push(da);
    else if (da === 1) out.push(db);
    else throw new Error(`cannot broadcast ${formatShape(a)} with ${formatShape(b)}`);
  }
  return out;
}

/** Axes of `outShape` over which a value of `inShape` was broadcast (what its gradient must be summed over). */
export function broadcastAxes(inShape: Shape, outShape: Shape): number[] {
  const offset = outShape.length - inShape.length;
  const axes: number[] = [];
  for (let i = 0; i < outShape.length; i++) {
    if (i < offset || (inShape[i - offset] === 1 && outShape[i] !== 1)) axes.push(i);
  }
  return axes;
}

interface Monomial {
  coefficient: number;
  symbols: string[];
}

function toMonomial(dim: Dim): Monomial {
  if (typeof dim === 'number') return { coefficient: dim, symbols: [] };
  if (dim.includes('+')) return { coefficient: 1, symbols: [dim] }; // a sum is an opaque symbol here
  const factors = dim.split('*');
  const numeric = factors.filter((f) => /^\d+$/.test(f));
  return {
    coefficient: numeric.reduce((c, f) => c * Number(f), 1),
    symbols: factors.filter((f) => !/^\d+$/.test(f)),
  };
}

function fromMonomial(m: Monomial): Dim {
  if (m.symbols.length === 0) return m.coefficient;
  const symbols = [...m.symbols].sort();
  return m.coefficient === 1 ? symbols.join('*') : [String(m.coefficient), ...symbols].join('*');
}

function multiplyDims(dims: Shape): Dim {
  const product: Monomial = { coefficient: 1, symbols: [] };
  for (const dim of dims) {
    const m = toMonomial(dim);
    product.coefficient *= m.coefficient;
    product.symbols.push(...m.symbols);
  }
  return fromMonomial(product);
}

function divideDims(total: Dim, divisor: Dim): Dim {
  const t = toMonomial(total);
  const d = toMonomial(divisor);
  const symbols = [...t.symbols];
  for (const s of d.symbols) {
    const at = symbols.indexOf(s);
    if (at < 0) throw new Error(`cannot divide ${total} by ${divisor}`);
    symbols.splice(at, 1);
  }
  if (t.coefficient % d.coefficient !== 0) throw new Error(`cannot divide ${total} by ${divisor}`);
  return fromMonomial({ coefficient: t.coefficient / d.coefficient, symbols });
}

export function addDims(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (a === 0) return b;
  if (b === 0) return a;
  return `${a}+${b}`;
}

/** Output shape of ONNX Reshape with `target` (0 copies the input dim, -1 is inferred). */
export function reshapeShape(input: Shape, target: readonly number[]): Dim[] {
  const out: Dim[] = target.map((d, i) => (d === 0 ? input[i] : d));
  const inferred = target.indexOf(-1);
  if (inferred >= 0) {
    const known = out.filter((_, i) => i !== inferred);
    out[inferred] = divideDims(multiplyDims(input), multiplyDims(known));
  } else if (String(multiplyDims(out)) !== String(multiplyDims(input))) {
    throw new Error(`cannot reshape ${formatShape(input)} to ${formatShape(out)}`);
  }
  return out;
}

export function normalizeAxis(axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) throw new Error(`axis ${axis} out of range for rank ${rank}`);
  return a;
}
