import { describe, expect, it, vi } from 'vitest';
import { STARTER_CONFIG, resolveSettings } from '../../../src-main/training/training-settings.ts';
import * as graph from '../../../src-main/training/training-graph.ts';
import {
  CALIBRATION,
  medianStepMs,
  previewTraining,
  reusableSpeed,
  speedKey,
  stepCostPerToken,
} from '../../../src-main/training/training-preview.ts';
import type { MeasuredSpeed } from '../../../src-main/training/training-protocol.ts';
import { tinyFaq } from './fixtures/tiny-faq.ts';

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

  it('leaves out the vocabulary, which a KB edit moves: reusableSpeed scales for it', () => {
    expect(speedKey({ ...config, vocabSize: 301 }, 2)).toBe(speedKey(config, 2));
  });

  it('differs when the model body or the threads differ', () => {
    const key = speedKey(config, 2);
    const others = [speedKey({ ...config, nLayer: 2 }, 2), speedKey({ ...config, nEmbd: 32 }, 2), speedKey({ ...config, nHead: 4 }, 2), speedKey(config, 1)];
    for (const other of others) expect(other).not.toBe(key);
    expect(new Set(others).size).toBe(others.length);
  });
});

describe('reusableSpeed', () => {
  const config = { ...STARTER_CONFIG, vocabSize: 1200 };
  const key = speedKey(config, 2);
  // Measured on the starter over a 1,155-token vocabulary, 3 × 564 batches.
  const kept = { key, vocabSize: 1155, batchSize: 3, sequenceLength: 564, tokensPerSecond: 10_000 };

  it('scales a kept speed by the cost model to a few more tokens of vocabulary and a slightly longer batch', () => {
    const speed = reusableSpeed(config, { key, vocabSize: 1200, batchSize: 3, sequenceLength: 580 }, [kept]);
    // The cost of a token, 12·L·C² + 1.5·V·C + 4·L·C·T with L = 2, C = 128: 393,216 + 221,760 + 577,536 = 1,192,512
    // measured, 393,216 + 230,400 + 593,920 = 1,217,536 estimated.
    expect(stepCostPerToken({ ...config, vocabSize: 1155 }, 564)).toBe(1_192_512);
    expect(stepCostPerToken(config, 580)).toBe(1_217_536);
    expect(speed).toBeCloseTo((10_000 * 1_192_512) / 1_217_536, 6); // 9,794.5 tokens/s
  });

  it('gives the kept figure itself for the same shapes, and takes the nearest of several', () => {
    const far = { ...kept, vocabSize: 1400, tokensPerSecond: 8_000 };
    expect(reusableSpeed({ ...config, vocabSize: 1155 }, { ...kept }, [far, kept])).toBe(10_000);
    const nearer = reusableSpeed(config, { key, vocabSize: 1390, batchSize: 3, sequenceLength: 564 }, [kept, far])!;
    expect(nearer / 8_000).toBeCloseTo(stepCostPerToken({ ...config, vocabSize: 1400 }, 564) / stepCostPerToken({ ...config, vocabSize: 1390 }, 564), 9);
  });

  it('refuses a speed for another model body or threads, or one whose vocabulary or batch shape moved far', () => {
    const near = { key, vocabSize: 1200, batchSize: 3, sequenceLength: 580 };
    expect(reusableSpeed(config, { ...near, key: speedKey(config, 1) }, [kept])).toBeNull();
    expect(reusableSpeed(config, { ...near, vocabSize: 1400 }, [kept])).toBeNull(); // 21 % more tokens
    expect(reusableSpeed(config, { ...near, sequenceLength: 340, batchSize: 5 }, [kept])).toBeNull(); // much shorter rows
    expect(reusableSpeed(config, { ...near, batchSize: 6 }, [kept])).toBeNull(); // twice the tokens in a step
    expect(reusableSpeed(config, near, [])).toBeNull();
  });
});

describe('previewTraining()', () => {
  const settings = resolveSettings({}, 'scratch');

  it('times steps once, then reuses the speed after an edit that brings a few new tokens; a far change is timed again', async () => {
    const sessions = vi.spyOn(graph, 'createTrainingSession');
    const first = await previewTraining({ base: null, entries: tinyFaq(), settings, threads: 1 });
    expect(first.speed.measured).toBe(true);
    expect(first.phases.stepsMs).toBeGreaterThan(0);
    expect(sessions).toHaveBeenCalledTimes(1);

    const edited = tinyFaq();
    edited[1] = { ...edited[1], answer: 'Yes, we ship to 40 countries, Iceland and Greenland included.' };
    const after = await previewTraining({ base: null, entries: edited, settings, threads: 1, knownSpeeds: [first.speed] });
    expect(after.speed.vocabSize).toBeGreaterThan(first.speed.vocabSize);
    expect(after.speed.vocabSize).toBeLessThan(first.speed.vocabSize * 1.1);
    expect(after.speed).toMatchObject({ key: first.speed.key, measured: false });
    expect(sessions).toHaveBeenCalledTimes(1); // no calibration
    expect(after.phases.stepsMs).toBe(0);
    const scaled = reusableSpeed({ ...STARTER_CONFIG, vocabSize: after.speed.vocabSize }, after.speed, [first.speed]);
    expect(after.preview.estimate.tokensPerSecond).toBe(scaled);
    expect(after.preview.estimate.tokensPerSecond).toBeLessThan(first.speed.tokensPerSecond); // more vocabulary, longer rows

    // Eight times smaller batches: rows of another length and far fewer tokens a step.
    const small = await previewTraining({ base: null, entries: edited, settings: { ...settings, batchTokens: 64 }, threads: 1, knownSpeeds: [first.speed] });
    expect(small.speed.measured).toBe(true);
    expect(sessions).toHaveBeenCalledTimes(2);
    sessions.mockRestore();
  }, 120_000);
});
