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
}

import type { DetectorName } from './core/detect/index.js'

export type ConfigSource = Readonly<Record<string, string | undefined>>

/**
 * The variables parseConfig reads: environment variables on Node, `[vars]` in wrangler.toml on
 * Workers. HOST and PORT only concern the Node server.
 */
export const configVariables = ['DEFAULT_GLOSSARY', 'BODY_LIMIT', 'FALLBACK_LANGUAGE', 'DETECTOR', 'HOST', 'PORT'] as const

export const defaultConfig: Readonly<Config> = Object.freeze({
  defaultGlossary: 'news',
  bodyLimit: 1_048_576,
  fallbackLanguage: undefined,
  host: '127.0.0.1',
  port: 8787,
  detector: 'eld',
})

export function parseConfig(source: ConfigSource): Config {
  return {
    defaultGlossary: glossaryId(source, 'DEFAULT_GLOSSARY') ?? defaultConfig.defaultGlossary,
    bodyLimit: integer(source, 'BODY_LIMIT', 1, Number.MAX_SAFE_INTEGER, 'a positive integer (bytes)') ?? defaultConfig.bodyLimit,
    fallbackLanguage: languageCode(source, 'FALLBACK_LANGUAGE'),
    host: host(source, 'HOST') ?? defaultConfig.host,
    port: integer(source, 'PORT', 0, 65_535, 'an integer from 0 to 65535') ?? defaultConfig.port,
    detector: oneOf(source, 'DETECTOR', ['eld', 'franc'] as const) ?? defaultConfig.detector,
  }
}

function read(source: ConfigSource, name: string): string | undefined {
  const value = source[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

function invalid(name: string, allowed: string, value: string): Error {
  return new Error(`${name} must be ${allowed}, got ${JSON.stringify(value)}`)
}

function integer(source: ConfigSource, name: string, min: number, max: number, allowed: string): number | undefined {
  const value = read(source, name)
  if (value === undefined) return undefined
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(parsed >= min && parsed <= max)) throw invalid(name, allowed, value)
  return parsed
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
