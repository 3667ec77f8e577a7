import { describe, expect, it } from 'vitest';
import { calibrateThresholds } from '../../../src-main/assistant/calibrate-thresholds.ts';

const inScope = (confidence: number, right = true) => ({ expect: 'a', top: right ? 'a' : 'b', confidence });
const offTopic = (confidence: number) => ({ expect: null, top: 'a', confidence });
const DEFAULTS = { generated: 0.42, faq: 0.65 };

describe('calibrateThresholds', () => {
  it('moves the draft threshold to where in-scope answered and off-topic handed off balance best', () => {
    // In-scope questions of this KB score 0.30–0.75; off-topic ones at most 0.28 but one at 0.5.
    const cases = [
      ...[0.3, 0.32, 0.35, 0.38, 0.4, 0.45, 0.5, 0.6, 0.7, 0.75].map((c) => inScope(c)),
      ...[0.05, 0.1, 0.2, 0.25, 0.28, 0.5].map(offTopic),
    ];
    const { current, suggested } = calibrateThresholds(cases, DEFAULTS);
    expect(current).toMatchObject({ answeredInScope: 0.5, handedOffOutOfScope: 5 / 6 });
    // Any threshold in (0.28, 0.30] answers every in-scope question and hands off 5 of 6 off-topic ones.
    expect(suggested.thresholds.generated).toBe(0.29);
    expect(suggested).toMatchObject({ answeredInScope: 1, handedOffOutOfScope: 5 / 6 });
  });

  it('keeps the current draft threshold when no other splits the set better', () => {
    const cases = [...Array.from({ length: 10 }, (_, i) => inScope(0.5 + i * 0.04)), ...[0.1, 0.2, 0.3, 0.35, 0.4].map(offTopic)];
    // Everything in (0.40, 0.50] separates the set perfectly; 0.42 is one of them.
    expect(calibrateThresholds(cases, DEFAULTS).suggested.thresholds.generated).toBe(0.42);
  });

  it('counts a case handed off for a marked example as handed off at every threshold, not by its confidence', () => {
    // The off-topic question at 0.9 is marked: no threshold answers it, so none needs to rise above 0.9 for it,
    // and the wrong top it would have given counts against no verbatim threshold.
    const marked = { ...offTopic(0.9), marked: true as const };
    const cases = [...Array.from({ length: 10 }, (_, i) => inScope(0.5 + i * 0.04)), ...[0.1, 0.2, 0.3, 0.35].map(offTopic), marked];
    const { current, suggested } = calibrateThresholds(cases, DEFAULTS);
    expect(current).toMatchObject({ answeredInScope: 1, handedOffOutOfScope: 1, faqPrecision: 1 });
    expect(suggested.thresholds.generated).toBe(0.42);
    expect(calibrateThresholds([...cases.slice(0, -1), offTopic(0.9)], DEFAULTS).current.handedOffOutOfScope).toBe(0.8);
  });

  it('puts the verbatim threshold where 95 % of the answers above it come from the expected entry', () => {
    // Wrong tops at 0.62 and 0.7: above 0.7 every answer is right.
    const cases = [
      ...[0.5, 0.55, 0.6, 0.75, 0.8, 0.85, 0.9, 0.95, 1].map((c) => inScope(c)),
      inScope(0.62, false),
      inScope(0.7, false),
      ...[0.1, 0.1, 0.2, 0.2, 0.3].map(offTopic),
    ];
    const { current, suggested } = calibrateThresholds(cases, DEFAULTS);
    expect(current.faqPrecision).toBeCloseTo(6 / 7);
    expect(suggested.thresholds.faq).toBe(0.725);
    expect(suggested.faqPrecision).toBe(1);
    expect(suggested.thresholds.faq).toBeGreaterThanOrEqual(suggested.thresholds.generated);
  });

  it('refuses a set too small to say anything about the KB, and says what it needs', () => {
    const cases = [...[0.5, 0.6, 0.7].map((c) => inScope(c)), offTopic(0.1)];
    expect(() => calibrateThresholds(cases, DEFAULTS)).toThrow('needs at least 10 in-scope and 5 off-topic questions ("expect": null); this set has 3 and 1');
  });
});
