/**
 * Counts requests per key (an API key's id, a client address, a webhook integration and client)
 * and says whether one more is allowed. Runtime-free: the Node runtime counts in memory
 * (src/runtime/node/memory-rate-limiter.ts), Workers use Cloudflare's rate-limiting binding
 * (src/runtime/worker/binding-rate-limiter.ts).
 */
export interface RateLimiter {
  limit(key: string): Promise<RateLimitOutcome>
}

export interface RateLimitOutcome {
  success: boolean
  /** When refused: whole seconds until a request can succeed again (the `Retry-After` header). */
  retryAfter?: number
}
