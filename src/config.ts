/**
 * The service's configuration, typed once for every runtime: parsed from a plain record of
 * strings (`process.env` on Node, the bindings / `[vars]` on Workers). An empty value counts
 * as unset. An invalid value throws an Error whose message names the variable, says what is
 * allowed and repeats what was given.
 */

export interface Config {
  /** DEFAULT_GLOSSARY: glossary used when a request names none. Default "news". */
  defaultGlossary: string
  /** BODY_LIMIT: largest accepted request body, in bytes. Default 1048576 (1 MiB). */
  bodyLimit: number
  /** FALLBACK_LANGUAGE: overrides every glossary's fallback language; unset keeps theirs. */
  fallbackLanguage: string | undefined
  /** HOST: interface the Node server listens on. Default "127.0.0.1". */
  host: string
  /** PORT: TCP port of the Node server; 0 picks a free one. Default 8787. */
  port: number
  /** DETECTOR: language detector, "eld" (default, more accurate on short texts) or "franc". */
  detector: DetectorName
  /**
   * API_KEYS: the keys accepted in `Authorization: Bearer <key>` on every /v1 route but the
   * webhooks (comma-separated, each at least 16 characters). Empty: the service is open.
   */
  apiKeys: readonly string[]
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
  /** WEBHOOKS: the webhook integrations (`{"integrations": [...]}`), parsed from JSON; not yet validated. */
  webhooks: unknown
  /** WEBHOOKS_FILE: path of a JSON file holding the same (Node only; read by src/runtime). */
  webhooksFile: string | undefined
}

import type { DetectorName } from './core/detect/index.js'
import { parseAccess } from './config-access.js'
import { integer, invalid, read, type ConfigSource } from './config-read.js'
import { parseWebhooksSetting } from './config-webhooks.js'

export type { ConfigSource } from './config-read.js'
export { parseJsonSetting } from './config-webhooks.js'
export { MIN_API_KEY_LENGTH } from './config-access.js'

/**
 * The variables parseConfig reads: environment variables on Node, `[vars]` in wrangler.toml or
 * secrets on Workers. HOST, PORT and WEBHOOKS_FILE only concern the Node server.
 */
export const configVariables = [
  'DEFAULT_GLOSSARY',
  'BODY_LIMIT',
  'FALLBACK_LANGUAGE',
  'DETECTOR',
  'HOST',
  'PORT',
  'API_KEYS',
  'RATE_LIMIT',
  'RATE_LIMIT_PERIOD',
  'CORS_ORIGINS',
  'WEBHOOKS',
  'WEBHOOKS_FILE',
] as const

export const defaultConfig: Readonly<Config> = Object.freeze({
  defaultGlossary: 'news',
  bodyLimit: 1_048_576,
  fallbackLanguage: undefined,
  host: '127.0.0.1',
  port: 8787,
  detector: 'eld',
  apiKeys: Object.freeze([]),
  rateLimit: 120,
  rateLimitPeriod: 60,
  corsOrigins: Object.freeze([]),
  webhooks: undefined,
  webhooksFile: undefined,
})

export function parseConfig(source: ConfigSource): Config {
  return {
    defaultGlossary: glossaryId(source, 'DEFAULT_GLOSSARY') ?? defaultConfig.defaultGlossary,
    bodyLimit: integer(source, 'BODY_LIMIT', 1, Number.MAX_SAFE_INTEGER, 'a positive integer (bytes)') ?? defaultConfig.bodyLimit,
    fallbackLanguage: languageCode(source, 'FALLBACK_LANGUAGE'),
    host: host(source, 'HOST') ?? defaultConfig.host,
    port: integer(source, 'PORT', 0, 65_535, 'an integer from 0 to 65535') ?? defaultConfig.port,
    detector: oneOf(source, 'DETECTOR', ['eld', 'franc'] as const) ?? defaultConfig.detector,
    ...parseAccess(source, defaultConfig),
    ...parseWebhooksSetting(source),
  }
}

function glossaryId(source: ConfigSource, name: string): string | undefined {
  const value = read(source, name)
  if (value === undefined) return undefined
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
    throw invalid(name, 'a glossary id (letters, digits, ".", "_" or "-")', value)
  }
  return value
}

function languageCode(source: ConfigSource, name: string): string | undefined {
  const value = read(source, name)
  if (value === undefined) return undefined
  if (!/^[A-Za-z]{2,3}$/.test(value)) throw invalid(name, 'a language code of 2 or 3 letters such as "en"', value)
  return value.toLowerCase()
}

function host(source: ConfigSource, name: string): string | undefined {
  const value = read(source, name)
  if (value === undefined) return undefined
  if (/[\s/]/.test(value)) throw invalid(name, 'a host name or IP address such as "127.0.0.1"', value)
  return value
}

function oneOf<T extends string>(source: ConfigSource, name: string, allowed: readonly T[]): T | undefined {
  const value = read(source, name)
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw invalid(name, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value)
  return value as T
}
