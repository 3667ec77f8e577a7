// Runs a GraphBuilder graph on real onnxruntime-node (1 thread) with plain-array feeds.
import * as ort from 'onnxruntime-node';
import type { GraphBuilder } from '../../../../src-main/model/onnx/graph-builder.ts';
import { encodeOnnxModel } from '../../../../src-main/model/onnx/onnx-model-writer.ts';

export type Feed = { dtype: 'float32' | 'float64' | 'int64'; data: ArrayLike<number>; dims: number[] };

export function tensorOf(feed: Feed): ort.Tensor {
  if (feed.dtype === 'int64')
    return new ort.Tensor(
      'int64',
      BigInt64Array.from(Array.from(feed.data), (v) => BigInt(v)),
      feed.dims,
    );
  const data = feed.dtype === 'float64' ? Float64Array.from(feed.data) : Float32Array.from(feed.data);
  return new ort.Tensor(feed.dtype, data, feed.dims);
}

export async function createSession(g: GraphBuilder): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(encodeOnnxModel(g.toModel()), { intraOpNumThreads: 1 });
}

/** Builds the session, runs once, releases; returns every output as a number array plus its dims. */
export async function runGraph(
  g: GraphBuilder,
  feeds: Record<string, Feed>,
): Promise<Record<string, { data: number[]; dims: readonly number[] }>> {
  const session = await createSession(g);
  try {
    const result = await session.run(Object.fromEntries(Object.entries(feeds).map(([k, f]) => [k, tensorOf(f)])));
    return Object.fromEntries(
      Object.entries(result).map(([k, t]) => [
        k,
        { data: Array.from(t.data as ArrayLike<number | bigint>, Number), dims: t.dims },
      ]),
    );
  } finally {
    await session.release();
  }
}
