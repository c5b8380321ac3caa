/**
 * Environment for every wrangler / miniflare run in this project (npm scripts, tests, bench):
 * no telemetry, no banner, and no download of the `request.cf` data, so they work offline.
 */
export const offlineWranglerEnv = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
} as const

/** Sets the variables in this process (before wrangler or miniflare is imported). */
export function useOfflineWranglerEnv(): void {
  Object.assign(process.env, offlineWranglerEnv)
}
