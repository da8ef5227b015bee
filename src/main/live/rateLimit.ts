/**
 * Token buckets: each key may spend `burst` requests at once and regains `perSecond` per second.
 * Keys are participant tokens or remote addresses; the map is capped so a flood of new keys
 * cannot grow memory without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly burst: number;
  private readonly perSecond: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(opts: { burst: number; perSecond: number; maxKeys?: number; now?: () => number }) {
    this.burst = opts.burst;
    this.perSecond = opts.perSecond;
    this.maxKeys = opts.maxKeys ?? 10_000;
    this.now = opts.now ?? (() => performance.now());
  }

  /** Spends one token of `key`; false when the bucket is empty (the request must be refused). */
  take(key: string): boolean {
    const now = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      if (this.buckets.size >= this.maxKeys) return false;
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Whether `key` has a token left, without spending it. */
  allows(key: string): boolean {
    const b = this.buckets.get(key);
    return !b || b.tokens + ((this.now() - b.at) / 1000) * this.perSecond >= 1;
  }

  /** Drops buckets that have refilled completely (they hold no information any more). */
  private prune(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
    }
  }
}
