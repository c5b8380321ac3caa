import type { ConfigReader } from './reader.js'

/**
 * The access settings (docs/configuration.md, "Access and limits"): API keys, the rate limit and the CORS
 * origins. A problem with API_KEYS names the entry by its position, never by its value.
 */
export interface AccessConfig {
  /**
   * API_KEYS: the keys accepted in `Authorization: Bearer <key>` on every /v1 route but the
   * webhooks (comma-separated, each at least 16 characters). Empty: the service is open.
   */
  apiKeys: readonly string[]
  /**
   * ADMIN_API_KEYS: the keys that may also change glossaries (docs/glossary-store.md), same
   * format; an admin key is accepted wherever an API key is. Empty: nobody can change a glossary.
   */
  adminApiKeys: readonly string[]
  /** RATE_LIMIT: requests per RATE_LIMIT_PERIOD per API key or client; 0 turns the limit off. Default 120. */
  rateLimit: number
  /** RATE_LIMIT_PERIOD: the period of RATE_LIMIT, in seconds. Default 60. */
  rateLimitPeriod: number
  /**
   * CORS_ORIGINS: the origins whose pages may call the API from a browser (exact origins such
   * as `https://cms.example.com`, comma-separated), or `*` for any (refused when API_KEYS is
   * set). Empty: no CORS headers, browsers keep other origins out.
   */
  corsOrigins: readonly string[]
}

/** The shortest API key accepted: 16 characters (a random key should be much longer). */
export const MIN_API_KEY_LENGTH = 16

export const accessVariables = ['API_KEYS', 'ADMIN_API_KEYS', 'RATE_LIMIT', 'RATE_LIMIT_PERIOD', 'CORS_ORIGINS'] as const

/** API_KEYS, ADMIN_API_KEYS, RATE_LIMIT, RATE_LIMIT_PERIOD and CORS_ORIGINS; `defaults` for what is unset. */
export function readAccess(read: ConfigReader, defaults: AccessConfig): AccessConfig {
  const apiKeys = keys(read, 'API_KEYS')
  const adminApiKeys = keys(read, 'ADMIN_API_KEYS')
  if (apiKeys && adminApiKeys?.some((key) => apiKeys.includes(key))) {
    read.problem('ADMIN_API_KEYS must not repeat a key of API_KEYS (an admin key is accepted wherever an API key is)')
  }
  const corsOrigins = origins(read, 'CORS_ORIGINS')
  if (corsOrigins?.includes('*') && apiKeys !== undefined && apiKeys.length > 0) {
    read.problem('CORS_ORIGINS must list the allowed origins when API_KEYS is set, got "*"')
  }
  return {
    apiKeys: apiKeys ?? defaults.apiKeys,
    adminApiKeys: adminApiKeys ?? defaults.adminApiKeys,
    rateLimit: read.integer('RATE_LIMIT', 0, 1_000_000, 'an integer from 0 (no limit) to 1000000 (requests per RATE_LIMIT_PERIOD)') ?? defaults.rateLimit,
    rateLimitPeriod: read.integer('RATE_LIMIT_PERIOD', 1, 86_400, 'an integer from 1 to 86400 (seconds)') ?? defaults.rateLimitPeriod,
    corsOrigins: corsOrigins ?? defaults.corsOrigins,
  }
}

/**
 * Comma-separated keys; undefined after a problem. Problems name the entry by its position,
 * never by its value: it is a secret. The first problem of the list is the one reported.
 */
function keys(read: ConfigReader, name: string): string[] | undefined {
  const value = read.variable(name)
  if (value === undefined) return []
  const entries = value.split(',').map((entry) => entry.trim())
  for (const [index, entry] of entries.entries()) {
    const at = `entry ${index + 1} of ${entries.length}`
    if (entry === '') return read.problem(`${name} must be a comma-separated list of keys without empty entries (${at} is empty)`)
    if (!/^[A-Za-z0-9._~+/-]+=*$/.test(entry)) {
      return read.problem(`${name} must be keys of letters, digits, "-", ".", "_", "~", "+" or "/" (${at} has another character)`)
    }
    if (entry.length < MIN_API_KEY_LENGTH) {
      return read.problem(`${name} must be keys of at least ${MIN_API_KEY_LENGTH} characters (${at} has ${entry.length})`)
    }
    const first = entries.indexOf(entry)
    if (first !== index) return read.problem(`${name} must be different keys (${at} repeats entry ${first + 1})`)
  }
  return entries
}

/** `*`, or comma-separated exact origins: scheme, host and port, as a browser sends them in `Origin`. */
function origins(read: ConfigReader, name: string): string[] | undefined {
  const value = read.variable(name)
  if (value === undefined) return []
  const entries = value.split(',').map((entry) => entry.trim())
  if (entries.includes('*')) {
    if (entries.length > 1) return read.invalid(name, '"*" alone or a list of origins', value)
    return ['*']
  }
  for (const entry of entries) {
    if (!isOrigin(entry)) {
      return read.invalid(name, '"*" or a comma-separated list of origins such as "https://cms.example.com" (scheme, host and port only)', entry)
    }
  }
  return [...new Set(entries)]
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text
  } catch {
    return false
  }
}
