import { describe, expect, it } from 'vitest';
import { retrainedName } from '../../../src-main/shared/version-name.ts';

const DAY = new Date('2026-11-30T23:10:00Z');

describe('retrainedName()', () => {
  it('names a retrain by its family and the day, and a retrain of it the same way instead of growing', () => {
    const first = retrainedName('Starter', DAY, ['Starter']);
    expect(first).toBe('Starter · 2026-11-30');
    const next = retrainedName(first, new Date('2026-12-02T08:00:00Z'), ['Starter', first]);
    expect(next).toBe('Starter · 2026-12-02');
  });

  it('numbers a second and third retrain of the same family on the same day, so every name stays distinct', () => {
    const taken = ['Starter', 'Starter · 2026-11-30'];
    const second = retrainedName('Starter · 2026-11-30', DAY, taken);
    expect(second).toBe('Starter · 2026-11-30 #2');
    expect(retrainedName(second, DAY, [...taken, second])).toBe('Starter · 2026-11-30 #3');
  });

  it('shortens the names older versions got (" + FAQ" once per retrain) and keeps an imported model’s name', () => {
    expect(retrainedName('Starter + FAQ + FAQ + FAQ', DAY, [])).toBe('Starter · 2026-11-30');
    expect(retrainedName('gpt2 (my shop)', DAY, [])).toBe('gpt2 (my shop) · 2026-11-30');
  });
});
