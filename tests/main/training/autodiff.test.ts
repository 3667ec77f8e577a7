import { describe, expect, it } from 'vitest';
import { DIFFERENTIABLE_OPS, GraphBuilder } from '../../../src-main/model/onnx/graph-builder.ts';
import { GRADIENT_RULES, gradients } from '../../../src-main/training/autodiff.ts';
import { checkGradients, wave, type Param } from './finite-differences.ts';

// Float64 graphs, h = 1e-6: the central difference is exact to ~1e-9 here, so 1e-7 catches any wrong term.
const TOLERANCE = 1e-7;

const param = (name: string, shape: number[], seed: number, scale = 1): Param => ({
  name,
  shape,
  data: wave(
    shape.reduce((a, b) => a * b, 1),
    seed,
    scale,
  ),
});

async function expectGradientsMatch(...args: Parameters<typeof checkGradients>): Promise<void> {
  const { maxError, checked } = await checkGradients(...args);
  expect(checked).toBeGreaterThan(0);
  expect(maxError).toBeLessThan(TOLERANCE);
}

describe('autodiff', () => {
  describe('GRADIENT_RULES', () => {
    it('has a rule for every differentiable op of the builder', () => {
      expect(Object.keys(GRADIENT_RULES).sort()).toEqual([...DIFFERENTIABLE_OPS].sort());
    });
  });

  describe('gradients() vs central finite differences', () => {
    it('add, sub, mul and div with broadcasting on both sides', async () => {
      await expectGradientsMatch(
        (g, [x, b, c]) => g.div(g.mul(g.sub(g.add(x, b), c), x), g.add(c, g.scalar(3, 'float64'))),
        [param('x', [2, 3, 4], 1), param('b', [4], 2), param('c', [3, 1], 3)],
      );
    });

    for (const [transA, transB] of [
      [false, false],
      [false, true],
      [true, false],
      [true, true],
    ] as const) {
      it(`matmul of 2-D operands with transA=${transA} transB=${transB}`, async () => {
        await expectGradientsMatch(
          (g, [a, b]) => g.matmul(a, b, { transA, transB }),
          [param('a', transA ? [4, 3] : [3, 4], 1), param('b', transB ? [5, 4] : [4, 5], 2)],
        );
      });
    }

    it('batched matmul with a transposed b (attention scores) and without (context)', async () => {
      await expectGradientsMatch(
        (g, [q, k, v]) => g.matmul(g.matmul(q, k, { transB: true }), v),
        [param('q', [2, 2, 3, 4], 1), param('k', [2, 2, 5, 4], 2), param('v', [2, 2, 5, 3], 3)],
      );
    });

    it('matmul of a batched a by one 2-D weight, plain and transposed (tied lm_head)', async () => {
      await expectGradientsMatch(
        (g, [x, w, e]) => g.matmul(g.matmul(x, w), e, { transB: true }),
        [param('x', [2, 3, 4], 1), param('w', [4, 5], 2), param('e', [6, 5], 3)],
      );
    });

    it('reshape, transpose, split (one part unused) and concat', async () => {
      await expectGradientsMatch(
        (g, [x, y]) => {
          const [a, , c] = g.split(g.transpose(g.reshape(x, [2, 3, 4]), [0, 2, 1]), -1, [1, 1, 1]); // (2, 4, 1) each
          return g.concat([a, g.mul(c, c), y], 2);
        },
        [param('x', [6, 4], 1), param('y', [2, 4, 2], 2)],
      );
    });

    it('gather with repeated indices accumulates rows (embedding)', async () => {
      await expectGradientsMatch(
        (g, [table]) => g.gather(table, g.input('ids', 'int64', [2, 3])),
        [param('table', [5, 3], 1)],
        {
          extraFeeds: { ids: { dtype: 'int64', data: [4, 1, 4, 0, 4, 1], dims: [2, 3] } },
        },
      );
    });

    it('where with a broadcast mask', async () => {
      await expectGradientsMatch(
        (g, [x, y]) => g.where(g.cast(g.input('mask', 'int64', [1, 3, 1]), 'bool'), x, y),
        [param('x', [2, 3, 4], 1), param('y', [4], 2)],
        { extraFeeds: { mask: { dtype: 'int64', data: [1, 0, 1], dims: [1, 3, 1] } } },
      );
    });

    it('softmax over the last axis', async () => {
      await expectGradientsMatch((g, [x]) => g.softmax(x), [param('x', [3, 5], 1, 2)]);
    });

    it('layerNorm for input, weight and bias', async () => {
      await expectGradientsMatch(
        (g, [x, w, b]) => g.layerNorm(x, w, b, 1e-5),
        [param('x', [2, 3, 6], 1, 2), param('w', [6], 2), param('b', [6], 3)],
      );
    });

    it('gelu (tanh approximation) across negative and positive inputs', async () => {
      await expectGradientsMatch((g, [x]) => g.gelu(x), [param('x', [4, 10], 1, 4)]);
    });

    it('linearCrossEntropy for x and w, with a partial loss mask and a repeated target', async () => {
      await expectGradientsMatch(
        (g, [x, w]) => g.linearCrossEntropy(x, w, g.input('targets', 'int64', [4]), g.input('weights', 'float64', [4])),
        [param('x', [4, 3], 1, 2), param('w', [7, 3], 2, 2)],
        {
          extraFeeds: {
            targets: { dtype: 'int64', data: [3, 0, 6, 3], dims: [4] },
            weights: { dtype: 'float64', data: [1, 0, 1, 1], dims: [4] },
          },
        },
      );
    });

    it('linearCrossEntropy inside a larger loss (its gradient scaled by an upstream gradient other than 1)', async () => {
      await expectGradientsMatch(
        (g, [x, w]) => {
          const ce = g.linearCrossEntropy(x, w, g.input('targets', 'int64', [3]), g.input('weights', 'float64', [3]));
          return g.mul(ce, g.add(ce, g.scalar(0.5, 'float64'))); // ce² + ce/2: dLoss = 2·ce + 0.5
        },
        [param('x', [3, 4], 3, 2), param('w', [5, 4], 4, 2)],
        {
          extraFeeds: {
            targets: { dtype: 'int64', data: [1, 4, 1], dims: [3] },
            weights: { dtype: 'float64', data: [1, 1, 0.5], dims: [3] },
          },
        },
      );
    });

    it('sums the contributions of a value used several times', async () => {
      await expectGradientsMatch(
        (g, [x, w]) => g.matmul(g.add(g.mul(x, x), x), g.matmul(w, x)),
        [param('x', [3, 3], 1), param('w', [3, 3], 2)],
      );
    });
  });

  describe('gradients()', () => {
    it('refuses an op without a gradient rule on a parameter path', () => {
      const g = new GraphBuilder('t');
      const x = g.input('x', 'float64', [3]);
      const loss = g.reduceSum(g.unaryOp('Tanh', x), [0], false);
      expect(() => gradients(g, loss, [x])).toThrow(/op Tanh has no gradient rule/);
    });

    it('gives zeros for a parameter the loss does not use', async () => {
      const { maxError } = await checkGradients((g, [x]) => g.mul(x, x), [param('x', [2], 1), param('unused', [3], 2)]);
      expect(maxError).toBeLessThan(TOLERANCE);
    });
  });
});
