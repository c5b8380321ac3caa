import type { ConfigReader } from '../config/index.js'
import { DEFAULT_TRANSLATE_TIMEOUT_MS } from './translate.js'

/**
 * The translation settings, read from the same variables on both runtimes:
 * - TRANSLATE_PROVIDER: the provider used when a request names none (default: the first one
 *   configured: apertium on Node, workers-ai on Workers when the AI binding exists);
 * - TRANSLATE_TIMEOUT_MS: how long a request waits for the engine (default 20000);
 * - APERTIUM_URL: APy's base URL (default http://127.0.0.1:2737 on Node, unset on Workers);
 * - DEEPL_AUTH_KEY (a secret) and DEEPL_SERVER_URL (default: the one deepl-node picks for the
 *   key: api-free.deepl.com for keys ending in ":fx", else api.deepl.com). Node only.
 */
export interface TranslateConfig {
  provider: string | undefined
  timeoutMs: number
  apertiumUrl: string | undefined
  deeplAuthKey: string | undefined
  deeplServerUrl: string | undefined
}

export const translateVariables = ['TRANSLATE_PROVIDER', 'TRANSLATE_TIMEOUT_MS', 'APERTIUM_URL', 'DEEPL_AUTH_KEY', 'DEEPL_SERVER_URL'] as const

export const DEFAULT_APERTIUM_URL = 'http://127.0.0.1:2737'

/** Reads the variables; each problem is recorded in `read` (one start reports them all). */
export function readTranslateConfig(read: ConfigReader, defaults: { apertiumUrl: string | undefined }): TranslateConfig {
  return {
    provider: read.matching('TRANSLATE_PROVIDER', /^[a-z][a-z0-9-]*$/u, 'a provider id such as "apertium", "deepl" or "workers-ai"'),
    timeoutMs: read.integer('TRANSLATE_TIMEOUT_MS', 1, 600_000, 'a number of milliseconds from 1 to 600000') ?? DEFAULT_TRANSLATE_TIMEOUT_MS,
    apertiumUrl: url(read, 'APERTIUM_URL') ?? defaults.apertiumUrl,
    // A secret: never repeated in an error message.
    deeplAuthKey: read.variable('DEEPL_AUTH_KEY'),
    deeplServerUrl: url(read, 'DEEPL_SERVER_URL'),
  }
}

function url(read: ConfigReader, name: string): string | undefined {
  const value = read.variable(name)
  if (value === undefined) return undefined
  if (!URL.canParse(value) || !/^https?:$/u.test(new URL(value).protocol)) return read.invalid(name, 'an http:// or https:// URL', value)
  return value
}
