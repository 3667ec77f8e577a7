import { beforeAll, describe, expect, it } from 'vitest';
import { previewBench, type PreviewBenchResult } from '../../../src-main/bench/preview-bench.ts';
import { benchCommand, formatFigures } from '../../../src-main/cli/commands/bench.ts';
import { reusableSpeed } from '../../../src-main/training/training-preview.ts';
import { STARTER_CONFIG } from '../../../src-main/training/training-settings.ts';

// `concierge bench preview` in small: a 40-entry KB (32 of the sample FAQ, 8 synthetic) through the app's own
// training:preview. No timing is asserted (timings are noisy): only that every figure is there and what each preview
// reused, which the app's caches decide.
describe('previewBench', () => {
  let result: PreviewBenchResult;

  beforeAll(async () => {
    result = (await previewBench.run({ values: { entries: '40' }, positionals: [], dataDir: '' })) as PreviewBenchResult;
  }, 180_000);

  it('is a kind of `concierge bench`', () => {
    expect(benchCommand.usage).toMatch(/^ {2}preview +the training preview/m);
    expect(formatFigures(result)).toMatch(/^first_preview_ms: \d+$/m);
  });

  it('times the four previews and the cold one\'s phases', () => {
    expect(result.entries).toBe(40);
    for (const figure of ['first_preview_ms', 'settings_change_ms', 'one_edit_ms', 'far_change_ms'] as const) {
      expect(result[figure], figure).toBeGreaterThan(0);
    }
    const { plan_ms, steps_ms, other_ms } = result.cold_phases;
    expect(plan_ms).toBeGreaterThan(0);
    expect(steps_ms).toBeGreaterThan(0); // the cold preview timed steps
    expect(other_ms).toBeGreaterThanOrEqual(0); // the worker's phases are inside the app's call
    expect(plan_ms + steps_ms + other_ms).toBe(result.first_preview_ms);
  });

  it('times steps for the cold preview only when nothing near was kept: a setting and one edit reuse its speed', () => {
    const { measured, tokens: { shapes }, estimate_s } = result;
    expect(measured).toMatchObject({ first_preview: true, settings_change: false, one_edit: false });
    // The learning rate changes neither the data nor what a step costs: the same shapes and estimate.
    expect(shapes.settings_change).toEqual(shapes.first_preview);
    expect(estimate_s.settings_change).toBe(estimate_s.first_preview);
    // A sentence more in one answer: at most a few new tokens.
    expect(shapes.one_edit!.vocab_size).toBeGreaterThanOrEqual(shapes.first_preview!.vocab_size);
    // The doubled KB is timed again exactly when its shapes left the kept (first) speed's reach.
    const shape = (s: typeof shapes.first_preview) => ({ key: 'k', vocabSize: s!.vocab_size, batchSize: s!.batch_size, sequenceLength: s!.sequence_length });
    const reuse = reusableSpeed(STARTER_CONFIG, shape(shapes.far_change), [{ ...shape(shapes.first_preview), tokensPerSecond: 1 }]);
    expect(measured.far_change).toBe(reuse === null);
    expect(estimate_s.far_change).toBeGreaterThan(estimate_s.one_edit!); // twice the data
  });

  it('reports the cold preview\'s data set', () => {
    const { tokens } = result;
    expect(tokens.train_examples).toBeGreaterThanOrEqual(40);
    expect(tokens.validation_examples).toBeGreaterThan(0);
    expect(tokens.loss_tokens_per_epoch).toBeGreaterThan(0);
    expect(tokens.tokens_per_epoch).toBeGreaterThan(tokens.loss_tokens_per_epoch);
    expect(tokens.longest_sequence).toBeGreaterThan(0);
    expect(tokens.batches_per_epoch).toBeGreaterThan(0);
  });
});
