import type { RateLimiter, RateLimitOutcome } from './rate-limiter.js'

/** The name of our one quota in the RateLimit fields. */
const POLICY = '"default"'

/**
 * The rate limit as one request meets it: spends units of one key (a batch spends one a
 * document, a body one per further started 64 KiB) and writes what is known of the quota as the IETF draft's fields
 * (draft-ietf-httpapi-ratelimit-headers-10, https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/):
 * `RateLimit-Policy: "default";q=<quota>;w=<window seconds>` and
 * `RateLimit: "default";r=<remaining>;t=<seconds until the quota is full again>`. A limiter that
 * cannot tell what is left (Cloudflare's binding, on success) gets no `RateLimit` field rather
 * than a made-up one.
 */
export class RateMeter {
  private last: RateLimitOutcome | undefined

  constructor(
    private readonly limiter: RateLimiter,
    private readonly key: string,
  ) {}

  /** Spends `cost` units (a request, a document of a batch: 1; a large body: its further 64 KiB units). */
  async spend(cost = 1): Promise<RateLimitOutcome> {
    const outcome = await this.limiter.limit(this.key, cost)
    this.last = outcome
    return outcome
  }

  headers(): Record<string, string> {
    const headers: Record<string, string> = {}
    const { policy } = this.limiter
    if (policy) headers['ratelimit-policy'] = `${POLICY};q=${policy.limit};w=${policy.periodSeconds}`
    if (this.last?.remaining !== undefined) headers.ratelimit = `${POLICY};r=${this.last.remaining};t=${this.last.reset ?? 0}`
    return headers
  }
}
