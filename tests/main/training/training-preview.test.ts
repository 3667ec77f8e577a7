import { describe, expect, it } from 'vitest';
import { CALIBRATION, medianStepMs } from '../../../src-main/training/training-preview.ts';

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
