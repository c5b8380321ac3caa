import type { RateLimiter } from '../../http/index.js'

/**
 * Cloudflare's rate-limiting binding (`[[ratelimits]]` in wrangler.toml): `limit({key})`
 * answers `{success}`, counting per key within the location that runs the Worker
 * (https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/).
 */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

/**
 * The binding as the app's RateLimiter. It does not say when a refused key may try again, so
 * `retryAfter` is the binding's whole period (at most that long); nor how many requests are
 * left, so a success reports no `remaining` (the RateLimit header is then left out) and a
 * refusal reports 0 left for that period. A binding that fails lets the request through: the
 * limit protects the service, an outage of the counter must not stop it.
 */
export function bindingRateLimiter(binding: RateLimitBinding, limit: number, periodSeconds: number): RateLimiter {
  return {
    policy: { limit, periodSeconds },
    async limit(key, cost = 1) {
      try {
        // The binding counts one per call: a cost of n is n calls (at most 16 for a 1 MiB body).
        const outcomes = await Promise.all(Array.from({ length: cost }, () => binding.limit({ key })))
        const success = outcomes.every((outcome) => outcome.success)
        return success ? { success } : { success, retryAfter: periodSeconds, remaining: 0, reset: periodSeconds }
      } catch {
        return { success: true }
      }
    },
  }
}
