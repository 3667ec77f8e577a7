import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../../../src-main/model/onnx/graph-builder.ts';
import { broadcastAxes, reshapeShape } from '../../../../src-main/model/onnx/dims.ts';
import { runGraph } from './run-graph.ts';

const seq = (n: number, scale = 0.1) => Array.from({ length: n }, (_, i) => Math.sin(i + 1) * scale * (i % 7));

/** Plain JS (M, K)·(K, N) on row-major arrays. */
function matmulJs(a: number[], b: number[], M: number, K: number, N: number): number[] {
  const out = new Array<number>(M * N).fill(0);
  for (let m = 0; m < M; m++)
    for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) out[m * N + n] += a[m * K + k] * b[k * N + n];
  return out;
}

function transpose2d(x: number[], rows: number, cols: number): number[] {
  const out = new Array<number>(x.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = x[r * cols + c];
  return out;
}

describe('GraphBuilder', () => {
  describe('matmul()', () => {
    for (const [transA, transB] of [
      [false, false],
      [false, true],
      [true, false],
      [true, true],
    ] as const) {
      it(`multiplies 2-D operands with transA=${transA} transB=${transB}`, async () => {
        const [M, K, N] = [3, 4, 5];
        const g = new GraphBuilder('t');
        const a = g.input('a', 'float64', transA ? [K, M] : [M, K]);
        const b = g.input('b', 'float64', transB ? [N, K] : [K, N]);
        const y = g.matmul(a, b, { transA, transB });
        expect(y.shape).toEqual([M, N]);
        g.output(y, 'y');
        const av = seq(M * K);
        const bv = seq(K * N, 0.3);
        const out = await runGraph(g, {
          a: { dtype: 'float64', data: transA ? transpose2d(av, M, K) : av, dims: transA ? [K, M] : [M, K] },
          b: { dtype: 'float64', data: transB ? transpose2d(bv, K, N) : bv, dims: transB ? [N, K] : [K, N] },
        });
        const expected = matmulJs(av, bv, M, K, N);
        out.y.data.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
      });
    }

    it('multiplies batched operands with a transposed b, and a 3-D a by a 2-D weight', async () => {
      const g = new GraphBuilder('t');
      const q = g.input('q', 'float32', ['batch_size', 2, 3, 4]);
      const k = g.input('k', 'float32', ['batch_size', 2, 5, 4]);
      const scores = g.matmul(q, k, { transB: true });
      expect(scores.shape).toEqual(['batch_size', 2, 3, 5]);
      const w = g.input('w', 'float32', [5, 6]);
      const projected = g.matmul(scores, w);
      expect(projected.shape).toEqual(['batch_size', 2, 3, 6]);
      g.output(projected, 'y');
      const qv = seq(24);
      const kv = seq(40, 0.2);
      const wv = seq(30, 0.5);
      const out = await runGraph(g, {
        q: { dtype: 'float32', data: qv, dims: [1, 2, 3, 4] },
        k: { dtype: 'float32', data: kv, dims: [1, 2, 5, 4] },
        w: { dtype: 'float32', data: wv, dims: [5, 6] },
      });
      for (let h = 0; h < 2; h++) {
        const s = matmulJs(qv.slice(h * 12, h * 12 + 12), transpose2d(kv.slice(h * 20, h * 20 + 20), 5, 4), 3, 4, 5);
        const expected = matmulJs(s, wv, 3, 5, 6);
        expected.forEach((v, i) => expect(out.y.data[h * 18 + i]).toBeCloseTo(v, 5));
      }
    });

    it('rejects mismatched inner dimensions with both shapes in the message', () => {
      const g = new GraphBuilder('t');
      const a = g.input('a', 'float32', [3, 4]);
      const b = g.input('b', 'float32', [5, 6]);
      expect(() => g.matmul(a, b)).toThrow('matmul: cannot multiply [3, 4] by [5, 6]');
    });
  });

  describe('add()', () => {
    it('broadcasts like NumPy and records which axes were broadcast', () => {
      const g = new GraphBuilder('t');
      const x = g.input('x', 'float32', ['batch_size', 'sequence_length', 8]);
      const b = g.input('b', 'float32', [8]);
      const y = g.add(x, b);
      expect(y.shape).toEqual(['batch_size', 'sequence_length', 8]);
      expect(g.tape.at(-1)).toMatchObject({ op: 'add', saved: { axesA: [], axesB: [0, 1] } });
      expect(() => g.add(x, g.input('c', 'float32', [7]))).toThrow(/cannot broadcast/);
      expect(() => g.add(x, g.input('d', 'float64', [8]))).toThrow(/mixes float32 and float64/);
    });
  });

  describe('reshape()', () => {
    it('infers -1 symbolically and copies 0 dims', () => {
      expect(reshapeShape(['batch_size', 'sequence_length', 12], [-1, 12])).toEqual(['batch_size*sequence_length', 12]);
      expect(reshapeShape(['batch_size', 'sequence_length', 12], [0, 0, 3, 4])).toEqual([
        'batch_size',
        'sequence_length',
        3,
        4,
      ]);
      expect(reshapeShape(['batch_size', 'sequence_length', 3, 4], [-1, 4])).toEqual([
        '3*batch_size*sequence_length',
        4,
      ]);
      expect(reshapeShape(['3*batch_size*sequence_length', 4], [-1, 12])).toEqual(['batch_size*sequence_length', 12]);
      expect(() => reshapeShape([2, 6], [5, 2])).toThrow(/cannot reshape/);
      expect(broadcastAxes([1, 8], ['batch_size', 4, 8])).toEqual([0, 1]);
    });
  });

  describe('linearCrossEntropy()', () => {
    it('computes the weighted mean negative log-likelihood of x·wᵀ as one tape entry', async () => {
      const g = new GraphBuilder('t');
      const x = g.input('x', 'float64', [3, 2]);
      const w = g.input('w', 'float64', [4, 2]);
      const targets = g.input('targets', 'int64', [3]);
      const weights = g.input('weights', 'float64', [3]);
      const before = g.tape.length;
      g.output(g.linearCrossEntropy(x, w, targets, weights), 'loss');
      expect(g.tape.slice(before).map((e) => e.op)).toEqual(['linearCrossEntropy']);
      const xv = seq(6, 3);
      const wv = seq(8, 2);
      const out = await runGraph(g, {
        x: { dtype: 'float64', data: xv, dims: [3, 2] },
        w: { dtype: 'float64', data: wv, dims: [4, 2] },
        targets: { dtype: 'int64', data: [2, 0, 3], dims: [3] },
        weights: { dtype: 'float64', data: [1, 0, 1], dims: [3] },
      });
      const logits = matmulJs(xv, transpose2d(wv, 4, 2), 3, 2, 4);
      const nll = (row: number, target: number) => {
        const r = logits.slice(row * 4, row * 4 + 4);
        return Math.log(r.reduce((s, v) => s + Math.exp(v), 0)) - r[target];
      };
      expect(out.loss.data[0]).toBeCloseTo((nll(0, 2) + nll(2, 3)) / 2, 12);
    });
  });

  describe('toModel()', () => {
    it('names values uniquely within scopes, renames outputs and drops nodes no output needs', () => {
      const g = new GraphBuilder('t');
      const x = g.input('x', 'float32', [2, 2]);
      const [a, b] = g.within('block', () => [g.add(x, x), g.add(x, x)]);
      expect([a.name, b.name]).toEqual(['block/add', 'block/add_1']);
      g.mul(x, x); // unused
      g.output(a, 'y');
      const model = g.toModel();
      expect(model.graph.nodes.map((n) => n.opType)).toEqual(['Add']);
      expect(model.graph.nodes[0].outputs).toEqual(['y']);
      expect(model.graph.outputs.map((o) => o.name)).toEqual(['y']);
      expect(() => g.output(x, 'x2')).toThrow(/already an input/);
    });
  });
});
