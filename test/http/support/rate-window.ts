/**
 * Waits, when needed, until the current window of `periodSeconds` has at least `marginMs` left.
 * Cloudflare's rate-limiting binding (as miniflare implements it) counts in windows aligned to
 * the clock: a burst sent across a window's end would be counted in two. The Node limiter, a
 * token bucket, has no windows; waiting does not change what it answers.
 */
export async function awayFromWindowEdge(periodSeconds: number, marginMs = 3000): Promise<void> {
  const left = periodSeconds * 1000 - (Date.now() % (periodSeconds * 1000))
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50))
}
