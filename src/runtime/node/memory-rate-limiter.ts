import type { RateLimiter, RateLimitOutcome, RateLimitPolicy } from '../../http/index.js'

export interface MemoryRateLimiterOptions {
  /** Requests allowed per period (the bucket's size). */
  limit: number
  /** Seconds in which a full bucket refills. */
  periodSeconds: number
  /** Keys tracked at most; the least recently used are forgotten beyond it. Default 10000. */
  maxKeys?: number
  /** Milliseconds, monotonic enough. Default `Date.now`. */
  now?: () => number
}

interface Bucket {
  tokens: number
  updated: number
}

/**
 * The Node runtime's rate limiter, in process memory: a token bucket per key, holding `limit`
 * tokens and refilling at `limit` per `periodSeconds`, so a client may burst up to `limit`
 * requests and then goes on at the average rate. `retryAfter` is the time until one token is
 * back. Memory is bounded: at most `maxKeys` buckets, the least recently used are dropped
 * (a dropped key starts again with a full bucket). One process, one count: instances behind a
 * load balancer each count their own share.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly capacity: number
  private readonly perMs: number
  private readonly maxKeys: number
  private readonly now: () => number
  readonly policy: RateLimitPolicy

  constructor(options: MemoryRateLimiterOptions) {
    this.policy = { limit: options.limit, periodSeconds: options.periodSeconds }
    this.capacity = options.limit
    this.perMs = options.limit / (options.periodSeconds * 1000)
    this.maxKeys = Math.max(1, options.maxKeys ?? 10_000)
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.buckets.size
  }

  async limit(key: string, cost = 1): Promise<RateLimitOutcome> {
    // A cost above the bucket's size takes the whole bucket: it is allowed once the bucket is full.
    const charge = Math.min(cost, this.capacity)
    const now = this.now()
    const previous = this.buckets.get(key)
    const tokens = previous ? Math.min(this.capacity, previous.tokens + Math.max(0, now - previous.updated) * this.perMs) : this.capacity
    // Re-inserted, so that the Map's order is the order of last use.
    this.buckets.delete(key)
    if (tokens >= charge) {
      this.remember(key, { tokens: tokens - charge, updated: now })
      return { success: true, remaining: Math.floor(tokens - charge), reset: this.secondsToFull(tokens - charge) }
    }
    this.remember(key, { tokens, updated: now })
    return {
      success: false,
      retryAfter: Math.max(1, Math.ceil((charge - tokens) / this.perMs / 1000)),
      remaining: Math.floor(tokens),
      reset: this.secondsToFull(tokens),
    }
  }

  /** Seconds until a bucket holding `tokens` is full again. */
  private secondsToFull(tokens: number): number {
    return Math.ceil((this.capacity - tokens) / this.perMs / 1000)
  }

  private remember(key: string, bucket: Bucket): void {
    this.buckets.set(key, bucket)
    for (const oldest of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break
      this.buckets.delete(oldest)
    }
  }
}
