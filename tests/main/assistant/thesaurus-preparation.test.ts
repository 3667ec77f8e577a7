// This file must run in a module registry of its own (vitest isolates test files): the thesaurus is
// prepared once per process, and these tests watch it happen.
import { describe, expect, it } from 'vitest';
import { thesaurusPreparation } from '../../../src-main/assistant/analysis-tables.ts';
import { analyze } from '../../../src-main/assistant/text-analysis.ts';

describe('thesaurus preparation', () => {
  it('comes in many short steps that a warm-up runs between turns of the event loop, and analyze() finishes what is left', () => {
    const warmup = thesaurusPreparation();
    let steps = 0;
    while (steps < 5 && !warmup.next().done) steps++;
    expect(steps).toBe(5);

    // A question arrives mid-way: analysis needs the whole thesaurus and prepares the rest at once.
    const bike = analyze('bike').synonyms;
    expect([...analyze('bicycle').synonyms.keys()].filter((group) => bike.has(group))).not.toEqual([]);
    // The paused warm-up then has nothing left to do, and neither has a new one.
    expect(warmup.next().done).toBe(true);
    expect(thesaurusPreparation().next().done).toBe(true);
  });
});
