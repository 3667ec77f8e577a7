import { describe, expect, it, vi } from 'vitest';
import * as grounding from '../../../src-main/training/grounded-prompts.ts';
import { planRun } from '../../../src-main/training/run-plan.ts';
import { resolveSettings } from '../../../src-main/training/training-settings.ts';
import { tinyFaq } from './fixtures/tiny-faq.ts';

describe('planRun()', () => {
  it('grounds an unchanged knowledge base once, whatever the settings; after an edited entry, the questions it can move again', async () => {
    const grounded = vi.spyOn(grounding.Grounding.prototype, 'ground');
    const entries = tinyFaq();
    const first = await planRun(null, entries, resolveSettings({}, 'scratch'));
    const again = await planRun(null, tinyFaq(), resolveSettings({ learningRate: 1e-4, batchTokens: 256 }, 'scratch'));
    expect(grounded).toHaveBeenCalledTimes(1);
    expect(again.plan.train).toEqual(first.plan.train);
    expect(again.prompt(entries[0], entries[0].question)).toBe(first.prompt(entries[0], entries[0].question));

    const edited = tinyFaq();
    edited[0] = { ...edited[0], answer: 'Refunds arrive within 7 days.' };
    const after = await planRun(null, edited, resolveSettings({}, 'scratch'));
    expect(grounded).toHaveBeenCalledTimes(2);
    const { ranked, kept } = await grounded.mock.results[1].value;
    expect(ranked).toBeLessThan(ranked + kept);
    expect(after.prompt(edited[1], edited[0].question)).toContain('Refunds arrive within 7 days.');
    grounded.mockRestore();
  }, 60_000);
});
