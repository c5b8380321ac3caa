import type { Config } from './config.js'
import { integer, invalid, read, type ConfigSource } from './config-read.js'

/**
 * The access settings (README, "Access and limits"): API keys, the rate limit and the CORS
 * origins. An error about API_KEYS names the entry by its position, never by its value.
 */
export type AccessConfig = Pick<Config, 'apiKeys' | 'rateLimit' | 'rateLimitPeriod' | 'corsOrigins'>

/** The shortest API key accepted: 16 characters (a random key should be much longer). */
export const MIN_API_KEY_LENGTH = 16

/** API_KEYS, RATE_LIMIT, RATE_LIMIT_PERIOD and CORS_ORIGINS; `defaults` for what is unset. */
export function parseAccess(source: ConfigSource, defaults: AccessConfig): AccessConfig {
  const apiKeys = keys(source, 'API_KEYS')
  const corsOrigins = origins(source, 'CORS_ORIGINS')
  if (corsOrigins.includes('*') && apiKeys.length > 0) {
    throw new Error('CORS_ORIGINS must list the allowed origins when API_KEYS is set, got "*"')
  }
  return {
    apiKeys,
    rateLimit: integer(source, 'RATE_LIMIT', 0, 1_000_000, 'an integer from 0 (no limit) to 1000000 (requests per RATE_LIMIT_PERIOD)') ?? defaults.rateLimit,
    rateLimitPeriod: integer(source, 'RATE_LIMIT_PERIOD', 1, 86_400, 'an integer from 1 to 86400 (seconds)') ?? defaults.rateLimitPeriod,
    corsOrigins,
  }
}

/** Comma-separated keys. Errors name the entry by its position, never by its value: it is a secret. */
function keys(source: ConfigSource, name: string): string[] {
  const value = read(source, name)
  if (value === undefined) return []
  const entries = value.split(',').map((entry) => entry.trim())
  entries.forEach((entry, index) => {
    const at = `entry ${index + 1} of ${entries.length}`
    if (entry === '') throw new Error(`${name} must be a comma-separated list of keys without empty entries (${at} is empty)`)
    if (!/^[A-Za-z0-9._~+/-]+=*$/.test(entry)) {
      throw new Error(`${name} must be keys of letters, digits, "-", ".", "_", "~", "+" or "/" (${at} has another character)`)
    }
    if (entry.length < MIN_API_KEY_LENGTH) {
      throw new Error(`${name} must be keys of at least ${MIN_API_KEY_LENGTH} characters (${at} has ${entry.length})`)
    }
    const first = entries.indexOf(entry)
    if (first !== index) throw new Error(`${name} must be different keys (${at} repeats entry ${first + 1})`)
  })
  return entries
}

/** `*`, or comma-separated exact origins: scheme, host and port, as a browser sends them in `Origin`. */
function origins(source: ConfigSource, name: string): string[] {
  const value = read(source, name)
  if (value === undefined) return []
  const entries = value.split(',').map((entry) => entry.trim())
  if (entries.includes('*')) {
    if (entries.length > 1) throw invalid(name, '"*" alone or a list of origins', value)
    return ['*']
  }
  for (const entry of entries) {
    if (!isOrigin(entry)) {
      throw invalid(name, '"*" or a comma-separated list of origins such as "https://cms.example.com" (scheme, host and port only)', entry)
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
