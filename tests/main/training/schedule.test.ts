import { describe, expect, it } from 'vitest';
import { learningRate } from '../../../src-main/training/schedule.ts';

const cfg = { maxLr: 6e-4, minLr: 6e-5, warmupSteps: 10, decaySteps: 110 };

describe('learningRate()', () => {
  it('rises linearly during warmup and never starts at zero', () => {
    expect(learningRate(0, cfg)).toBeCloseTo(6e-4 / 11, 12);
    expect(learningRate(4, cfg)).toBeCloseTo((6e-4 * 5) / 11, 12);
    expect(learningRate(9, cfg)).toBeCloseTo((6e-4 * 10) / 11, 12);
  });

  it('starts the cosine at the peak and reaches the floor at decaySteps', () => {
    expect(learningRate(10, cfg)).toBeCloseTo(6e-4, 12);
    expect(learningRate(60, cfg)).toBeCloseTo((6e-4 + 6e-5) / 2, 12); // half-way: cos(π/2) = 0
    expect(learningRate(35, cfg)).toBeCloseTo(6e-5 + 0.5 * (1 + Math.SQRT1_2) * (6e-4 - 6e-5), 12);
    expect(learningRate(110, cfg)).toBeCloseTo(6e-5, 12);
  });

  it('stays at the floor after decaySteps', () => {
    expect(learningRate(500, cfg)).toBe(6e-5);
  });

  it('decays monotonically after warmup', () => {
    const values = Array.from({ length: 100 }, (_, i) => learningRate(10 + i, cfg));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
  });

  it('handles a run with no warmup', () => {
    expect(learningRate(0, { ...cfg, warmupSteps: 0 })).toBeCloseTo(6e-4, 12);
  });
});
