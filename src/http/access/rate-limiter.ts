/**
 * Counts requests per key (an API key's id, a client address, a webhook integration and client)
 * and says whether one more is allowed. Runtime-free: the Node runtime counts in memory
 * (src/runtime/node/memory-rate-limiter.ts), Workers use Cloudflare's rate-limiting binding
 * (src/runtime/worker/binding-rate-limiter.ts).
 */
export interface RateLimiter {
  /** Charges `cost` units (default 1: one request) to `key`; refused when fewer are left. */
  limit(key: string, cost?: number): Promise<RateLimitOutcome>
  /** The quota, for the RateLimit-Policy header: `limit` units per `periodSeconds`. */
  readonly policy?: RateLimitPolicy
}

export interface RateLimitPolicy {
  limit: number
  periodSeconds: number
}

/**
 * Bytes per cost unit: a request costs one unit, plus one for every further started 64 KiB of
 * body it sends, so that a 1 MiB body costs what 16 small requests cost.
 */
export const COST_UNIT_BYTES = 64 * 1024

/** The units a body of `bytes` costs in all (at least 1: the request itself). */
export function costOfBytes(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / COST_UNIT_BYTES))
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
