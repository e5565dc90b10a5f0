/**
 * A token bucket: `ratePerSecond` tokens a second, holding at most `burst`. The fakes use it to
 * enforce the platforms' message limits the way they behave in practice (short bursts pass,
 * a sustained rate above the limit does not).
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
      this.last = now;
    }
  }

  /** Milliseconds until one token is available; 0 when one is available now. */
  waitMs(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) return 0;
    return Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond);
  }

  /** Takes one token; call only after `waitMs` returned 0. */
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }
}
