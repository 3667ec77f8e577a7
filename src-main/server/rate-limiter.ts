export interface RateLimit {
  /** Requests allowed back to back. */
  burst: number;
  /** Sustained requests per second. */
  perSecond: number;
}

/** Generous for a person (the UI fires a few calls per keystroke) but stops a runaway script on one connection. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 200, perSecond: 100 };

/** Token bucket: each request takes one token; tokens refill continuously up to `burst`. */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limit.burst;
    this.refilledAt = now();
  }

  /** Takes one token; false when the connection is over its limit. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.limit.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
