// Checks autodiff gradients against central finite differences, in float64 on real onnxruntime-node.
import * as ort from 'onnxruntime-node';
import { GraphBuilder, type Value } from '../../../src-main/model/onnx/graph-builder.ts';
import { gradients } from '../../../src-main/training/autodiff.ts';
import { createSession, tensorOf, type Feed } from '../model/onnx/run-graph.ts';

export interface Param {
  name: string;
  shape: number[];
  data: number[];
}

export interface GradientCheck {
  /** max over checked elements of |analytic − numeric| / max(1, |numeric|) */
  maxError: number;
  checked: number;
}

/** Deterministic values in about [-scale, scale]. */
export function wave(size: number, seed: number, scale = 1): number[] {
  return Array.from(
    { length: size },
    (_, i) => scale * Math.sin(1.7 * i + 0.3 + seed * 2.1) * Math.cos(0.37 * i * seed + 1),
  );
}

/**
 * `build` turns the float64 parameters into a tensor; a fixed random projection reduces it to the scalar loss
 * (a scalar result is used as it is).
 */
export async function checkGradients(
  build: (g: GraphBuilder, params: Value[]) => Value,
  params: Param[],
  options: { extraFeeds?: Record<string, Feed>; maxElementsPerParam?: number; h?: number } = {},
): Promise<GradientCheck> {
  const g = new GraphBuilder('gradient_check');
  const values = params.map((p) => g.input(p.name, 'float64', p.shape));
  const out = build(g, values);
  const loss = out.rank === 0 ? out : project(g, out);
  const grads = gradients(g, loss, values);
  g.output(loss, 'loss');
  values.forEach((v, i) => g.output(grads.get(v)!, `grad.${params[i].name}`));
  const session = await createSession(g);
  try {
    const fixed = Object.fromEntries(Object.entries(options.extraFeeds ?? {}).map(([k, f]) => [k, tensorOf(f)]));
    return await compareWithFiniteDifferences(session, fixed, params, options);
  } finally {
    await session.release();
  }
}

/**
 * For a session with float64 inputs `params[i].name`, a scalar output `loss` and outputs `grad.<name>`: nudges each
 * parameter element (all, or `maxElementsPerParam` — a number or one per parameter name — spread over the tensor)
 * by ±h and compares the loss difference with the analytic gradient.
 */
export async function compareWithFiniteDifferences(
  session: ort.InferenceSession,
  fixedFeeds: Record<string, ort.Tensor>,
  params: Param[],
  options: { maxElementsPerParam?: number | ((name: string) => number); h?: number } = {},
): Promise<GradientCheck> {
  const h = options.h ?? 1e-6;
  const limit = options.maxElementsPerParam ?? Infinity;
  const feedsOf = (data: Float64Array[]) => ({
    ...fixedFeeds,
    ...Object.fromEntries(params.map((p, i) => [p.name, new ort.Tensor('float64', data[i], p.shape)])),
  });
  const base = params.map((p) => Float64Array.from(p.data));
  const analytic = await session.run(feedsOf(base));
  const lossAt = async (data: Float64Array[]) => ((await session.run(feedsOf(data))).loss.data as Float64Array)[0];
  let maxError = 0;
  let checked = 0;
  for (const [i, p] of params.entries()) {
    const grad = analytic[`grad.${p.name}`].data as Float64Array;
    const count = Math.min(p.data.length, typeof limit === 'function' ? limit(p.name) : limit);
    for (let k = 0; k < count; k++) {
      const element = Math.floor((k * p.data.length) / count);
      const original = base[i][element];
      base[i][element] = original + h;
      const plus = await lossAt(base);
      base[i][element] = original - h;
      const minus = await lossAt(base);
      base[i][element] = original;
      const numeric = (plus - minus) / (2 * h);
      maxError = Math.max(maxError, Math.abs(grad[element] - numeric) / Math.max(1, Math.abs(numeric)));
      checked++;
    }
  }
  return { maxError, checked };
}

/** Σ out ⊙ R for a fixed R: every output element gets a distinct weight in the loss. */
function project(g: GraphBuilder, out: Value): Value {
  const size = out.shape.reduce<number>((a, d) => a * (d as number), 1);
  const flat = g.reshape(out, [1, size]);
  const r = g.constant(wave(size, 9), 'float64', [size, 1]);
  return g.reshape(g.matmul(flat, r), []);
}
