import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../src-main/server/rate-limiter.ts';

describe('TokenBucket', () => {
  describe('take()', () => {
    it('allows a burst, then refills at the sustained rate', () => {
      let now = 0;
      const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, () => now);
      expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
      now += 499; // 0.998 tokens: not yet one
      expect(bucket.take()).toBe(false);
      now += 2;
      expect(bucket.take()).toBe(true);
      now += 60_000; // never more than the burst after a long pause
      expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    });
  });
});
