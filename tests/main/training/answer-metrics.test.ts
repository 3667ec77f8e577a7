import { describe, expect, it } from 'vitest';
import { characterF1, exactMatch } from '../../../src-main/training/answer-metrics.ts';

describe('exactMatch()', () => {
  it('ignores case, width and whitespace runs', () => {
    expect(exactMatch('  Refunds take 5  days. ', 'refunds take 5 days.')).toBe(true);
    expect(exactMatch('退货需要３０天', '退货需要30天')).toBe(true); // full-width digits fold under NFKC
    expect(exactMatch('Refunds take 5 days', 'Refunds take 6 days')).toBe(false);
  });
});

describe('characterF1()', () => {
  it('is 1 for identical answers and 0 for answers sharing no character', () => {
    expect(characterF1('退货流程', '退货流程')).toBe(1);
    expect(characterF1('abc', 'xyz')).toBe(0);
  });

  it('counts shared characters as a multiset', () => {
    // prediction "aab" vs reference "abc": common = {a, b} = 2; P = 2/3, R = 2/3.
    expect(characterF1('aab', 'abc')).toBeCloseTo(2 / 3, 12);
    // "退货" vs "退货运费": P = 1, R = 1/2 → F1 = 2/3.
    expect(characterF1('退货', '退货运费')).toBeCloseTo(2 / 3, 12);
  });

  it('ignores whitespace and gives 0 for an empty prediction', () => {
    expect(characterF1('a b', 'ab')).toBe(1);
    expect(characterF1('', 'ab')).toBe(0);
  });
});
