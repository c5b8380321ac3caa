/**
 * Counts requests per key (an API key's id, a client address, a webhook integration and client)
 * and says whether one more is allowed. Runtime-free: the Node runtime counts in memory
 * (src/runtime/node/memory-rate-limiter.ts), Workers use Cloudflare's rate-limiting binding
 * (src/runtime/worker/binding-rate-limiter.ts).
 */
export interface RateLimiter {
  limit(key: string): Promise<RateLimitOutcome>
  /** The quota, for the RateLimit-Policy header: `limit` requests per `periodSeconds`. */
  readonly policy?: RateLimitPolicy
}

export interface RateLimitPolicy {
  limit: number
  periodSeconds: number
}

export interface RateLimitOutcome {
  success: boolean
  /** When refused: whole seconds until a request can succeed again (the `Retry-After` header). */
  retryAfter?: number
  /** Requests left in the quota after this one, when the limiter can tell. */
  remaining?: number
  /** Whole seconds until the quota is full again, when the limiter can tell. */
  reset?: number
}
