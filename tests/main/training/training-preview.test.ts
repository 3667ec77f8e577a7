import { describe, expect, it } from 'vitest';
import { CALIBRATION, medianStepMs, speedKey } from '../../../src-main/training/training-preview.ts';

/** A clock that each step moves by the next of `durations` (ms). */
function fakeSteps(durations: number[]) {
  let clock = 0;
  let calls = 0;
  const step = async () => {
    clock += durations[calls++];
  };
  return { step, now: () => clock, calls: () => calls };
}

describe('medianStepMs', () => {
  it('takes the median of the timed steps, so one step slowed by other work does not set the estimate', async () => {
    const steps = fakeSteps([100, 900, 120]);
    expect(await medianStepMs(steps.step, steps.now)).toBe(120);
    expect(steps.calls()).toBe(CALIBRATION.steps);
  });

  it('stops once the time budget is spent, with at least one timed step', async () => {
    const slow = fakeSteps([CALIBRATION.budgetMs * 0.6, CALIBRATION.budgetMs * 0.6, CALIBRATION.budgetMs * 0.6]);
    expect(await medianStepMs(slow.step, slow.now)).toBe(CALIBRATION.budgetMs * 0.6);
    expect(slow.calls()).toBe(2); // the second step ends past the budget

    const verySlow = fakeSteps([CALIBRATION.budgetMs * 3]);
    expect(await medianStepMs(verySlow.step, verySlow.now)).toBe(CALIBRATION.budgetMs * 3);
    expect(verySlow.calls()).toBe(1);
  });
});

describe('speedKey', () => {
  const config = { vocabSize: 300, nPositions: 256, nEmbd: 16, nLayer: 1, nHead: 2, layerNormEpsilon: 1e-5 };
  const batch = { batchSize: 4, sequenceLength: 40 };

  it('is the same for the same model shape, batch shape and threads, whatever else the objects carry', () => {
    const withExtras = { ...batch, tokens: new Int32Array(160), lossMask: new Uint8Array(160) };
    expect(speedKey({ ...config }, withExtras, 2)).toBe(speedKey(config, batch, 2));
  });

  it('differs when anything a step costs differs: the model shape, the vocabulary, the batch shape or the threads', () => {
    const key = speedKey(config, batch, 2);
    const others = [
      speedKey({ ...config, nLayer: 2 }, batch, 2),
      speedKey({ ...config, nEmbd: 32 }, batch, 2),
      speedKey({ ...config, vocabSize: 301 }, batch, 2), // a compacted vocabulary that grew with the KB
      speedKey(config, { batchSize: 2, sequenceLength: 80 }, 2), // same tokens, another shape
      speedKey(config, batch, 1),
    ];
    for (const other of others) expect(other).not.toBe(key);
    expect(new Set(others).size).toBe(others.length);
  });
});
