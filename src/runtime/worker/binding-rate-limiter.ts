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
    async limit(key) {
      try {
        const { success } = await binding.limit({ key })
        return success ? { success } : { success, retryAfter: periodSeconds, remaining: 0, reset: periodSeconds }
      } catch {
        return { success: true }
      }
    },
  }
}
