import { describe, expect, it } from 'vitest';
import { AdamW, GradientAccumulator, globalNorm, isDecayed } from '../../../src-main/training/optimizer.ts';

const config = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.1, maxGradNorm: 0 };

function tensors() {
  return new Map([
    ['h.0.mlp.c_fc.weight', { shape: [2, 2], data: new Float32Array([0.5, -1, 2, 0]) }],
    ['h.0.mlp.c_fc.bias', { shape: [2], data: new Float32Array([0.1, -0.2]) }],
  ]);
}
const grads = () =>
  new Map([
    ['h.0.mlp.c_fc.weight', { data: new Float32Array([0.2, -0.4, 0, 1.5]) }],
    ['h.0.mlp.c_fc.bias', { data: new Float32Array([-0.3, 0.05]) }],
  ]);

describe('AdamW', () => {
  describe('update()', () => {
    it('matches a hand-computed first and second step', () => {
      const weights = tensors();
      const adam = new AdamW(weights, config);
      const lr = 0.01;
      adam.update(weights, grads(), lr);
      // Step 1: m̂ = g, v̂ = g², so p ← p·(1 − lr·wd) − lr·g/(|g| + eps); the bias is not decayed.
      expect([...weights.get('h.0.mlp.c_fc.weight')!.data]).toEqual(
        [0.5 * 0.999 - 0.01, -1 * 0.999 + 0.01, 2 * 0.999 - 0, 0 - 0.01].map((x) => expect.closeTo(x, 6)),
      );
      expect([...weights.get('h.0.mlp.c_fc.bias')!.data]).toEqual([0.11, -0.21].map((x) => expect.closeTo(x, 6)));

      // Step 2, first element with g = 0.1 after g = 0.2, written out in float64:
      const g2 = grads();
      g2.get('h.0.mlp.c_fc.weight')!.data[0] = 0.1;
      const before = weights.get('h.0.mlp.c_fc.weight')!.data[0];
      adam.update(weights, g2, lr);
      const m = 0.9 * (0.1 * 0.2) + 0.1 * 0.1; // 0.028
      const v = 0.999 * (0.001 * 0.04) + 0.001 * 0.01; // 4.996e-5
      const mHat = m / (1 - 0.9 ** 2); // 0.147368…
      const vHat = v / (1 - 0.999 ** 2); // 0.0249925…
      const expected = before * (1 - lr * 0.1) - (lr * mHat) / (Math.sqrt(vHat) + 1e-8);
      expect(weights.get('h.0.mlp.c_fc.weight')!.data[0]).toBeCloseTo(expected, 6);
      expect(adam.state.step).toBe(2);
    });

    it('clips the gradient to the global norm and reports the norm before clipping', () => {
      const weights = tensors();
      const adam = new AdamW(weights, { ...config, maxGradNorm: 0.5 });
      const g = grads();
      const norm = Math.sqrt(0.04 + 0.16 + 0 + 2.25 + 0.09 + 0.0025);
      const stats = adam.update(weights, g, 0.01);
      expect(stats.gradNorm).toBeCloseTo(norm, 6);
      expect(stats.clipCoef).toBeCloseTo(0.5 / norm, 5);
      // The moments saw the clipped gradient: m = (1 − β1)·g·coef.
      expect(adam.state.m.get('h.0.mlp.c_fc.bias')![0]).toBeCloseTo(0.1 * -0.3 * (0.5 / norm), 7);
    });

    it('applies gradScale before clipping', () => {
      const weights = tensors();
      const adam = new AdamW(weights, { ...config, maxGradNorm: 100 });
      const stats = adam.update(weights, grads(), 0.01, 0.5);
      expect(stats.gradNorm).toBeCloseTo(0.5 * globalNorm(grads()), 6);
      expect(adam.state.m.get('h.0.mlp.c_fc.bias')![0]).toBeCloseTo(0.1 * -0.3 * 0.5, 7);
    });

    it('refuses a state that does not match the weights', () => {
      const weights = tensors();
      const state = { step: 0, m: new Map(), v: new Map() };
      expect(() => new AdamW(weights, config, state)).toThrow(/does not match/);
    });
  });
});

describe('isDecayed()', () => {
  it('decays matrices and embeddings but not biases or LayerNorm', () => {
    expect(isDecayed([50257, 768])).toBe(true);
    expect(isDecayed([768, 2304])).toBe(true);
    expect(isDecayed([768])).toBe(false);
  });
});

describe('GradientAccumulator', () => {
  describe('take()', () => {
    it('passes a single micro-batch through unscaled', () => {
      const acc = new GradientAccumulator();
      const g = grads();
      acc.add(g, 7);
      const { grads: out, scale, tokens } = acc.take();
      expect(out).toBe(g);
      expect(scale).toBe(1);
      expect(tokens).toBe(7);
    });

    it('weights micro-batches by their token counts so the result is the mean over all tokens', () => {
      const acc = new GradientAccumulator();
      const a = new Map([['w', { data: new Float32Array([1, 2]) }]]);
      const b = new Map([['w', { data: new Float32Array([4, -1]) }]]);
      acc.add(a, 1);
      acc.add(b, 3);
      const { grads: out, scale, tokens } = acc.take();
      expect(tokens).toBe(4);
      expect([...out.get('w')!.data].map((x) => x * scale)).toEqual([(1 + 12) / 4, (2 - 3) / 4]);
      // The next step starts from zero, not from the previous sums.
      acc.add(a, 2);
      acc.add(a, 2);
      const second = acc.take();
      expect([...second.grads.get('w')!.data].map((x) => x * second.scale)).toEqual([1, 2]);
    });
  });
});
